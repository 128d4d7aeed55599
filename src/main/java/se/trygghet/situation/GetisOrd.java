package se.trygghet.situation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.special.Erf;

/**
 * Getis–Ord Gi* over the cells of a study area, with binary weights: a cell's neighbourhood is itself and the cells
 * that touch it (queen contiguity), as far as they lie in the study area. For cell i, with x the counts of all n
 * cells, x̄ their mean and S = √(Σx²/n − x̄²):
 *
 * <pre>
 *   Gi* = (Σⱼ wᵢⱼ xⱼ − x̄ Σⱼ wᵢⱼ) / (S √((n Σⱼ wᵢⱼ² − (Σⱼ wᵢⱼ)²) / (n − 1)))
 * </pre>
 *
 * which is a z-score; p is two-sided from the standard normal distribution, p_FDR its Benjamini–Hochberg adjustment
 * over all cells, and the bin ±3, ±2, ±1 where p_FDR is below 0.01, 0.05, 0.10 (sign of z), else 0. This is the
 * statistic of Getis and Ord (1995) as R's {@code spdep::localG} computes it with self-including weights
 * ({@code include.self}); docs/HOTSPOTS.md shows how to check. A cell whose neighbourhood is the whole study area, or a
 * study area where every count is equal, has no defined z: it gets z = 0 and p = 1.
 */
final class GetisOrd {

	private GetisOrd() {
	}

	record CellStatistic(GridCell cell, int count, double z, double p, double pFdr, int bin) {
	}

	static List<CellStatistic> giStar(Map<GridCell, Integer> counts, Set<GridCell> studyArea) {
		int n = studyArea.size();
		if (n < 2) {
			throw new IllegalArgumentException("Gi* needs a study area of at least two cells");
		}
		double sum = 0;
		double sumOfSquares = 0;
		for (GridCell cell : studyArea) {
			int x = counts.getOrDefault(cell, 0);
			sum += x;
			sumOfSquares += (double) x * x;
		}
		double mean = sum / n;
		double s = Math.sqrt(Math.max(0, sumOfSquares / n - mean * mean));
		List<GridCell> cells = new ArrayList<>(studyArea);
		double[] z = new double[cells.size()];
		double[] p = new double[cells.size()];
		for (int i = 0; i < cells.size(); i++) {
			GridCell cell = cells.get(i);
			double weighted = 0;
			int neighbours = 0;
			for (long dc = -1; dc <= 1; dc++) {
				for (long dr = -1; dr <= 1; dr++) {
					GridCell neighbour = new GridCell(cell.column() + dc, cell.row() + dr);
					if (studyArea.contains(neighbour)) {
						neighbours++;
						weighted += counts.getOrDefault(neighbour, 0);
					}
				}
			}
			// binary weights: Σw = Σw² = the number of cells in the neighbourhood
			double spread = ((double) n * neighbours - (double) neighbours * neighbours) / (n - 1);
			double denominator = s * Math.sqrt(spread);
			z[i] = denominator > 0 ? (weighted - mean * neighbours) / denominator : 0;
			p[i] = denominator > 0 ? Erf.erfc(Math.abs(z[i]) / Math.sqrt(2)) : 1;
		}
		double[] adjusted = FalseDiscoveryRate.adjust(p);
		List<CellStatistic> statistics = new ArrayList<>(cells.size());
		for (int i = 0; i < cells.size(); i++) {
			statistics.add(new CellStatistic(cells.get(i), counts.getOrDefault(cells.get(i), 0), z[i], p[i],
					adjusted[i], bin(z[i], adjusted[i])));
		}
		return statistics;
	}

	static int bin(double z, double pFdr) {
		int level = pFdr < 0.01 ? 3 : pFdr < 0.05 ? 2 : pFdr < 0.10 ? 1 : 0;
		return z < 0 ? -level : level;
	}

}
