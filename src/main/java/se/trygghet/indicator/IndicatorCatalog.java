package se.trygghet.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.trygghet.area.AreaId;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.plan.Direction;
import se.trygghet.plan.IndicatorId;
import se.trygghet.plan.PlanCatalog;

/**
 * What other modules and the indicator pages may read of indicators: a plan's indicators with their latest value and
 * verdict, and one indicator's values over time. Everything read for the {@link Audience#PUBLIC public} has passed
 * disclosure control; demo values say so on every point, and a series names the sources it holds.
 */
public interface IndicatorCatalog {

	/** The plan's indicators in the plan's order, each with its latest value and verdict for the municipality. */
	List<IndicatorSummary> indicators(ActionPlanId plan, Audience audience);

	/**
	 * As {@link #indicators(ActionPlanId, Audience)}, for a plan whose outline the caller has already read, so a page
	 * that shows the plan too reads its tree once.
	 */
	List<IndicatorSummary> indicators(PlanCatalog.PlanOutline plan, Audience audience);

	/** One indicator as {@link #indicators} shows it. */
	Optional<IndicatorSummary> indicator(IndicatorId indicator, Audience audience);

	/**
	 * One indicator as it stood at the end of {@code until}: its latest value and verdict from the values of periods
	 * that end by then, so that a document about a year shows nothing measured after it.
	 */
	Optional<IndicatorSummary> indicator(IndicatorId indicator, Audience audience, Period until);

	/** One indicator's values that match the query, ordered by period, area and breakdown. */
	Series series(IndicatorId indicator, SeriesQuery query, Audience audience);

	/** The categories values can be broken down by, each with its options. */
	List<Category> categories();

	/**
	 * Equals the last answer exactly when nothing this catalog answers has changed (measurements, setups, categories,
	 * plans, areas), so a page built from it can be kept until it does.
	 */
	List<Long> revision();

	/** Why a value was withheld from the public, in words, with the minimum that applied (if one did). */
	String explain(SuppressionReason reason, Locale locale);

	/**
	 * An indicator as the plan defines it, with how it is measured, its latest value for the municipality as a whole
	 * and its verdict. {@code demo} when the latest value or any value the verdict used is invented demo data.
	 */
	record IndicatorSummary(IndicatorId id, ActionPlanId plan, int focusArea, String name, String unit,
			Direction direction, String source, @Nullable String koladaKpi, IndicatorSetup setup,
			@Nullable Point latest, Assessment assessment, boolean demo) {
	}

	/**
	 * Which values to read. An empty set means all (all areas, all breakdowns, all sources); {@code from} and {@code to}
	 * bound the periods inclusively; {@code type} keeps one kind of period (e.g. only years).
	 */
	record SeriesQuery(Set<AreaId> areas, Set<Breakdown> breakdowns, @Nullable Period from, @Nullable Period to,
			Period.@Nullable Type type, Set<String> sources) {

		public SeriesQuery {
			areas = Set.copyOf(areas);
			breakdowns = Set.copyOf(breakdowns);
			sources = Set.copyOf(sources);
		}

		public static SeriesQuery all() {
			return new SeriesQuery(Set.of(), Set.of(), null, null, null, Set.of());
		}

		/** The yearly totals of one area, e.g. the municipality. */
		public static SeriesQuery yearlyTotal(AreaId area) {
			return new SeriesQuery(Set.of(area), Set.of(Breakdown.TOTAL), null, null, Period.Type.YEAR, Set.of());
		}

		public SeriesQuery inAreas(Set<AreaId> areas) {
			return new SeriesQuery(areas, breakdowns, from, to, type, sources);
		}

		public SeriesQuery withBreakdowns(Set<Breakdown> breakdowns) {
			return new SeriesQuery(areas, breakdowns, from, to, type, sources);
		}

		public SeriesQuery between(@Nullable Period from, @Nullable Period to) {
			return new SeriesQuery(areas, breakdowns, from, to, type, sources);
		}

		public SeriesQuery fromSources(Set<String> sources) {
			return new SeriesQuery(areas, breakdowns, from, to, type, sources);
		}

	}

	/**
	 * Values of one indicator. Where several sources have a value for the same period, area and breakdown, one is
	 * shown: a figure before none, then a measured source (Kolada, a file, the platform) before the plan's stated
	 * figure before demo, then the newest import ({@code SourcePrecedence}); every point names its source,
	 * {@code sources} names the sources of the values shown, and {@code demo} says whether any of them is invented.
	 */
	record Series(IndicatorId indicator, Audience audience, List<Point> points) {

