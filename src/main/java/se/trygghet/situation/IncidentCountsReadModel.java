package se.trygghet.situation;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;

/**
 * Counts incidents in SQL wherever it can: an area zone is its area and every area under it, matched by id on the
 * (area, time) index and grouped by month in the database; a shape zone fetches only the points in its bounding box
 * (an index on the SWEREF coordinates) and tests each against a prepared geometry, which is fast for many points.
 */
@Component
class IncidentCountsReadModel implements IncidentCounts {

	private static final GeometryFactory POINTS = new GeometryFactory();

	private final JdbcClient jdbc;

	private final AreaCatalog areas;

	IncidentCountsReadModel(JdbcClient jdbc, AreaCatalog areas) {
		this.jdbc = jdbc;
		this.areas = areas;
	}

	@Override
	public List<Category> categories() {
		return jdbc.sql("select code, name_sv, name_en from incident_category where active order by position")
			.query((rs, n) -> new Category(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	@Override
	public long count(Zone zone, LocalDate from, LocalDate to, Set<String> categories) {
		if (!to.isAfter(from)) {
			return 0;
		}
		if (zone instanceof InShape shape) {
			return countInShape(shape, from, to, categories);
		}
		if (zone instanceof InArea inArea) {
			// a total needs no months: one index-only count on incident_area_time_ix
			String ids = "{" + String.join(",", withDescendants(inArea.area()).stream().map(AreaId::toString).toList()) + "}";
			return jdbc.sql("""
					select count(*) from incident
					 where area_id = any(cast(:areas as uuid[])) and occurred_at >= :from and occurred_at < :to
					   and (cardinality(cast(:codes as text[])) = 0 or category = any(cast(:codes as text[])))
					""")
				.param("areas", ids)
				.param("from", timestamp(from))
				.param("to", timestamp(to))
				.param("codes", arrayLiteral(categories))
				.query(Long.class)
				.single();
		}
		return perMonth(zone, from, to, categories).values().stream().mapToLong(Long::longValue).sum();
	}

	/**
	 * A shape's total without its months: only the coordinates travel (an index-only scan of incident_sweref_ix), and
	 * no month is formatted per row, which for a displacement ring over a million incidents was most of the time.
	 */
	private long countInShape(InShape shape, LocalDate from, LocalDate to, Set<String> categories) {
		PreparedGeometry prepared = PreparedGeometryFactory.prepare(shape.sweref99());
		Envelope box = shape.sweref99().getEnvelopeInternal();
		long[] covered = { 0 };
		Coordinate point = new Coordinate();
		jdbc.sql("""
				select east, north from incident
				 where east between :minE and :maxE and north between :minN and :maxN
				   and occurred_at >= :from and occurred_at < :to
				   and (cardinality(cast(:codes as text[])) = 0 or category = any(cast(:codes as text[])))
				""")
			.param("minE", box.getMinX())
			.param("maxE", box.getMaxX())
			.param("minN", box.getMinY())
			.param("maxN", box.getMaxY())
			.param("from", timestamp(from))
			.param("to", timestamp(to))
			.param("codes", arrayLiteral(categories))
			.query(rs -> {
				point.x = rs.getDouble(1);
				point.y = rs.getDouble(2);
				if (prepared.covers(POINTS.createPoint(point))) {
					covered[0]++;
				}
			});
		return covered[0];
	}

	@Override
	public SortedMap<YearMonth, Long> perMonth(Zone zone, LocalDate from, LocalDate to, Set<String> categories) {
		SortedMap<YearMonth, Long> months = new TreeMap<>();
		if (!to.isAfter(from)) {
			return months;
		}
		for (YearMonth m = YearMonth.from(from); !m.atDay(1).isAfter(to.minusDays(1)); m = m.plusMonths(1)) {
			months.put(m, 0L);
		}
		String codes = arrayLiteral(categories);
		if (zone instanceof InArea inArea) {
			String ids = "{" + String.join(",", withDescendants(inArea.area()).stream().map(AreaId::toString).toList()) + "}";
			jdbc.sql("""
					select to_char(occurred_at at time zone 'Europe/Stockholm', 'YYYY-MM'), count(*) from incident
					 where area_id = any(cast(:areas as uuid[])) and occurred_at >= :from and occurred_at < :to
					   and (cardinality(cast(:codes as text[])) = 0 or category = any(cast(:codes as text[])))
					 group by 1
					""")
				.param("areas", ids)
				.param("from", timestamp(from))
				.param("to", timestamp(to))
				.param("codes", codes)
				.query(rs -> {
					months.merge(YearMonth.parse(rs.getString(1)), rs.getLong(2), Long::sum);
				});
			return months;
		}
		InShape shape = (InShape) zone;
		PreparedGeometry prepared = PreparedGeometryFactory.prepare(shape.sweref99());
		Envelope box = shape.sweref99().getEnvelopeInternal();
		jdbc.sql("""
				select east, north, to_char(occurred_at at time zone 'Europe/Stockholm', 'YYYY-MM') from incident
				 where east between :minE and :maxE and north between :minN and :maxN
				   and occurred_at >= :from and occurred_at < :to
				   and (cardinality(cast(:codes as text[])) = 0 or category = any(cast(:codes as text[])))
				""")
			.param("minE", box.getMinX())
			.param("maxE", box.getMaxX())
			.param("minN", box.getMinY())
			.param("maxN", box.getMaxY())
			.param("from", timestamp(from))
			.param("to", timestamp(to))
			.param("codes", codes)
			.query(rs -> {
				if (prepared.covers(POINTS.createPoint(new Coordinate(rs.getDouble(1), rs.getDouble(2))))) {
					months.merge(YearMonth.parse(rs.getString(3)), 1L, Long::sum);
				}
			});
		return months;
	}

	/** The categories as a PostgreSQL text array literal, each quoted, for {@code cast(:codes as text[])}. */
	private static String arrayLiteral(Set<String> categories) {
		return "{" + String.join(",", categories.stream()
			.map(c -> "\"" + c.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
			.toList()) + "}";
	}

	private List<AreaId> withDescendants(AreaId root) {
		List<AreaId> all = new ArrayList<>();
		Deque<AreaId> todo = new ArrayDeque<>(List.of(root));
		while (!todo.isEmpty()) {
			AreaId next = todo.pop();
			all.add(next);
			areas.children(next).forEach(child -> todo.push(child.id()));
		}
		return all;
	}

	private static Timestamp timestamp(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(SituationPictures.SWEDEN).toInstant());
	}

}
