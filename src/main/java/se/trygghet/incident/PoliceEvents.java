package se.trygghet.incident;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Polisen's published events of a period for the situation picture: counted per type for the whole municipality
 * beside the mean of the periods before, and listed with links to polisen.se. Never per area and never on a map:
 * an event's place is the municipality's centre.
 */
@Component
public class PoliceEvents {

	private final JdbcClient jdbc;

	private final PolisenFeed feed;

	private final ZoneId zone;

	PoliceEvents(JdbcClient jdbc, PolisenFeed feed, Clock clock) {
		this.zone = clock.getZone();
		this.jdbc = jdbc;
		this.feed = feed;
	}

	public record TypeCount(String type, @Nullable String categorySv, @Nullable String categoryEn, int count,
			double earlierMean) {
	}

	public record Event(LocalDateTime occurredAt, String type, String name, @Nullable String summary, @Nullable String url) {
	}

	public record LastRun(LocalDateTime startedAt, String state, int newEvents, int knownEvents, @Nullable String error) {
	}

	public record Summary(List<TypeCount> types, int total, double earlierMean, List<Event> events,
			@Nullable LastRun lastRun, boolean enabled) {
	}

	/** Days from {@code start} up to (not including) {@code end}, in the municipality's time. */
	public record Days(LocalDate start, LocalDate end) {
	}

	/** The events of a period, counted beside the mean of the periods before it. */
	public Summary summary(Days period, List<Days> before) {
		Map<String, Integer> now = counts(period.start(), period.end());
		Map<String, Integer> earlier = new HashMap<>();
		before.forEach(p -> counts(p.start(), p.end()).forEach((k, v) -> earlier.merge(k, v, Integer::sum)));
		int periodsBefore = Math.max(1, before.size());
		Map<String, String[]> categories = new HashMap<>();
		jdbc.sql("select code, name_sv, name_en from incident_category")
			.query(rs -> {
				categories.put(rs.getString(1), new String[] { rs.getString(2), rs.getString(3) });
			});
		Set<String> types = new LinkedHashSet<>(now.keySet());
		types.addAll(earlier.keySet());
		List<TypeCount> rows = new ArrayList<>();
		for (String type : types) {
			String[] category = categories.get(PolisenFeed.CATEGORIES.get(type));
			rows.add(new TypeCount(type, category == null ? null : category[0], category == null ? null : category[1],
					now.getOrDefault(type, 0), (double) earlier.getOrDefault(type, 0) / periodsBefore));
		}
		rows.sort(java.util.Comparator.comparingInt(TypeCount::count).reversed()
			.thenComparing(TypeCount::type, java.text.Collator.getInstance(java.util.Locale.forLanguageTag("sv-SE"))));
		int total = now.values().stream().mapToInt(Integer::intValue).sum();
		double earlierTotal = (double) earlier.values().stream().mapToInt(Integer::intValue).sum() / periodsBefore;
		List<Event> events = jdbc.sql("""
				select occurred_at, type, name, summary, url from police_event
				 where lower(location_name) = lower(:place) and occurred_at >= :from and occurred_at < :to
				 order by occurred_at desc, id desc limit 500
				""")
			.param("place", feed.municipalityName())
			.param("from", timestamp(period.start()))
			.param("to", timestamp(period.end()))
			.query((rs, n) -> new Event(local(rs.getTimestamp(1)), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
		LastRun last = jdbc.sql("""
				select started_at, state, new_events, known_events, error_message from police_fetch_run
				 where state <> 'RUNNING' order by started_at desc limit 1
				""")
			.query((rs, n) -> new LastRun(local(rs.getTimestamp(1)), rs.getString(2), rs.getInt(3), rs.getInt(4),
					rs.getString(5)))
			.optional()
			.orElse(null);
		return new Summary(rows, total, earlierTotal, events, last, feed.enabled());
	}

	private Map<String, Integer> counts(LocalDate from, LocalDate to) {
		Map<String, Integer> counts = new HashMap<>();
		jdbc.sql("""
				select type, count(*) from police_event
				 where lower(location_name) = lower(:place) and occurred_at >= :from and occurred_at < :to
				 group by type
				""")
			.param("place", feed.municipalityName())
			.param("from", timestamp(from))
			.param("to", timestamp(to))
			.query(rs -> {
				counts.put(rs.getString(1), rs.getInt(2));
			});
		return counts;
	}

	private LocalDateTime local(Timestamp at) {
		return LocalDateTime.ofInstant(at.toInstant(), zone).withNano(0);
	}

	private Timestamp timestamp(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(zone).toInstant());
	}

}
