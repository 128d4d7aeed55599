package se.trygghet.situation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * A stretch of time a situation picture covers — an ISO week ({@code 2026-W48}), a quarter ({@code 2026-Q4}), a
 * tertial ({@code 2026-T3}) or a year ({@code 2026}) — and what it is compared with: a week with the four weeks
 * before it, the others with the one period before; each also with the same period a year earlier.
 */
record SituationPeriod(String key, LocalDate start, LocalDate end, List<SituationPeriod> before,
		SituationPeriod yearEarlier) {

	/** How many weeks before a week its picture compares it with. */
	static final int WEEKS_BEFORE = 4;

	private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

	private static final Pattern TERTIAL = Pattern.compile("(\\d{4})-T([1-3])");

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");

	static SituationPeriod parse(String key) {
		Matcher m;
		if ((m = WEEK.matcher(key)).matches()) {
			return week(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), true);
		}
		if ((m = QUARTER.matcher(key)).matches()) {
			return months(key, Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 3, "Q", true);
		}
		if ((m = TERTIAL.matcher(key)).matches()) {
			return months(key, Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 4 + 1, 4, "T", true);
		}
		if ((m = YEAR.matcher(key)).matches()) {
			return months(key, Integer.parseInt(m.group(1)), 1, 12, "", true);
		}
		throw new IllegalArgumentException("Not a period: " + key);
	}

	static SituationPeriod weekOf(LocalDate day) {
		return week(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), true);
	}

	private static SituationPeriod week(int year, int week, boolean withComparisons) {
		if (week < 1 || week > weeksIn(year)) {
			throw new IllegalArgumentException("No week " + week + " in " + year);
		}
		LocalDate monday = LocalDate.of(year, 1, 4)
			.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		if (monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) != week || week < 1) {
			throw new IllegalArgumentException("No week " + week + " in " + year);
		}
		String key = String.format("%04d-W%02d", year, week);
		if (!withComparisons) {
			return new SituationPeriod(key, monday, monday.plusWeeks(1), List.of(), null);
		}
		List<SituationPeriod> before = java.util.stream.IntStream.rangeClosed(1, WEEKS_BEFORE)
			.mapToObj(i -> weekOf(monday.minusWeeks(i), false))
			.toList();
		// week 53 has no twin in a year of 52 weeks: compare with that year's last week
		int weekLastYear = Math.min(week, weeksIn(year - 1));
		return new SituationPeriod(key, monday, monday.plusWeeks(1), before, week(year - 1, weekLastYear, false));
	}

	private static SituationPeriod weekOf(LocalDate day, boolean withComparisons) {
		return week(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), withComparisons);
	}

	private static int weeksIn(int year) {
		return (int) LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
	}

	private static SituationPeriod months(String key, int year, int firstMonth, int length, String kind,
			boolean withComparisons) {
		LocalDate start = LocalDate.of(year, firstMonth, 1);
		LocalDate end = start.plusMonths(length);
		if (!withComparisons) {
			return new SituationPeriod(key, start, end, List.of(), null);
		}
		LocalDate previousStart = start.minusMonths(length);
		String previousKey = kind.isEmpty() ? String.valueOf(previousStart.getYear())
				: previousStart.getYear() + "-" + kind + ((previousStart.getMonthValue() - 1) / length + 1);
		SituationPeriod previous = months(previousKey, previousStart.getYear(), previousStart.getMonthValue(), length,
				kind, false);
		String lastYearKey = kind.isEmpty() ? String.valueOf(year - 1) : (year - 1) + key.substring(4);
		return new SituationPeriod(key, start, end, List.of(previous),
				months(lastYearKey, year - 1, firstMonth, length, kind, false));
	}

	public boolean isWeek() {
		return key.contains("-W");
	}

	public SituationPeriod next() {
		return isWeek() ? weekOf(end) : parse(nextKey());
	}

	public SituationPeriod previous() {
		return isWeek() ? weekOf(start.minusDays(1)) : parse(before.get(0).key());
	}

	private String nextKey() {
		int length = (int) java.time.temporal.ChronoUnit.MONTHS.between(start, end);
		String kind = length == 3 ? "Q" : length == 4 ? "T" : "";
		return kind.isEmpty() ? String.valueOf(end.getYear())
				: end.getYear() + "-" + kind + ((end.getMonthValue() - 1) / length + 1);
	}

	/**
	 * Binds a period written as its key, e.g. a path variable: a key that is no period fails the binding (400), never
	 * the request (500).
	 */
	@Component
	static final class FromKey implements Converter<String, SituationPeriod> {

		@Override
		public SituationPeriod convert(String key) {
			return parse(key.strip());
		}

	}

}
