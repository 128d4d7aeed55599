package se.trygghet.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The numbers the help pages quote about effect evaluations are the ones {@link EffectEvaluation} acts on. */
class EvaluationHelpFiguresTests {

	final Map<String, Object> figures = new EvaluationHelpFigures().figures();

	BigDecimal figure(String name) {
		return new BigDecimal(figures.get(name).toString());
	}

	EffectEvaluation.Counts counts(long each, long longRunCount, double longRunMonths) {
		return new EffectEvaluation.Counts(each, each, each, each, null, null, 6, 6, longRunCount, longRunMonths);
	}

	@Test
	void quotesTheIntervalsConfidenceFromTheQuantileItUses() {
		assertThat(figure("evaluation.confidence-percent")).isEqualByComparingTo("95");
	}

	@Test
	void quotesTheLeastCountBelowWhichSmallCountsAreWarnedOf() {
		long least = figure("evaluation.min-count").longValueExact();
		assertThat(EffectEvaluation.evaluate(counts(least, 1000, 24)).warnings())
			.doesNotContain(EffectEvaluation.Warning.SMALL_COUNTS);
		assertThat(EffectEvaluation.evaluate(counts(least - 1, 1000, 24)).warnings())
			.contains(EffectEvaluation.Warning.SMALL_COUNTS);
	}

	@Test
	void quotesThePeakRuleAndTheHistoryItNeeds() {
		assertThat(figure("evaluation.peak-factor")).isEqualByComparingTo(BigDecimal.valueOf(EffectEvaluation.PEAK_FACTOR));
		assertThat(figure("evaluation.peak-alpha-percent").movePointLeft(2))
			.isEqualByComparingTo(BigDecimal.valueOf(EffectEvaluation.PEAK_ALPHA));
		assertThat(figure("evaluation.long-run-months").intValueExact()).isEqualTo(EffectEvaluation.LONG_RUN_MONTHS);
		// a day short of the quoted history is not enough to judge a peak; the quoted history is
		double days = figure("evaluation.min-history-days").doubleValue();
		assertThat(EffectEvaluation.evaluate(counts(50, 100, (days - 1) / EffectEvaluation.DAYS_PER_MONTH)).warnings())
			.contains(EffectEvaluation.Warning.NOT_ENOUGH_HISTORY);
		assertThat(EffectEvaluation.evaluate(counts(50, 100, days / EffectEvaluation.DAYS_PER_MONTH)).warnings())
			.doesNotContain(EffectEvaluation.Warning.NOT_ENOUGH_HISTORY);
	}

}