		public Series {
			points = List.copyOf(points);
		}

		public Set<String> sources() {
			Set<String> sources = new LinkedHashSet<>();
			points.forEach(p -> sources.add(p.source()));
			return Collections.unmodifiableSet(sources);
		}

		public boolean demo() {
			return points.stream().anyMatch(Point::demo);
		}

		/** Whether real and demo values are both in it (which every view of it must say). */
		public boolean mixesRealAndDemo() {
			return demo() && points.stream().anyMatch(p -> !p.demo());
		}

	}

	/**
	 * One value. {@code value} is null when missing or suppressed; {@code suppressed} then says why a value the public
	 * may not see was withheld. {@code numerator}, {@code denominator} and {@code respondents} are given where known
	 * (never on a suppressed value for the public).
	 */
	record Point(Period period, AreaId area, Breakdown breakdown, @Nullable BigDecimal value, MeasurementStatus status,
			@Nullable SuppressionReason suppressed, @Nullable BigDecimal numerator, @Nullable BigDecimal denominator,
			@Nullable Integer respondents, String source, String methodVersion, @Nullable LocalDate publishedOn,
			boolean demo) {

		public Point {
			Objects.requireNonNull(period);
			Objects.requireNonNull(area);
			Objects.requireNonNull(breakdown);
			Objects.requireNonNull(status);
			if ((value != null) != status.hasValue()) {
				throw new IllegalArgumentException("A " + status + " value " + (value == null ? "needs" : "has no")
						+ " number");
			}
		}

		/** The same point with its value withheld for the public, keeping why. */
		Point suppress(SuppressionReason reason) {
			return new Point(period, area, breakdown, null, MeasurementStatus.SUPPRESSED, reason, null, null, null,
					source, methodVersion, publishedOn, demo);
		}

	}

	/** Why a value is not shown; the page shows ".." and this reason. */
	enum SuppressionReason {

		/** Its producer suppressed it (e.g. too few answers in the source's own rules). */
		SOURCE,

		/** A count, or the numerator of a share or rate, or the rest of a share, is below the minimum count. */
		SMALL_COUNT,

		/** Fewer people answered than the minimum for a survey value. */
		FEW_RESPONDENTS,

		/**
		 * Withheld so that another withheld value cannot be worked out from a sum it is part of (the total minus the
		 * other gender, the kommundel minus its other stadsdelar).
		 */
		COMPLEMENTARY;

		public String messageKey() {
			return "indicator.suppressed." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	/**
	 * A verdict with what it rests on: the baseline, the periods averaged, their mean, the change and the threshold it
	 * had to exceed. See {@code VerdictRule} for the rule.
	 */
	record Assessment(Verdict verdict, Reason reason, @Nullable Period baselinePeriod, @Nullable BigDecimal baselineValue,
			@Nullable BaselineOrigin baselineOrigin, List<Period> window, @Nullable BigDecimal windowMean,
			@Nullable BigDecimal change, @Nullable BigDecimal threshold) {

		public Assessment {
			window = List.copyOf(window);
		}

		public enum Reason {

			ASSESSED, NO_BASELINE, TOO_FEW_VALUES, METHOD_CHANGED;

			public String messageKey() {
				return "indicator.assessment." + name().toLowerCase(Locale.ROOT).replace('_', '-');
			}

		}

		/** Whether the baseline is the one the plan states or the value of the year before the plan period. */
		public enum BaselineOrigin {

			STATED, YEAR_BEFORE_PLAN

		}

		static Assessment notAssessable(Reason reason, VerdictRule.@Nullable Base baseline, List<Period> window) {
			return new Assessment(Verdict.KAN_INTE_BEDOMAS, reason, baseline == null ? null : baseline.period(),
					baseline == null ? null : baseline.value(), baseline == null ? null : baseline.origin(), window, null,
					null, null);
		}

	}

	record Category(String key, String name, String nameEn, boolean builtIn, List<Option> options) {

		public Category {
			options = List.copyOf(options);
		}

		public String name(Locale locale) {
			return "en".equals(locale.getLanguage()) ? nameEn : name;
		}

	}

	record Option(String key, String name, String nameEn) {

		public String name(Locale locale) {
			return "en".equals(locale.getLanguage()) ? nameEn : name;
		}

	}

}
