package se.trygghet.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The numbers the help pages quote about hot spots, density and the situation picture's flags are the ones the
 * computations act on: each figure is checked against what the code does at its edge, not only against a constant.
 */
class SituationHelpFiguresTests {

	final Map<String, Object> figures = new SituationHelpFigures().figures();

	int integer(String name) {
		return ((Number) figures.get(name)).intValue();
	}

	BigDecimal decimal(String name) {
		return new BigDecimal(figures.get(name).toString());
	}

	@Test
	void quotesTheAdjustedPValuesBelowWhichACellIsAHotSpotOfEachConfidence() {
		@SuppressWarnings("unchecked")
		List<BigDecimal> levels = (List<BigDecimal>) figures.get("hotspot.levels");
		@SuppressWarnings("unchecked")
		List<BigDecimal> confidences = (List<BigDecimal>) figures.get("hotspot.confidences");
		assertThat(levels).hasSize(3);
		for (int i = 0; i < levels.size(); i++) {
			double level = levels.get(i).doubleValue();
			int bin = 3 - i;
			assertThat(GetisOrd.bin(2, Math.nextDown(level))).as("just below " + level).isEqualTo(bin);
			assertThat(GetisOrd.bin(2, level)).as("at " + level).isLessThan(bin);
			assertThat(GetisOrd.bin(-2, Math.nextDown(level))).as("a cold spot below " + level).isEqualTo(-bin);
			assertThat(confidences.get(i)).isEqualByComparingTo(BigDecimal.ONE.subtract(levels.get(i)).movePointRight(2));
		}
	}

	@Test
	void quotesTheCellSizesAndDefaultsTheHotSpotPageOffers() {
		assertThat(figures.get("hotspot.cell-sizes")).isEqualTo(HotSpotPage.CELL_SIZES.stream().sorted().toList());
		HotSpotPage.Form empty = new HotSpotPage.Form(null, null, null, null, null, null, null, null, null);
		assertThat(integer("hotspot.default-cell-size")).isEqualTo(empty.cells());
		assertThat(integer("hotspot.max-rows")).isEqualTo(HotSpotPage.MAX_ROWS);
		assertThat(integer("kde.default-bandwidth")).isEqualTo(HotSpotPage.DEFAULT_BANDWIDTH);
		assertThat(integer("kde.min-bandwidth")).isEqualTo(HotSpots.MIN_BANDWIDTH);
		assertThat(integer("kde.max-bandwidth")).isEqualTo(HotSpots.MAX_BANDWIDTH);
		assertThat(integer("kde.max-bandwidth-cells")).isEqualTo(HotSpots.MAX_BANDWIDTH_IN_CELLS);
		assertThat(integer("kde.classes")).isEqualTo(HotSpots.Density.CLASSES);
	}

	@Test
	void quotesTheFlagsLeastCountMeanFloorLevelAndComparison() {
		int least = integer("flag.min-count");
		assertThat(SituationPictures.increase(least, 0)).isTrue();
		assertThat(SituationPictures.increase(least - 1, 0)).isFalse();
		// a first incident after nothing is judged as if the mean before were the floor
		double floor = decimal("flag.mean-floor").doubleValue();
		assertThat(SituationPictures.pValue(1, 0)).isCloseTo(1 - Math.exp(-floor), org.assertj.core.data.Offset.offset(1e-12));
		assertThat(new SituationPictures.FlagTest(100, 1, 0).chanceAmongFlagged())
			.isEqualTo(decimal("flag.alpha-percent").movePointLeft(2).doubleValue());
		assertThat(SituationPeriod.parse("2026-W10").before()).hasSize(integer("flag.weeks-before"));
	}

}
