package se.trygghet.indicator;

import java.math.BigInteger;

/**
 * Which unknowns of a set of linear equations the equations fix, whatever the known values are: unknown {@code j} is
 * fixed exactly when the unit vector {@code e_j} is a combination of the rows, which reduced row echelon form shows
 * as a row with a single non-zero entry. Disclosure control's sums have coefficients 0 and ±1; the elimination is
 * exact, in arithmetic modulo the prime 2^61 − 1, which agrees with rational arithmetic unless that prime divides a
 * minor of the matrix (a minor of a 0/±1 matrix needs more than 20 rows and columns to reach 2^61 at all).
 */
final class FixedUnknowns {

	static final long PRIME = (1L << 61) - 1;

	private FixedUnknowns() {
	}

	/**
	 * For each column of the matrix (rows of coefficients, each in 0 ≤ c < {@link #PRIME}; −1 is PRIME − 1), whether
	 * the equations fix that unknown. The rows are changed.
	 */
	static boolean[] of(long[][] rows, int columns) {
		int[] pivots = new int[rows.length];
		int rank = 0;
		for (int column = 0; column < columns && rank < rows.length; column++) {
			int found = -1;
			for (int r = rank; r < rows.length; r++) {
				if (rows[r][column] != 0) {
					found = r;
					break;
				}
			}
			if (found < 0) {
				continue;
			}
			long[] pivot = rows[found];
			rows[found] = rows[rank];
			rows[rank] = pivot;
			long inverse = inverse(pivot[column]);
			for (int c = column; c < columns; c++) {
				pivot[c] = multiply(pivot[c], inverse);
			}
			for (int r = 0; r < rows.length; r++) {
				long factor = rows[r][column];
				if (r == rank || factor == 0) {
					continue;
				}
				long[] row = rows[r];
				for (int c = column; c < columns; c++) {
					if (pivot[c] != 0) {
						row[c] = subtract(row[c], multiply(factor, pivot[c]));
					}
				}
			}
			pivots[rank++] = column;
		}
		boolean[] fixed = new boolean[columns];
		for (int r = 0; r < rank; r++) {
			boolean single = true;
			for (int c = pivots[r] + 1; c < columns && single; c++) {
				single = rows[r][c] == 0;
			}
			fixed[pivots[r]] = single;
		}
		return fixed;
	}

	/** −1 in this arithmetic. */
	static long minusOne() {
		return PRIME - 1;
	}

	static long multiply(long a, long b) {
		// the 122-bit product folded by 2^61 ≡ 1: high bits times 8 (2^64 = 8 · 2^61), plus the low 61 bits and the 3 between
		long high = Math.multiplyHigh(a, b);
		long low = a * b;
		long folded = (high << 3) + (low >>> 61) + (low & PRIME);
		folded = (folded & PRIME) + (folded >>> 61);
		return folded >= PRIME ? folded - PRIME : folded;
	}

	private static long subtract(long a, long b) {
		long difference = a - b;
		return difference < 0 ? difference + PRIME : difference;
	}

	private static long inverse(long a) {
		return BigInteger.valueOf(a).modInverse(BigInteger.valueOf(PRIME)).longValue();
	}

}
