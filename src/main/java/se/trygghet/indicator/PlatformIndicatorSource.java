package se.trygghet.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.trygghet.area.AreaId;

/**
 * Counts something the platform itself records for an indicator, e.g. reports of unsafe places or the actors taking
 * part in forums. A module that records such things implements this as a bean; the indicator module finds it by its
 * key and never depends on that module. The keys an indicator may name are listed in {@code PlatformSources}.
 * <p>
 * "No data collected" is missing, never 0: a period wholly before {@link #firstData()} is stored as missing whatever
 * {@link #read} says, and a source answers {@link Reading#noData()} for a later period it has nothing for.
 */
public interface PlatformIndicatorSource {

	/** The registered key, e.g. {@code unsafe-place-reports}. */
	String key();

	/** What is counted, in Swedish, e.g. "Rapporter om otrygga platser". */
	String name();

	/**
	 * The first day the platform had data for this source (e.g. the first report, the first recorded membership), or
	 * empty while it has none. A period wholly before this day has no value; the period that holds it counts from it.
	 */
	Optional<LocalDate> firstData();

	/** The indicator's value for the period in the area (the area and everything under it). */
	Reading read(Period period, AreaId area);

	/** Whether what is counted includes data invented for a demo, so the values are marked as demo data too. */
	default boolean includesDemoData() {
		return false;
	}

	/**
	 * What a source says for one period and area: a value (with how many answered, for a survey), a value withheld
	 * because too few answered, no data, or not measured here at all (e.g. forums for a single district), which is
	 * stored as nothing rather than as missing.
	 */
	record Reading(Kind kind, @Nullable BigDecimal value, @Nullable Integer respondents) {

		public enum Kind {

			VALUE, WITHHELD, NO_DATA, NOT_MEASURED

		}

		public Reading {
			Objects.requireNonNull(kind, "kind");
			if ((value != null) != (kind == Kind.VALUE)) {
				throw new IllegalArgumentException("Only a " + Kind.VALUE + " reading has a value: " + kind);
			}
			if (respondents != null && respondents < 0) {
				throw new IllegalArgumentException("Respondents cannot be negative: " + respondents);
			}
		}

		public static Reading count(long count) {
			return new Reading(Kind.VALUE, BigDecimal.valueOf(count), null);
		}

		/** A value from this many answers (null when it is not a survey). */
		public static Reading value(BigDecimal value, @Nullable Integer respondents) {
			return new Reading(Kind.VALUE, value, respondents);
		}

		/** Answers there were, but too few to show anything of them. */
		public static Reading withheld(int respondents) {
			return new Reading(Kind.WITHHELD, null, respondents);
		}

		public static Reading noData() {
			return new Reading(Kind.NO_DATA, null, null);
		}

		public static Reading notMeasured() {
			return new Reading(Kind.NOT_MEASURED, null, null);
		}

	}

}
