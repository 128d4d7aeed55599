package se.trygghet.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The kernel density behind the map's KDE layer, against values worked out by hand. */
class HotSpotLayersDensityTests {

	static final int SIZE = 1_000;

	static Set<GridCell> cells(int from, int to) {
		return cells(from, to, from, to);
	}

	static Set<GridCell> cells(int firstColumn, int lastColumn, int firstRow, int lastRow) {
		Set<GridCell> cells = new HashSet<>();
		for (int c = firstColumn; c <= lastColumn; c++) {
			for (int r = firstRow; r <= lastRow; r++) {
				cells.add(new GridCell(c, r));
			}
		}
		return cells;
	}

	@Test
	void spreadsEachIncidentOverTheCellCentresWithinTheBandwidthAsTheQuarticKernelSays() {
		// h = 1 000 m; one incident at (500, 500), the centre of cell (0, 0), and two at (1 100, 500)
		List<double[]> points = List.of(new double[] { 500, 500, 1 }, new double[] { 1100, 500, 2 });
		Map<GridCell, Double> density = new KernelDensity(1000).atCellCentres(points, SIZE, cells(-3, 3));
		// cell (0, 0), centre (500, 500): d = 0 gives (1 − 0)² = 1; d = 600 m gives (1 − 0.36)² = 0.4096, twice.
		// K per m² = 3 / (π · 1 000²) · (1 + 2 · 0.4096), so per km² 3 · 1.8192 / π = 5.4576 / π ≈ 1.73721
		assertThat(KernelDensity.perSquareKilometre(density.get(new GridCell(0, 0))))
			.isCloseTo(5.4576 / Math.PI, within(1e-9));
		// cell (1, 0), centre (1 500, 500): the first is exactly h away and adds nothing; d = 400 m gives
		// (1 − 0.16)² = 0.7056, twice: 3 · 1.4112 / π = 4.2336 / π ≈ 1.34759
		assertThat(KernelDensity.perSquareKilometre(density.get(new GridCell(1, 0))))
			.isCloseTo(4.2336 / Math.PI, within(1e-9));
		// every other centre is h or more from both (e.g. (500, 1 500) is 1 000 m and 1 166 m away)
		assertThat(density).containsOnlyKeys(new GridCell(0, 0), new GridCell(1, 0));
	}

	@Test
	void leavesOutCellsOutsideTheStudyArea() {
		List<double[]> points = List.<double[]>of(new double[] { 1100, 500, 2 });
		assertThat(new KernelDensity(1000).atCellCentres(points, SIZE, Set.of(new GridCell(0, 0))))
			.containsOnlyKeys(new GridCell(0, 0));
	}

	@Test
	void givesWhatTheDensityAtEachCentreGivesOneByOne() {
		Random random = new Random(7);
		List<double[]> points = random.doubles(200).mapToObj(x -> new double[] { x * 5000, random.nextDouble() * 5000, 1 })
			.toList();
		KernelDensity kde = new KernelDensity(730);
		Map<GridCell, Double> spread = kde.atCellCentres(points, 250, cells(0, 19));
		for (GridCell cell : cells(0, 19)) {
			double direct = kde.at(cell.centreEast(250), cell.centreNorth(250), points);
			assertThat(spread.getOrDefault(cell, 0.0)).as(cell.toString()).isCloseTo(direct, within(1e-15));
		}
	}

	@Test
	void integratesToAboutOneIncidentOverThePlane() {
		// the kernel is a probability density: summed over 10 m cells times their area it gives the one incident
		Map<GridCell, Double> density = new KernelDensity(500).atCellCentres(
				List.<double[]>of(new double[] { 1234, 5678, 1 }), 10, cells(60, 190, 500, 640));
		double total = density.values().stream().mapToDouble(d -> d * 10 * 10).sum();
		assertThat(total).isCloseTo(1.0, within(1e-3));
	}

	@Test
	void putsDensitiesInFiveClassesByQuintile() {
		Map<GridCell, Double> values = new java.util.HashMap<>();
		for (int i = 1; i <= 10; i++) {
			values.put(new GridCell(i, 0), (double) i);
		}
		double[] limits = new HotSpots.Density(250, 500, values).limits();
		// ten cells: two per class, each class's limit the highest of its two
		assertThat(limits).containsExactly(2, 4, 6, 8, 10);
		assertThat(HotSpots.Density.classOf(0.1, limits)).isEqualTo(1);
		assertThat(HotSpots.Density.classOf(2, limits)).isEqualTo(1);
		assertThat(HotSpots.Density.classOf(2.01, limits)).isEqualTo(2);
		assertThat(HotSpots.Density.classOf(10, limits)).isEqualTo(5);
		assertThat(new HotSpots.Density(250, 500, Map.of()).limits()).containsOnly(0);
	}

}
