package se.trygghet.intervention;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.springframework.stereotype.Component;
import se.trygghet.help.HelpFigures;

/**
 * The numbers of the effect evaluation that the help pages quote (topics did, wdq, costs), read from the constants
 * {@link EffectEvaluation} computes with; the interval's confidence is the one its normal quantile gives.
 */
@Component
class EvaluationHelpFigures implements HelpFigures {

	@Override
	public Map<String, Object> figures() {
		double confidence = 2 * new NormalDistribution().cumulativeProbability(EffectEvaluation.Z95) - 1;
		return Map.of("evaluation.confidence-percent",
				BigDecimal.valueOf(confidence).movePointRight(2).setScale(1, RoundingMode.HALF_UP),
				"evaluation.min-count", EffectEvaluation.MIN_COUNT,
				"evaluation.peak-factor", BigDecimal.valueOf(EffectEvaluation.PEAK_FACTOR),
				"evaluation.peak-alpha-percent", BigDecimal.valueOf(EffectEvaluation.PEAK_ALPHA).movePointRight(2),
				"evaluation.long-run-months", EffectEvaluation.LONG_RUN_MONTHS,
				"evaluation.min-history-days", EffectEvaluation.MIN_HISTORY_DAYS);
	}

}
