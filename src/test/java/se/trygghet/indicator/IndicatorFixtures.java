package se.trygghet.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghet.area.AreaId;
import se.trygghet.indicator.IndicatorCatalog.Point;
import se.trygghet.plan.PlanCatalog;

/** Setups, values and series for tests, made through the domain types' own constructors. */
final class IndicatorFixtures {

	static final AreaId AREA = new AreaId(UUID.fromString("00000000-0000-0000-0000-00000000a1ea"));

	private IndicatorFixtures() {
	}

	static IndicatorSetup setup(IndicatorSetup.MeasureType measure, Map<String, List<String>> breakdowns) {
		return new IndicatorSetup(IndicatorSetup.Kind.RAW, measure, breakdowns, null, null, null, null,
				measure == IndicatorSetup.MeasureType.SURVEY_SHARE ? IndicatorSetup.SuppressionClass.SURVEY
						: IndicatorSetup.SuppressionClass.SMALL_COUNTS,
				3, null);
	}

	static IndicatorSetup setup(IndicatorSetup.MeasureType measure, IndicatorSetup.SuppressionClass suppression) {
		return new IndicatorSetup(IndicatorSetup.Kind.RAW, measure, Map.of(), null, null, null, null, suppression, 3,
				null);
	}

	/** A stored value with the counts behind it. */
	static Point point(String period, @Nullable String value, @Nullable Integer numerator, @Nullable Integer denominator,
			@Nullable Integer respondents) {
		return new Point(Period.parse(period), AREA, Breakdown.TOTAL, value == null ? null : new BigDecimal(value),
				value == null ? MeasurementStatus.MISSING : MeasurementStatus.NORMAL, null,
				numerator == null ? null : BigDecimal.valueOf(numerator),
				denominator == null ? null : BigDecimal.valueOf(denominator), respondents, "test", "1", null, false);
	}

	/** An indicator of the plan as the catalog summarises it, with its latest value for the municipality. */
	static IndicatorCatalog.IndicatorSummary summary(String name, String unit, IndicatorSetup.MeasureType measure,
			@Nullable Point latest) {
		return new IndicatorCatalog.IndicatorSummary(new se.trygghet.plan.IndicatorId(UUID.randomUUID()),
				new se.trygghet.plan.ActionPlanId(UUID.randomUUID()), 1, name, unit, se.trygghet.plan.Direction.INCREASE,
				"test", null, setup(measure, Map.of()), latest,
				new IndicatorCatalog.Assessment(Verdict.KAN_INTE_BEDOMAS, IndicatorCatalog.Assessment.Reason.NO_BASELINE,
						null, null, null, List.of(), null, null, null),
				false);
	}

	static Point count(String period, int value) {
		return point(period, String.valueOf(value), null, null, null);
	}

	/** The indicators of Västerås' plan as loaded on first start. */
	static List<IndicatorCatalog.IndicatorSummary> vasteras(PlanCatalog plans, IndicatorCatalog catalog,
			Audience audience) {
		PlanCatalog.PlanRef plan = plans.plans()
			.stream()
			.filter(p -> p.key().equals("vasteras-2021-2023"))
			.findFirst()
			.orElseThrow();
		return catalog.indicators(plan.id(), audience);
	}

	static IndicatorCatalog.IndicatorSummary vasteras(PlanCatalog plans, IndicatorCatalog catalog, Audience audience,
			String name) {
		return vasteras(plans, catalog, audience).stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
	}

	/** Yearly values from a first year on, all by method 1; null is a missing year. */
	static List<VerdictRule.YearValue> yearly(int from, @Nullable Double... values) {
		return java.util.stream.IntStream.range(0, values.length)
			.mapToObj(i -> new VerdictRule.YearValue(Period.year(from + i),
					values[i] == null ? null : BigDecimal.valueOf(values[i]), "1"))
			.toList();
	}

}
