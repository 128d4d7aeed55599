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

	/** The adjusted p below which a cell is a hot or cold spot with 99, 95 and 90 % confidence (bins ±3, ±2, ±1). */
	static final double LEVEL_99 = 0.01;

	static final double LEVEL_95 = 0.05;

	static final double LEVEL_90 = 0.10;

	private GetisOrd() {
	}

	public record CellStatistic(GridCell cell, int count, double z, double p, double pFdr, int bin) {
	}

	/** The statistics of every cell of a grid, by the cell's number. */
	public record Scores(double[] z, double[] p, double[] pFdr, byte[] bin) {
	}

	/** Gi* of the study area's cells, as a list, for callers that hold the cells as a set. */
	static List<CellStatistic> giStar(Map<GridCell, Integer> counts, Set<GridCell> studyArea) {
		if (studyArea.size() < 2) {
			throw new IllegalArgumentException("Gi* needs a study area of at least two cells");
		}
		HotSpotGrid grid = new HotSpotGrid("", studyArea, 1, cells -> java.util.Collections.nCopies(cells.size(), ""));
		int[] x = new int[grid.size()];
		for (int i = 0; i < x.length; i++) {
			x[i] = counts.getOrDefault(grid.cell(i), 0);
		}
		Scores scores = giStar(x, grid);
		List<CellStatistic> statistics = new ArrayList<>(x.length);
		for (int i = 0; i < x.length; i++) {
			statistics.add(new CellStatistic(grid.cell(i), x[i], scores.z()[i], scores.p()[i], scores.pFdr()[i],
					scores.bin()[i]));
		}
		return statistics;
	}

	/**
	 * Gi* of every cell of the grid from its count. A cell's z depends only on the sum of counts in its neighbourhood
	 * and the neighbourhood's size (n, the mean and S are the study area's), so z and p are computed once per such
	 * pair: a year's map has some twenty-five thousand cells but far fewer distinct pairs, and p takes the error
	 * function.
	 */
	static Scores giStar(int[] counts, HotSpotGrid grid) {
		int n = counts.length;
		if (n < 2) {
			throw new IllegalArgumentException("Gi* needs a study area of at least two cells");
		}
		double sum = 0;
		double sumOfSquares = 0;
		for (int x : counts) {
			sum += x;
			sumOfSquares += (double) x * x;
		}
		double mean = sum / n;
		double s = Math.sqrt(Math.max(0, sumOfSquares / n - mean * mean));
		double[] z = new double[n];
		double[] p = new double[n];
		// the first cell of each distinct (sum, size), which cells share it, and how many
		int[] representative = new int[n];
		int[] shared = new int[n];
		int distinct = 0;
		PairMemo memo = new PairMemo(n);
		for (int i = 0; i < n; i++) {
			double weighted = 0;
			int from = grid.neighbourStart[i];
			int to = grid.neighbourStart[i + 1];
			for (int j = from; j < to; j++) {
				weighted += counts[grid.neighbours[j]];
			}
			int neighbours = to - from;
			long key = (long) weighted * 16 + neighbours;
			int known = memo.find(key);
			if (known >= 0) {
				z[i] = z[known];
				p[i] = p[known];
				representative[i] = representative[known];
				shared[representative[i]]++;
				continue;
			}
			// binary weights: Σw = Σw² = the number of cells in the neighbourhood
			double spread = ((double) n * neighbours - (double) neighbours * neighbours) / (n - 1);
			double denominator = s * Math.sqrt(spread);
			z[i] = denominator > 0 ? (weighted - mean * neighbours) / denominator : 0;
			p[i] = denominator > 0 ? Erf.erfc(Math.abs(z[i]) / Math.sqrt(2)) : 1;
			memo.put(key, i);
			representative[i] = distinct;
			shared[distinct] = 1;
			distinct++;
		}
		// Benjamini–Hochberg over all n cells, each distinct p once with how many cells have it
		double[] distinctP = new double[distinct];
		for (int i = 0; i < n; i++) {
			distinctP[representative[i]] = p[i];
		}
		double[] adjustedDistinct = FalseDiscoveryRate.adjust(distinctP, java.util.Arrays.copyOf(shared, distinct));
		double[] adjusted = new double[n];
		byte[] bins = new byte[n];
		for (int i = 0; i < n; i++) {
			adjusted[i] = adjustedDistinct[representative[i]];
			bins[i] = (byte) bin(z[i], adjusted[i]);
		}
		return new Scores(z, p, adjusted, bins);
	}

	/** An open-addressing table from a (sum, neighbourhood size) key to the first cell that had it. */
	private static final class PairMemo {

		private final long[] keys;

		private final int[] cells;

		private final int mask;

		PairMemo(int n) {
			int capacity = Integer.highestOneBit(Math.max(16, n) * 2);
			keys = new long[capacity];
			cells = new int[capacity];
			java.util.Arrays.fill(cells, -1);
			mask = capacity - 1;
		}

		int find(long key) {
			for (int slot = slot(key);; slot = (slot + 1) & mask) {
				if (cells[slot] < 0) {
					return -1;
				}
				if (keys[slot] == key) {
					return cells[slot];
				}
			}
		}

		void put(long key, int cell) {
			int slot = slot(key);
			while (cells[slot] >= 0) {
				slot = (slot + 1) & mask;
			}
			keys[slot] = key;
			cells[slot] = cell;
		}

		private int slot(long key) {
			long h = key * 0x9E3779B97F4A7C15L;
			return (int) (h ^ (h >>> 32)) & mask;
		}

	}

	static int bin(double z, double pFdr) {
		int level = pFdr < LEVEL_99 ? 3 : pFdr < LEVEL_95 ? 2 : pFdr < LEVEL_90 ? 1 : 0;
		return z < 0 ? -level : level;
	}

}
