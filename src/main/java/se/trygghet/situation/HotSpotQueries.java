package se.trygghet.situation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.trygghet.incident.IncidentReporting;

/**
 * Reads a hot-spot query as the API and the page both take it, so the two answer the same question the same way: the
 * period (a year up to today by default), categories, ISO weekdays ({@code 6,7}) and hours ({@code 18-23},
 * {@code 22-4}), each checked. A value that cannot be used is refused with an IllegalArgumentException naming it.
 */
@Component
class HotSpotQueries {

	private final IncidentReporting reporting;

	private final Clock clock;

	HotSpotQueries(IncidentReporting reporting, Clock clock) {
		this.reporting = reporting;
		this.clock = clock;
	}

	HotSpots.Query query(@Nullable String from, @Nullable String to, @Nullable String categories, int cellSize,
			@Nullable String weekdays, @Nullable String hours) {
		HotSpots.IncidentFilter filter = filter(from, to, categories, weekdays, hours);
		return new HotSpots.Query(filter.from(), filter.to(), filter.categories(), cellSize, filter.weekdays(),
				filter.hours());
	}

	HotSpots.IncidentFilter filter(@Nullable String from, @Nullable String to, @Nullable String categories,
			@Nullable String weekdays, @Nullable String hours) {
		Set<String> wanted = categories == null || categories.isBlank() ? Set.of()
				: Arrays.stream(categories.split(",")).map(String::strip).collect(Collectors.toSet());
		if (!reporting.categories().containsAll(wanted)) {
			throw new IllegalArgumentException("Unknown category in 'categories'");
		}
		try {
			return new HotSpots.IncidentFilter(from == null || from.isBlank() ? defaultFrom() : LocalDate.parse(from),
					to == null || to.isBlank() ? defaultTo() : LocalDate.parse(to), wanted,
					HotSpots.Weekdays.parse(weekdays), hours == null || hours.isBlank() ? null : HotSpots.Hours.parse(hours));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("Dates must be given as YYYY-MM-DD");
		}
	}

	/** A year back from today. */
	LocalDate defaultFrom() {
		return LocalDate.now(clock).minusYears(1);
	}

	/** Tomorrow: the end is exclusive, so today is included. */
	LocalDate defaultTo() {
		return LocalDate.now(clock).plusDays(1);
	}

}
