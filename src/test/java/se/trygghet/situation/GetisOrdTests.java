package se.trygghet.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Gi* on grids small enough to work out by hand (see docs/HOTSPOTS.md for the formula); the expected values are the
 * closed forms, so these check the implementation, not the implementation against itself.
 */
class GetisOrdTests {

	static Set<GridCell> square(int side) {
		Set<GridCell> cells = new HashSet<>();
		for (int c = 0; c < side; c++) {
			for (int r = 0; r < side; r++) {
				cells.add(new GridCell(c, r));
			}
		}
		return cells;
	}

	static GetisOrd.CellStatistic at(List<GetisOrd.CellStatistic> statistics, long column, long row) {
		return statistics.stream().filter(s -> s.cell().equals(new GridCell(column, row))).findFirst().orElseThrow();
	}

	@Test
	void scoresCornersAndEdgesAroundASingleBusyCellAsWorkedOutByHand() {
		// 3 × 3 cells, 9 incidents in the middle: n = 9, mean 1, S = √8
		var statistics = GetisOrd.giStar(Map.of(new GridCell(1, 1), 9), square(3));
		// a corner sees itself and three others, the middle among them: (9 − 4) / (√8 · √(20/8)) = √5 / 2
		assertThat(at(statistics, 0, 0).z()).isCloseTo(Math.sqrt(5) / 2, within(1e-9));
		assertThat(at(statistics, 2, 2).z()).isCloseTo(Math.sqrt(5) / 2, within(1e-9));
		// an edge sees six cells: (9 − 6) / (√8 · √(18/8)) = 1 / √2
		assertThat(at(statistics, 0, 1).z()).isCloseTo(1 / Math.sqrt(2), within(1e-9));
		// the middle sees all nine: no spread left, so no z
		assertThat(at(statistics, 1, 1).z()).isEqualTo(0.0);
		assertThat(at(statistics, 1, 1).p()).isEqualTo(1.0);
		assertThat(at(statistics, 1, 1).count()).isEqualTo(9);
	}

	@Test
	void givesNegativeScoresWhereTheNeighbourhoodIsQuieterThanAverage() {
		// a strip of three cells, counts 3, 0, 0: n = 3, mean 1, S = √2
		Set<GridCell> strip = Set.of(new GridCell(0, 0), new GridCell(1, 0), new GridCell(2, 0));
		var statistics = GetisOrd.giStar(Map.of(new GridCell(0, 0), 3), strip);
		assertThat(at(statistics, 0, 0).z()).isCloseTo(1 / Math.sqrt(2), within(1e-9));
		assertThat(at(statistics, 2, 0).z()).isCloseTo(-Math.sqrt(2), within(1e-9));
		// two-sided p of z = −√2
		assertThat(at(statistics, 2, 0).p()).isCloseTo(0.157299207050285, within(1e-9));
	}

	@Test
	void findsAClusterInALargeQuietAreaAndBinsItByTheAdjustedP() {
		Map<GridCell, Integer> counts = new HashMap<>();
		for (int c = 10; c <= 12; c++) {
			for (int r = 10; r <= 12; r++) {
				counts.put(new GridCell(c, r), 20);
			}
		}
		counts.put(new GridCell(2, 3), 1);
		var statistics = GetisOrd.giStar(counts, square(25));
		GetisOrd.CellStatistic centre = at(statistics, 11, 11);
		assertThat(centre.z()).isGreaterThan(3);
		assertThat(centre.pFdr()).isGreaterThanOrEqualTo(centre.p()).isLessThan(0.01);
		assertThat(centre.bin()).isEqualTo(3);
		assertThat(at(statistics, 0, 24).bin()).isZero();
		assertThat(statistics).hasSize(625);
	}

	@Test
	void treatsAnAreaWhereEveryCountIsEqualAsHavingNoHotSpots() {
		Map<GridCell, Integer> counts = new HashMap<>();
		square(4).forEach(cell -> counts.put(cell, 2));
		assertThat(GetisOrd.giStar(counts, square(4))).allSatisfy(s -> {
			assertThat(s.z()).isZero();
			assertThat(s.bin()).isZero();
		});
	}

	@Test
	void refusesAStudyAreaOfOneCell() {
		assertThatThrownBy(() -> GetisOrd.giStar(Map.of(), Set.of(new GridCell(0, 0))))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void binsBySignAndConfidenceLevel() {
		assertThat(GetisOrd.bin(3.1, 0.005)).isEqualTo(3);
		assertThat(GetisOrd.bin(2.1, 0.03)).isEqualTo(2);
		assertThat(GetisOrd.bin(1.8, 0.08)).isEqualTo(1);
		assertThat(GetisOrd.bin(1.0, 0.3)).isZero();
		assertThat(GetisOrd.bin(-3.5, 0.001)).isEqualTo(-3);
	}

	@Test
	void adjustsPValuesByBenjaminiHochberg() {
		double[] adjusted = FalseDiscoveryRate.adjust(new double[] { 0.01, 0.04, 0.03, 0.20 });
		assertThat(adjusted[0]).isCloseTo(0.04, within(1e-12));
		assertThat(adjusted[1]).isCloseTo(0.16 / 3, within(1e-12));
		assertThat(adjusted[2]).isCloseTo(0.16 / 3, within(1e-12));
		assertThat(adjusted[3]).isCloseTo(0.20, within(1e-12));
		assertThat(FalseDiscoveryRate.adjust(new double[] { 0.9, 0.95 })).containsExactly(0.95, 0.95);
		assertThatThrownBy(() -> FalseDiscoveryRate.adjust(new double[] { 1.5 }))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void alignsCellsToMultiplesOfTheirSizeAsScbsGridDoes() {
		// Västerås centre, about E 588 000 N 6 609 000 in SWEREF 99 TM
		GridCell cell = GridCell.containing(588_123.4, 6_609_249.9, 250);
		assertThat(cell).isEqualTo(new GridCell(2352, 26436));
		assertThat(cell.centreEast(250)).isEqualTo(588_125.0);
		assertThat(cell.centreNorth(250)).isEqualTo(6_609_125.0);
		assertThat(GridCell.containing(588_250.0, 6_609_250.0, 250)).isEqualTo(new GridCell(2353, 26437));
		assertThat(cell.touches(new GridCell(2353, 26437))).isTrue();
		assertThat(cell.touches(new GridCell(2354, 26436))).isFalse();
	}

	@Test
	void weighsPointsWithTheQuarticKernelWithinTheBandwidthOnly() {
		KernelDensity kde = new KernelDensity(100);
		List<double[]> one = List.<double[]>of(new double[] { 0, 0 });
		assertThat(kde.at(0, 0, one)).isCloseTo(3 / (Math.PI * 100 * 100), within(1e-15));
		// halfway: (1 − 1/4)² = 9/16 of the peak
		assertThat(kde.at(50, 0, one)).isCloseTo(3 / (Math.PI * 100 * 100) * 9 / 16, within(1e-15));
		assertThat(kde.at(100, 0, one)).isZero();
		assertThat(kde.at(0, 150, one)).isZero();
		assertThat(KernelDensity.perSquareKilometre(kde.at(0, 0, one))).isCloseTo(95.49296585513721, within(1e-9));
		assertThatThrownBy(() -> new KernelDensity(0)).isInstanceOf(IllegalArgumentException.class);
	}

}
