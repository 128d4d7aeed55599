package se.trygghet.situation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

	/**
	 * Density at the centre of each cell of the study area, from points given as {east, north, weight}: the weight is
	 * how many incidents share that exact place, so a thousand reports of one address cost one kernel. Each point
	 * adds to the cells whose centres lie within the bandwidth, which is what {@link #at} gives cell by cell but in
	 * time proportional to points × (h / s)² rather than points × cells. Cells with no density are left out.
	 */
	Map<GridCell, Double> atCellCentres(List<double[]> weightedPoints, int cellSize, Set<GridCell> study) {
		HotSpotGrid grid = new HotSpotGrid("", study, cellSize, cells -> java.util.Collections.nCopies(cells.size(), ""));
		double[] density = atCellCentres(weightedPoints, grid);
		Map<GridCell, Double> found = new HashMap<>();
		for (int i = 0; i < density.length; i++) {
			if (!Double.isNaN(density[i])) {
				found.put(grid.cell(i), density[i]);
			}
		}
		return found;
	}

	/** {@link #atCellCentres(List, int, Set)} by the grid's numbering: NaN for a cell no point reaches. */
	double[] atCellCentres(List<double[]> weightedPoints, HotSpotGrid grid) {
		int cellSize = grid.cellSize;
		double h2 = bandwidth * bandwidth;
		double[] density = new double[grid.size()];
		java.util.Arrays.fill(density, Double.NaN);
		for (double[] point : weightedPoints) {
			// centres (c + 0.5)·s within h of the point, column by column and row by row
			long c0 = (long) Math.ceil((point[0] - bandwidth) / cellSize - 0.5);
			long c1 = (long) Math.floor((point[0] + bandwidth) / cellSize - 0.5);
			long r0 = (long) Math.ceil((point[1] - bandwidth) / cellSize - 0.5);
			long r1 = (long) Math.floor((point[1] + bandwidth) / cellSize - 0.5);
			for (long c = c0; c <= c1; c++) {
				for (long r = r0; r <= r1; r++) {
					double de = point[0] - (c + 0.5) * cellSize;
					double dn = point[1] - (r + 0.5) * cellSize;
					double d2 = de * de + dn * dn;
					if (d2 < h2) {
						int cell = grid.index(c, r);
						if (cell >= 0) {
							double u = 1 - d2 / h2;
							double add = point[2] * normalisation * u * u;
							density[cell] = Double.isNaN(density[cell]) ? add : density[cell] + add;
						}
					}
				}
			}
		}
		return density;
	}

	static double perSquareKilometre(double perSquareMetre) {
		return perSquareMetre * 1_000_000;
	}

}
