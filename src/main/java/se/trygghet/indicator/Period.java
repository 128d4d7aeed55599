package se.trygghet.indicator;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time a value is for: a year ({@code 2023}), a half-year ({@code 2023H1}), a quarter ({@code 2023Q2}) or a month
 * ({@code 2023-05}). Periods are ordered by their first day, and a longer period before a shorter one that starts the
 * same day (2023, 2023H1, 2023Q1, 2023-01).
 */
public record Period(Type type, int year, int part) implements Comparable<Period> {

	public enum Type {

		YEAR(1), HALF_YEAR(2), QUARTER(4), MONTH(12);

		private final int partsPerYear;

		Type(int partsPerYear) {
			this.partsPerYear = partsPerYear;
		}

		int partsPerYear() {
			return partsPerYear;
		}

	}

	static final int FIRST_YEAR = 1900;

	static final int LAST_YEAR = 2100;

	private static final Pattern FORMAT = Pattern.compile("([0-9]{4})(?:(H)([12])|(Q)([1-4])|(-)([0-9]{2}))?");

	private static final Comparator<Period> ORDER = Comparator.comparing(Period::start)
		.thenComparing(Period::type);

	public Period {
		Objects.requireNonNull(type, "period type");
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new IllegalArgumentException("A period's year must lie between " + FIRST_YEAR + " and " + LAST_YEAR
					+ ", not " + year);
		}
		if (part < 1 || part > type.partsPerYear) {
			throw new IllegalArgumentException("A period of type " + type + " has no part " + part);
		}
	}

	public static Period year(int year) {
		return new Period(Type.YEAR, year, 1);
	}

	/** Reads the text form; lower-case h and q are accepted, and surrounding blanks ignored. */
	public static Period parse(String text) {
		Matcher m = FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT));
		if (!m.matches()) {
			throw new IllegalArgumentException(
					"A period is written 2023, 2023H1, 2023Q2 or 2023-05, not \"" + text + "\"");
		}
		int year = Integer.parseInt(m.group(1));
		if (m.group(2) != null) {
			return new Period(Type.HALF_YEAR, year, Integer.parseInt(m.group(3)));
		}
		if (m.group(4) != null) {
			return new Period(Type.QUARTER, year, Integer.parseInt(m.group(5)));
		}
		if (m.group(6) != null) {
			return new Period(Type.MONTH, year, Integer.parseInt(m.group(7)));
		}
		return year(year);
	}

	/** The first day of the period. */
	public LocalDate start() {
		return LocalDate.of(year, 1 + (part - 1) * 12 / type.partsPerYear, 1);
	}

	/** The first day after the period. */
	public LocalDate end() {
		return start().plusMonths(12 / type.partsPerYear);
	}

	/** The period of a coarser (or the same) type that this one lies in: 2023Q2 in 2023H1 and 2023. */
	Period within(Type coarser) {
		return new Period(coarser, year, (part - 1) * coarser.partsPerYear / type.partsPerYear + 1);
	}

	/** The periods of a finer (or the same) type this one is made of, in order: 2023H1 of 2023Q1 and 2023Q2. */
	java.util.List<Period> parts(Type finer) {
		int per = finer.partsPerYear / type.partsPerYear;
		return java.util.stream.IntStream.rangeClosed((part - 1) * per + 1, part * per)
			.mapToObj(p -> new Period(finer, year, p))
			.toList();
	}

	public boolean isYear() {
		return type == Type.YEAR;
	}

	@Override
	public int compareTo(Period other) {
		return ORDER.compare(this, other);
	}

	@Override
	public String toString() {
		return switch (type) {
			case YEAR -> String.valueOf(year);
			case HALF_YEAR -> year + "H" + part;
			case QUARTER -> year + "Q" + part;
			case MONTH -> year + "-" + (part < 10 ? "0" : "") + part;
		};
	}

}
