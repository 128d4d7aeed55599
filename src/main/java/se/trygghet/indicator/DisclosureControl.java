package se.trygghet.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.trygghet.indicator.IndicatorCatalog.Point;
import se.trygghet.indicator.IndicatorCatalog.SuppressionReason;

/**
 * Decides which values the public may see, so that no small group of people can be recognised in them. Every public
 * view, export and API answer reads values through {@link IndicatorCatalog} for {@link Audience#PUBLIC}, which passes
 * all of an indicator's values through here together, so they cannot disagree. For the public a value is withheld (no number, status
 * {@link MeasurementStatus#SUPPRESSED}, the reason kept) when
 * <ul>
 * <li>its producer suppressed it ({@link SuppressionReason#SOURCE}), whatever the indicator;</li>
 * <li>for indicators of class {@code SMALL_COUNTS} or {@code SURVEY}: it is a count between 1 and the minimum count
 * (exclusive), or its numerator is, or, for a share, the rest of the denominator is ("11 of 12" tells about the one)
 * ({@link SuppressionReason#SMALL_COUNT}); a zero reveals nobody and is shown;</li>
 * <li>for indicators of class {@code SURVEY}: fewer people than the minimum number of respondents answered
 * ({@link SuppressionReason#FEW_RESPONDENTS}).</li>
 * </ul>
 * Counts that are not stored (a municipal rate from Kolada has no numerator) cannot be checked; such indicators are of
 * class {@code NONE} because their producer has already protected them, its own secondary suppression included.
 * <p>
 * Withholding a small value is not enough where it is part of a sum whose other values are published: the total minus
 * the other gender gives it back. So the values of one indicator are judged together, and for classes
 * {@code SMALL_COUNTS} and {@code SURVEY} {@link ComplementarySuppression} withholds further values
 * ({@link SuppressionReason#COMPLEMENTARY}) until no withheld value can be worked out from published ones. The rules
 * are written out in {@code docs/DISCLOSURE.md}. Signed-in staff see values as stored.
 */
@Component
class DisclosureControl {

	private final BigDecimal minCount;

	private final int minRespondents;

	private final AreaPartitions areas;

	DisclosureControl(@Value("${app.indicator.disclosure.min-count:3}") int minCount,
			@Value("${app.indicator.disclosure.min-respondents:10}") int minRespondents, AreaPartitions areas) {
		if (minCount < 1 || minRespondents < 1) {
			throw new IllegalArgumentException("The disclosure minimums must be at least 1");
		}
		this.minCount = BigDecimal.valueOf(minCount);
		this.minRespondents = minRespondents;
		this.areas = areas;
	}

	int minCount() {
		return minCount.intValue();
	}

	int minRespondents() {
		return minRespondents;
	}

	/** Why a value was withheld, in words, with the minimum that applied. */
	String explain(IndicatorCatalog.SuppressionReason reason, org.springframework.context.MessageSource messages,
			java.util.Locale locale) {
		Object arg = switch (reason) {
			case SMALL_COUNT -> minCount();
			case FEW_RESPONDENTS -> minRespondents;
			case SOURCE, COMPLEMENTARY -> "";
		};
		return messages.getMessage(reason.messageKey(), new Object[] { arg }, locale);
	}

	/**
	 * One indicator's values as the audience may see them. For the public, pass all the values the answer is taken
	 * from (every period, area and breakdown), so that the values withheld to protect others are the same in every
	 * answer; a part of them may then be shown.
	 */
	List<Point> apply(List<Point> points, IndicatorSetup setup, Audience audience) {
		if (audience == Audience.INTERNAL) {
			return points;
		}
		List<Point> shown = points.stream().map(p -> {
			SuppressionReason reason = reason(p, setup);
			return reason == null ? p : p.suppress(reason);
		}).toList();
		if (setup.suppression() == IndicatorSetup.SuppressionClass.NONE) {
			return shown;
		}
		Set<ComplementarySuppression.Cell> more = ComplementarySuppression.withhold(shown, setup, areas,
				minCount.intValue());
		if (more.isEmpty()) {
			return shown;
		}
		return shown.stream()
			.map(p -> more.contains(ComplementarySuppression.Cell.of(p)) ? p.suppress(SuppressionReason.COMPLEMENTARY)
					: p)
			.toList();
	}

	/** Why the public may not see this value, or null when it may. */
	@Nullable SuppressionReason reason(Point point, IndicatorSetup setup) {
		if (point.status() == MeasurementStatus.SUPPRESSED) {
			return SuppressionReason.SOURCE;
		}
		IndicatorSetup.SuppressionClass suppression = setup.suppression();
		if (suppression == IndicatorSetup.SuppressionClass.NONE) {
			return null;
		}
		if (suppression == IndicatorSetup.SuppressionClass.SURVEY && point.respondents() != null
				&& point.respondents() < minRespondents) {
			return SuppressionReason.FEW_RESPONDENTS;
		}
		if (setup.measure() == IndicatorSetup.MeasureType.COUNT && small(point.value())) {
			return SuppressionReason.SMALL_COUNT;
		}
		if (small(point.numerator())) {
			return SuppressionReason.SMALL_COUNT;
		}
		if (setup.measure().isShare() && point.numerator() != null && point.denominator() != null
				&& small(point.denominator().subtract(point.numerator()))) {
			return SuppressionReason.SMALL_COUNT;
		}
		return null;
	}

	private boolean small(@Nullable BigDecimal count) {
		return count != null && count.signum() > 0 && count.compareTo(minCount) < 0;
	}

}
