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
		int m = p.length;
		for (int i = 0; i < m; i++) {
			if (Double.isNaN(p[i]) || p[i] < 0 || p[i] > 1) {
				throw new IllegalArgumentException("Not a p-value at " + i + ": " + p[i]);
			}
		}
		// The adjusted value of a p depends only on its value: equal p-values share the rank of the last of them, as
		// the running minimum from the top leaves every tie at the value of its highest rank. So the p-values are
		// sorted as doubles (no boxing, which mattered for the tens of thousands of cells of a map) and each one
		// looks up its last rank.
		double[] sorted = p.clone();
		Arrays.sort(sorted);
		double[] atRank = new double[m];
		double running = 1.0;
		for (int k = m; k >= 1; k--) {
			running = Math.min(running, sorted[k - 1] * m / k);
			atRank[k - 1] = running;
		}
		double[] adjusted = new double[m];
		for (int i = 0; i < m; i++) {
			adjusted[i] = atRank[lastIndex(sorted, p[i])];
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
