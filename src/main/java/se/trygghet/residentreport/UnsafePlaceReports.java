package se.trygghet.residentreport;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;
import se.trygghet.indicator.Period;
import se.trygghet.indicator.PlatformIndicatorSource;

/**
 * The plan's count of residents' reports of unsafe places: reports made in the period (the municipality's time) in the area or
 * any area under it. A report staff marked as a duplicate of another is not counted again, and "same problem" presses
 * are followers, not reports, so each problem counts once. The platform has data from the day of the first report
 * (the reporting function's first day in use): a year before it has no value, and from then on a year without
 * reports in an area is a true 0 for that area.
 */
@Component
class UnsafePlaceReports implements PlatformIndicatorSource {

	private final JdbcClient jdbc;

	private final AreaCatalog areas;

	/** The municipality's zone (the platform clock's), in which a period's days begin and end. */
	private final ZoneId zone;

	UnsafePlaceReports(JdbcClient jdbc, AreaCatalog areas, Clock clock) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.zone = clock.getZone();
	}

	@Override
	public String key() {
		return "unsafe-place-reports";
	}

	@Override
	public String name() {
		return "Rapporter om otrygga platser";
	}

	@Override
	public Optional<LocalDate> firstData() {
		Timestamp first = jdbc.sql("select min(reported_at) from resident_report").query(Timestamp.class).single();
		return Optional.ofNullable(first).map(at -> at.toInstant().atZone(zone).toLocalDate());
	}

	@Override
	public Reading read(Period period, AreaId area) {
		return Reading.count(count(period, area));
	}

	/** A demo report among those counted makes every value demo data. */
	@Override
	public boolean includesDemoData() {
		return jdbc.sql("select exists (select 1 from resident_report where demo)").query(Boolean.class).single();
	}

	/** How many reports were made in the period in the area. */
	long count(Period period, AreaId area) {
		return jdbc.sql("""
				select count(*) from resident_report
				 where duplicate_of is null and area_id = any(:areas)
				   and reported_at >= :from and reported_at < :to
				""")
			.param("areas", withDescendants(area).toArray(UUID[]::new))
			.param("from", Timestamp.from(period.start().atStartOfDay(zone).toInstant()))
			.param("to", Timestamp.from(period.end().atStartOfDay(zone).toInstant()))
			.query(Long.class)
			.single();
	}

	private List<UUID> withDescendants(AreaId area) {
		Set<UUID> seen = new LinkedHashSet<>();
		Deque<AreaId> todo = new ArrayDeque<>(List.of(area));
		while (!todo.isEmpty()) {
			AreaId next = todo.pop();
			if (seen.add(next.value())) {
				areas.children(next).forEach(child -> todo.push(child.id()));
			}
		}
		return new ArrayList<>(seen);
	}

}
