package se.trygghet.situation;

import java.util.Arrays;
import java.util.Comparator;

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
		Integer[] order = new Integer[m];
		for (int i = 0; i < m; i++) {
			if (Double.isNaN(p[i]) || p[i] < 0 || p[i] > 1) {
				throw new IllegalArgumentException("Not a p-value at " + i + ": " + p[i]);
			}
			order[i] = i;
		}
		Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
		double[] adjusted = new double[m];
		double running = 1.0;
		for (int k = m; k >= 1; k--) {
			int i = order[k - 1];
			running = Math.min(running, p[i] * m / k);
			adjusted[i] = running;
		}
		return adjusted;
	}

}
