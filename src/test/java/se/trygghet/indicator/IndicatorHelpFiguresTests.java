package se.trygghet.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The numbers the help pages quote about verdicts and disclosure control are the verdict rule's thresholds and the
 * minimums this installation's disclosure control was configured with, whatever they are set to.
 */
class IndicatorHelpFiguresTests {

	@Test
	void quotesTheMinimumsDisclosureControlWasConfiguredWith() {
		Map<String, Object> figures = new IndicatorHelpFigures(new DisclosureControl(5, 20, AreaPartitions.NONE)).figures();
		assertThat(figures).containsEntry("disclosure.min-count", 5).containsEntry("disclosure.min-respondents", 20);
	}

	@Test
	void quotesTheThresholdsTheVerdictRuleApplies() {
		Map<String, Object> figures = new IndicatorHelpFigures(new DisclosureControl(3, 10, AreaPartitions.NONE)).figures();
		BigDecimal hundred = BigDecimal.valueOf(100);
		assertThat(VerdictRule.threshold(IndicatorSetup.MeasureType.SHARE, hundred))
			.isEqualByComparingTo(figures.get("verdict.share-points").toString());
		assertThat(VerdictRule.threshold(IndicatorSetup.MeasureType.SURVEY_SHARE, hundred))
			.isEqualByComparingTo(figures.get("verdict.survey-points").toString());
		// of a baseline of 100, the share of it that counts is the percentage quoted
		assertThat(VerdictRule.threshold(IndicatorSetup.MeasureType.COUNT, hundred))
			.isEqualByComparingTo(figures.get("verdict.relative-percent").toString());
		assertThat(figures.get("verdict.window")).isEqualTo(IndicatorDefinitions.DEFAULT_VERDICT_WINDOW);
	}

}
