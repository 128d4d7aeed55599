package se.trygghet.situation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.trygghet.help.HelpFigures;

/**
 * The numbers of the lägesbild's methods that the help pages quote (topics gi-star, fdr, kde, poisson-flag), read from
 * the constants the computations use.
 */
@Component
class SituationHelpFigures implements HelpFigures {

	@Override
	public Map<String, Object> figures() {
		List<BigDecimal> levels = List.of(exact(GetisOrd.LEVEL_99), exact(GetisOrd.LEVEL_95), exact(GetisOrd.LEVEL_90));
		return Map.ofEntries(Map.entry("hotspot.cell-sizes", HotSpotPage.CELL_SIZES.stream().sorted().toList()),
				Map.entry("hotspot.default-cell-size", HotSpotPage.DEFAULT_CELL_SIZE),
				Map.entry("hotspot.max-rows", HotSpotPage.MAX_ROWS),
				Map.entry("hotspot.levels", levels),
				Map.entry("hotspot.confidences", levels.stream().map(l -> BigDecimal.ONE.subtract(l).movePointRight(2)).toList()),
				Map.entry("kde.default-bandwidth", HotSpotPage.DEFAULT_BANDWIDTH),
				Map.entry("kde.min-bandwidth", HotSpots.MIN_BANDWIDTH),
				Map.entry("kde.max-bandwidth", HotSpots.MAX_BANDWIDTH),
				Map.entry("kde.max-bandwidth-cells", HotSpots.MAX_BANDWIDTH_IN_CELLS),
				Map.entry("kde.classes", HotSpots.Density.CLASSES),
				Map.entry("flag.min-count", SituationPictures.MIN_FLAGGED),
				Map.entry("flag.mean-floor", exact(SituationPictures.MIN_RATE)),
				Map.entry("flag.alpha-percent", exact(SituationPictures.ALPHA).movePointRight(2)),
				Map.entry("flag.weeks-before", SituationPeriod.WEEKS_BEFORE));
	}

	private static BigDecimal exact(double value) {
		return BigDecimal.valueOf(value);
	}

}
