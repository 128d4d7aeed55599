package se.trygghet.situation;

import java.util.List;

/**
 * Kernel density with the quartic (biweight) kernel: a point at distance d from where density is estimated adds
 * 3 / (π h²) · (1 − d²/h²)² when d &lt; h, and nothing beyond the bandwidth h. Summed over the points, this is
 * incidents per square metre; {@link #perSquareKilometre} scales it for reading.
 */
final class KernelDensity {

	private final double bandwidth;

	private final double normalisation;

	KernelDensity(double bandwidthMetres) {
		if (!(bandwidthMetres > 0)) {
			throw new IllegalArgumentException("The bandwidth must be positive: " + bandwidthMetres);
		}
		this.bandwidth = bandwidthMetres;
		this.normalisation = 3 / (Math.PI * bandwidthMetres * bandwidthMetres);
	}

	/** Density at (east, north) from points given as {east, north} pairs in SWEREF 99 TM metres. */
	double at(double east, double north, List<double[]> points) {
		double h2 = bandwidth * bandwidth;
		double density = 0;
		for (double[] point : points) {
			double de = point[0] - east;
			double dn = point[1] - north;
			double d2 = de * de + dn * dn;
			if (d2 < h2) {
				double u = 1 - d2 / h2;
				density += normalisation * u * u;
			}
		}
		return density;
	}

	static double perSquareKilometre(double perSquareMetre) {
		return perSquareMetre * 1_000_000;
	}

}
