package se.trygghet.situation;

import java.util.Arrays;

/**
 * Benjamini–Hochberg adjustment of p-values: with m tests sorted by p ascending, the adjusted value of the k-th is
 * min over j ≥ k of (m / j) · p(j), capped at 1. Testing hundreds of grid cells at once would otherwise flag about one
 * in twenty by chance at the 95 % level.
 */
final class FalseDiscoveryRate {

	private FalseDiscoveryRate() {
	}

	static double[] adjust(double[] p) {
		int[] once = new int[p.length];
		java.util.Arrays.fill(once, 1);
		return adjust(p, once);
	}

	/**
	 * The adjustment of m = Σ multiplicity p-values of which {@code p[i]} occurs {@code multiplicity[i]} times, each
	 * distinct one's adjusted value returned at its index: the same as adjusting every occurrence, for a map whose
	 * tens of thousands of cells have far fewer distinct p-values. The adjusted value of a p depends only on its
	 * value: equal p-values share the rank of the last of them, as the running minimum from the top leaves every tie
	 * at the value of its highest rank.
	 */
	static double[] adjust(double[] p, int[] multiplicity) {
		int d = p.length;
		long m = 0;
		for (int i = 0; i < d; i++) {
			if (Double.isNaN(p[i]) || p[i] < 0 || p[i] > 1) {
				throw new IllegalArgumentException("Not a p-value at " + i + ": " + p[i]);
			}
			m += multiplicity[i];
		}
		double[] sorted = p.clone();
		Arrays.sort(sorted);
		int[] last = new int[d];
		long[] occurrences = new long[d];
		for (int i = 0; i < d; i++) {
			last[i] = lastIndex(sorted, p[i]);
			occurrences[last[i]] += multiplicity[i];
		}
		// the rank of each distinct value's last occurrence, then the running minimum of p · m / rank from the top
		long[] rank = new long[d];
		long running = 0;
		for (int j = 0; j < d; j++) {
			running += occurrences[j];
			rank[j] = running;
		}
		double[] atLast = new double[d];
		double minimum = 1.0;
		for (int j = d - 1; j >= 0; j--) {
			if (occurrences[j] > 0) {
				minimum = Math.min(minimum, sorted[j] * m / rank[j]);
				atLast[j] = minimum;
			}
		}
		double[] adjusted = new double[d];
		for (int i = 0; i < d; i++) {
			adjusted[i] = atLast[last[i]];
		}
		return adjusted;
	}

	/** The last index of a value in a sorted array that holds it (Double.compare order, as Arrays.sort sorts). */
	private static int lastIndex(double[] sorted, double value) {
		int low = 0;
		int high = sorted.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (Double.compare(sorted[middle], value) <= 0) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low - 1;
	}

}
