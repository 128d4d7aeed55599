package se.trygghet.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.trygghet.indicator.IndicatorCatalog.Assessment;
import se.trygghet.indicator.IndicatorCatalog.Assessment.Reason;
import se.trygghet.plan.Direction;

/**
 * The trend verdict of an indicator, for the municipality as a whole (the total, all ages and genders):
 * <ol>
 * <li><b>Baseline</b>: the baseline the plan states; without one, the indicator's own value for the year before the
 * plan period (2020 for a plan 2021–2023). Without either: <i>kan inte bedömas</i>.</li>
 * <li><b>Window</b>: the latest yearly values after the baseline year, as many as the indicator's verdict window
 * (3, or 1 for an indicator measured only in election years). Missing and suppressed years do not count, nor do
 * preliminary ones (the caller passes them without a value: this year's own count covers part of the year). Fewer values
 * than that: <i>kan inte bedömas</i>.</li>
 * <li><b>Comparable</b>: every value in the window and the baseline (when its method is known) must share one method
 * version; a change of method inside the window or between the baseline and the window makes the values
 * incomparable: <i>kan inte bedömas</i> (Malmö's "white arrow").</li>
 * <li><b>Change</b>: the mean of the window minus the baseline. It counts when it is larger than the threshold:
 * {@value #SHARE_POINTS} percentage points for shares from registers, {@value #SURVEY_POINTS} percentage points for
 * survey shares (which carry sampling error), and {@value #RELATIVE_PERCENT} % of the baseline for counts, rates and
 * indexes. A change that counts in the desired direction is <i>förbättras</i>, against it <i>försämras</i>; anything
 * within the threshold is <i>oförändrad</i>.</li>
 * </ol>
 * A pure function: the same values always give the same verdict.
 */
final class VerdictRule {

	static final int SHARE_POINTS = 2;

	static final int SURVEY_POINTS = 3;

	static final int RELATIVE_PERCENT = 5;

	private VerdictRule() {
	}

	/** A yearly value as the rule sees it; a null value (missing or suppressed) does not count. */
	public record YearValue(Period period, @Nullable BigDecimal value, String methodVersion) {

		public YearValue {
			Objects.requireNonNull(period);
			Objects.requireNonNull(methodVersion);
		}

	}

	/** The baseline with the method of its value, when known. */
	public record Base(Period period, BigDecimal value, @Nullable String methodVersion, Assessment.BaselineOrigin origin) {
	}

	static Assessment assess(Direction direction, IndicatorSetup.MeasureType measure, int window, @Nullable Base baseline,
			List<YearValue> values) {
		if (baseline == null) {
			return Assessment.notAssessable(Reason.NO_BASELINE, null, List.of());
		}
		List<YearValue> after = values.stream()
			.filter(v -> v.period().isYear() && v.value() != null && v.period().compareTo(baseline.period()) > 0)
			.sorted(Comparator.comparing(YearValue::period))
			.toList();
		if (after.size() < window) {
			return Assessment.notAssessable(Reason.TOO_FEW_VALUES, baseline, periods(after));
		}
		List<YearValue> inWindow = after.subList(after.size() - window, after.size());
		Set<String> methods = inWindow.stream().map(YearValue::methodVersion).collect(Collectors.toSet());
		if (methods.size() > 1 || (baseline.methodVersion() != null && !methods.contains(baseline.methodVersion()))) {
			return Assessment.notAssessable(Reason.METHOD_CHANGED, baseline, periods(inWindow));
		}
		BigDecimal mean = inWindow.stream()
			.map(YearValue::value)
			.map(Objects::requireNonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(window), 4, RoundingMode.HALF_EVEN);
		BigDecimal change = mean.subtract(baseline.value());
		BigDecimal threshold = threshold(measure, baseline.value());
		Verdict verdict;
		if (change.abs().compareTo(threshold) <= 0 || change.signum() == 0) {
			verdict = Verdict.OFORANDRAD;
		}
		else if ((change.signum() > 0) == (direction == Direction.INCREASE)) {
			verdict = Verdict.FORBATTRAS;
		}
		else {
			verdict = Verdict.FORSAMRAS;
		}
		return new Assessment(verdict, Reason.ASSESSED, baseline.period(), baseline.value(), baseline.origin(),
				periods(inWindow), mean, change, threshold);
	}

	/** How large a change must be to count: percentage points for shares, a share of the baseline otherwise. */
	static BigDecimal threshold(IndicatorSetup.MeasureType measure, BigDecimal baseline) {
		return switch (measure) {
			case SHARE -> BigDecimal.valueOf(SHARE_POINTS);
			case SURVEY_SHARE -> BigDecimal.valueOf(SURVEY_POINTS);
			case COUNT, RATE, INDEX -> baseline.abs().multiply(BigDecimal.valueOf(RELATIVE_PERCENT)).movePointLeft(2);
		};
	}

	private static List<Period> periods(List<YearValue> values) {
		return values.stream().map(YearValue::period).toList();
	}

}
