package se.trygghet.indicator;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How one of a plan's indicators is measured and judged: raw, calculated or counted by the platform; what kind of
 * measure it is; which breakdowns its values may have; the baseline and target the plan states (a target only where
 * the plan states one); how its values are protected; how many values the verdict averages.
 *
 * @param breakdowns category key to the options an indicator's values may be broken down by, e.g.
 * {@code kon → [kvinnor, man]}; empty when only totals exist
 * @param verdictWindow how many of the latest yearly values the verdict averages: 3, or fewer for an indicator
 * measured seldom (valdeltagande: every fourth year)
 */
public record IndicatorSetup(Kind kind, MeasureType measure, Map<String, List<String>> breakdowns,
		@Nullable Calculation calculation, @Nullable String platformSource, @Nullable Baseline baseline,
		@Nullable Target target, SuppressionClass suppression, int verdictWindow, @Nullable String methodNotes) {

	/** How values come about. */
	public enum Kind {

		/** Measured elsewhere and entered or imported (Kolada, surveys, Brå). */
		RAW,

		/** Numerator ÷ denominator × factor, e.g. reported crimes per 100 000 inhabitants. */
		CALCULATED,

		/** Counted from the platform's own data through a {@link PlatformIndicatorSource}. */
		PLATFORM

	}

	public enum MeasureType {

		/** A number of things or events. */
		COUNT,

		/** A number per so many inhabitants. */
		RATE,

		/** A share in percent from a register (everyone counted). */
		SHARE,

		/** A share in percent of those who answered a survey. */
		SURVEY_SHARE,

		/** A mean score, e.g. satisfaction. */
		INDEX;

		/** Whether values are percentages, whose changes are judged in percentage points. */
		public boolean isShare() {
			return this == SHARE || this == SURVEY_SHARE;
		}

	}

	/** Which disclosure control an indicator's values need before the public sees them. */
	public enum SuppressionClass {

		/** The producer publishes only protected figures (e.g. Kolada's municipal rates); nothing more is checked. */
		NONE,

		/** Counts and numerators below the minimum count are suppressed. */
		SMALL_COUNTS,

		/** As {@link #SMALL_COUNTS}, and values from fewer respondents than the minimum are suppressed. */
		SURVEY

	}

	/** How a calculated indicator is computed: numerator ÷ denominator × factor. */
	public record Calculation(String numerator, String denominator, BigDecimal factor) {

		public Calculation {
			requireText(numerator, "numerator");
			requireText(denominator, "denominator");
			if (factor.signum() <= 0) {
				throw new IllegalArgumentException("A calculation's factor must be positive, not " + factor);
			}
		}

	}

	/** The value an indicator is judged against, for the municipality as a whole. */
	public record Baseline(Period period, BigDecimal value) {

		public Baseline {
			Objects.requireNonNull(period, "baseline period");
			Objects.requireNonNull(value, "baseline value");
		}

	}

	/** A value the plan aims for by a year. */
	public record Target(BigDecimal value, int year) {

		public Target {
			Objects.requireNonNull(value, "target value");
			if (year < Period.FIRST_YEAR || year > Period.LAST_YEAR) {
				throw new IllegalArgumentException("A target's year must be a year, not " + year);
			}
		}

	}

	public IndicatorSetup {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(measure, "measure");
		Objects.requireNonNull(suppression, "suppression");
		Map<String, List<String>> copy = new LinkedHashMap<>();
		breakdowns.forEach((category, options) -> {
			if (options.isEmpty() || !Breakdown.NAME.matcher(category).matches()) {
				throw new IllegalArgumentException("A breakdown needs a category key and at least one option: " + category);
			}
			copy.put(category, List.copyOf(options));
		});
		breakdowns = Collections.unmodifiableMap(copy);
		if ((kind == Kind.CALCULATED) != (calculation != null)) {
			throw new IllegalArgumentException("A calculation is given exactly for a calculated indicator");
		}
		if ((kind == Kind.PLATFORM) != (platformSource != null)) {
			throw new IllegalArgumentException("A platform source is given exactly for an indicator the platform counts");
		}
		if (platformSource != null) {
			requireText(platformSource, "platform source");
		}
		if (verdictWindow < 1 || verdictWindow > 10) {
			throw new IllegalArgumentException("The verdict window is 1 to 10 values, not " + verdictWindow);
		}
		if (baseline != null && !baseline.period().isYear()) {
			throw new IllegalArgumentException("A baseline is a yearly value, not " + baseline.period());
		}
	}

	/** Whether a value of this indicator may be broken down so; the total always may. */
	public boolean allows(Breakdown breakdown) {
		return breakdown.options()
			.entrySet()
			.stream()
			.allMatch(e -> breakdowns.getOrDefault(e.getKey(), List.of()).contains(e.getValue()));
	}

	/** The categories this indicator's values may be broken down by. */
	public Set<String> categories() {
		return breakdowns.keySet();
	}

	private static void requireText(@Nullable String text, String what) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("A " + what + " is needed");
		}
	}

}
