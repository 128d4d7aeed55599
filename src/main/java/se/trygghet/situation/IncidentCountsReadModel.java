package se.trygghet.situation;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;

/**
 * Counts incidents in SQL wherever it can: an area zone is its area and every area under it, matched by id on the
 * (area, time) index; a shape zone fetches only the points in its bounding box (an index on the SWEREF coordinates)
 * and tests each against a prepared geometry, which is fast for many points.
 */
@Component
class IncidentCountsReadModel implements IncidentCounts {

	private static final GeometryFactory POINTS = new GeometryFactory();

	private static final int MAX_STRETCHES_PER_PASS = 31;

	private final JdbcClient jdbc;

	private final AreaCatalog areas;

	private final TransactionTemplate customPlans;

	IncidentCountsReadModel(JdbcClient jdbc, AreaCatalog areas, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.customPlans = new TransactionTemplate(transactions);
		this.customPlans.setReadOnly(true);
	}

	@Override
	public List<Category> categories() {
		return jdbc.sql("select code, name_sv, name_en from incident_category where active order by position")
			.query((rs, n) -> new Category(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	@Override
	public long count(Zone zone, LocalDate from, LocalDate to, Set<String> categories) {
		return counts(zone, List.of(new Stretch(from, to)), categories).get(0);
	}

	@Override
	public List<Long> counts(Zone zone, List<Stretch> stretches, Set<String> categories) {
		List<Stretch> counted = stretches.stream().filter(Stretch::holdsDays).distinct().toList();
		Map<Stretch, Long> totals = new HashMap<>();
		customPlans.executeWithoutResult(tx -> {
			// the days differ from call to call, and the generic plan PostgreSQL settles on after five calls of one
			// statement scanned the whole area for every span (118 ms instead of 22 for an evaluation's target)
			jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
			// the shape's rows carry one bit per stretch, so a pass counts at most 31 of them
			for (int first = 0; first < counted.size(); first += MAX_STRETCHES_PER_PASS) {
				List<Stretch> pass = counted.subList(first, Math.min(counted.size(), first + MAX_STRETCHES_PER_PASS));
				long[] found = zone instanceof InShape shape ? countInShape(shape, pass, categories)
						: countInAreas(withDescendants(((InArea) zone).area()), pass, categories);
				for (int i = 0; i < pass.size(); i++) {
					totals.put(pass.get(i), found[i]);
				}
			}
		});
		return stretches.stream().map(s -> totals.getOrDefault(s, 0L)).toList();
	}

	@Override
	public Optional<LocalDate> firstDay(String municipality, Set<String> categories) {
		// incident_period_ix (municipality, occurred_at) include (category): read in time order up to the first match
		return jdbc.sql("""
				select occurred_at from incident
				 where municipality = :municipality
				   and (cardinality(cast(:codes as text[])) = 0 or category = any(cast(:codes as text[])))
				 order by occurred_at limit 1
				""")
			.param("municipality", municipality)
			.param("codes", arrayLiteral(categories))
			.query(Timestamp.class)
			.optional()
			.map(t -> t.toInstant().atZone(SituationPictures.SWEDEN).toLocalDate());
	}

	/**
	 * An area's totals without months: one index scan on incident_area_time_ix over the span from the first day to the
	 * last, each stretch counted by its own filter.
	 */
	private long[] countInAreas(List<AreaId> areaIds, List<Stretch> stretches, Set<String> categories) {
		String ids = "{" + String.join(",", areaIds.stream().map(AreaId::toString).toList()) + "}";
		JdbcClient.StatementSpec sql = jdbc.sql("select " + eachStretch(stretches, i -> "count(*) filter (where " + within(i) + ")", ", ")
				+ """
				 from incident
				 where area_id = any(cast(:areas as uuid[])) and occurred_at >= :spanFrom and occurred_at < :spanTo
				   and (cardinality(cast(:codes as text[])) = 0 or category = any(cast(:codes as text[])))
				""")
			.param("areas", ids)
			.param("codes", arrayLiteral(categories));
		return bind(sql, stretches).query((rs, n) -> {
			long[] counts = new long[stretches.size()];
			for (int i = 0; i < counts.length; i++) {
				counts[i] = rs.getLong(i + 1);
			}
			return counts;
		}).single();
	}

	/**
	 * A shape's totals without months: the coordinates in its bounding box travel once, each with a bit per stretch it
	 * falls in, and are tested against the prepared shape in Java. No month is formatted per row, which for a
	 * displacement ring over a million incidents was most of the time, and the box is read once, not per stretch.
	 */
	private long[] countInShape(InShape shape, List<Stretch> stretches, Set<String> categories) {
		PreparedGeometry prepared = PreparedGeometryFactory.prepare(shape.sweref99());
		Envelope box = shape.sweref99().getEnvelopeInternal();
		long[] counts = new long[stretches.size()];
		Coordinate point = new Coordinate();
		JdbcClient.StatementSpec sql = jdbc.sql("select east, north, " + eachStretch(stretches, i -> "(case when " + within(i) + " then " + (1 << i) + " else 0 end)", " | ")
				+ """
				 from incident
				 where east between :minE and :maxE and north between :minN and :maxN
				   and occurred_at >= :spanFrom and occurred_at < :spanTo
				   and (cardinality(cast(:codes as text[])) = 0 or category = any(cast(:codes as text[])))
				""")
			.param("minE", box.getMinX())
			.param("maxE", box.getMaxX())
			.param("minN", box.getMinY())
			.param("maxN", box.getMaxY())
			.param("codes", arrayLiteral(categories));
		bind(sql, stretches).query(rs -> {
			point.x = rs.getDouble(1);
			point.y = rs.getDouble(2);
			if (prepared.covers(POINTS.createPoint(point))) {
				int in = rs.getInt(3);
				for (int i = 0; i < counts.length; i++) {
					if ((in & (1 << i)) != 0) {
						counts[i]++;
					}
				}
			}
		});
		return counts;
	}

	/** The condition that a row falls in the i-th stretch, bound by {@link #bind}. */
	private static String within(int i) {
		return "(occurred_at >= :from" + i + " and occurred_at < :to" + i + ")";
	}

	private static String eachStretch(List<Stretch> stretches, IntFunction<String> part, String separator) {
		return IntStream.range(0, stretches.size()).mapToObj(part).collect(Collectors.joining(separator));
	}

	/** Binds each stretch's days and the span from the first day of any to the last. */
	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, List<Stretch> stretches) {
		sql = sql.param("spanFrom", timestamp(stretches.stream().map(Stretch::from).min(LocalDate::compareTo).orElseThrow()))
			.param("spanTo", timestamp(stretches.stream().map(Stretch::to).max(LocalDate::compareTo).orElseThrow()));
		for (int i = 0; i < stretches.size(); i++) {
			sql = sql.param("from" + i, timestamp(stretches.get(i).from())).param("to" + i, timestamp(stretches.get(i).to()));
		}
		return sql;
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
