package se.trygghet.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;
import se.trygghet.area.AreaLevel;
import se.trygghet.area.Sweref99Point;
import se.trygghet.area.Wgs84Point;
import se.trygghet.incident.IncidentReporting;

/**
 * Every count of the lägesbild reads the projection ({@link Incidents}) instead of the table; these are the counts the
 * SQL gave before it, asked with random filters over generated incidents that make the rules matter: points exactly
 * on cell lines and a hair below them, times on both sides of midnight and through both changes of summer time in
 * Swedish time, incidents without a place or without an area, another municipality, a category no longer listed,
 * demo data. The incidents lie in 2008 and early 2009, which no other test reads.
 */
@PlatformIntegrationTest
class IncidentProjectionTests {

	static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	static final LocalDate FIRST = LocalDate.of(2008, 1, 1);

	static final LocalDate END = LocalDate.of(2009, 3, 1);

	static final String[] CATEGORIES = { "skadegorelse", "klotter", "nedskrapning", "brand", "fordonsbrand",
			"ordningsstorning", "narkotika", "otrygg-plats", "hot-vald", "ovrigt", "utgangen-kategori" };

	static final String OTHER_MUNICIPALITY = "0180";

	static final int INCIDENTS = 4_000;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	AreaCatalog areas;

	@Autowired
	IncidentReporting reporting;

	@Autowired
	HotSpots hotSpots;

	@Autowired
	SituationPictures pictures;

	@Autowired
	IncidentCounts counts;

	@Autowired
	IncidentClusters clusters;

	final Random random = new Random(1980);

	@BeforeEach
	void incidents() {
		if (jdbc.sql("select exists (select 1 from incident where external_id like 'projection-%')")
			.query(Boolean.class)
			.single()) {
			return;
		}
		AreaCatalog.AreaRef kommun = areas.atLevel(reporting.municipality(), AreaLevel.KOMMUN).get(0);
		AreaCatalog.Bounds box = areas.bounds(kommun.id()).orElseThrow();
		List<AreaId> all = allAreas();
		Random r = new Random(2008);
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < INCIDENTS; i++) {
			Instant at = time(r);
			boolean placed = r.nextInt(20) != 0;
			Double east = null;
			Double north = null;
			Double latitude = null;
			Double longitude = null;
			UUID area = null;
			if (placed) {
				east = onOrNearLines(box.minEast() + r.nextDouble() * (box.maxEast() - box.minEast()), r);
				north = onOrNearLines(box.minNorth() + r.nextDouble() * (box.maxNorth() - box.minNorth()), r);
				Wgs84Point place = new Sweref99Point(east, north).toWgs84();
				latitude = place.latitude();
				longitude = place.longitude();
				int which = r.nextInt(10);
				if (which < 8) {
					area = areas.locate(new Sweref99Point(east, north)).map(a -> a.id().value()).orElse(null);
				}
				else if (which == 8) {
					area = all.get(r.nextInt(all.size())).value();
				}
			}
			rows.add(new Object[] { UUID.randomUUID(), r.nextInt(20) == 0 ? OTHER_MUNICIPALITY : reporting.municipality(),
					CATEGORIES[r.nextInt(33) == 0 ? CATEGORIES.length - 1 : r.nextInt(CATEGORIES.length - 1)],
					Timestamp.from(at), latitude, longitude, east, north, area, 1 + r.nextInt(3), "projection-" + i,
					r.nextInt(10) == 0 });
		}
		// as another node or a bulk load would write them: straight into the table
		jdbcTemplate.batchUpdate("""
				insert into incident (id, municipality, category, occurred_at, latitude, longitude, east, north, area_id,
				                      organisation, severity, source, external_id, reported_by, reported_at, demo)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'Test', ?, 'FILE', ?, 'test', now(), ?)
				""", rows);
	}

	/** A time in the data's months: a third at random, the rest near midnight or in the nights summer time changes. */
	static Instant time(Random r) {
		LocalDate day = FIRST.plusDays(r.nextInt((int) ChronoUnit.DAYS.between(FIRST, END)));
		switch (r.nextInt(6)) {
			case 0:
				// a microsecond either side of midnight in Sweden
				Instant midnight = day.atStartOfDay(SWEDEN).toInstant();
				return r.nextBoolean() ? midnight : midnight.minus(1, ChronoUnit.MICROS);
			case 1:
				// 30 March 2008: 02:00 does not exist; 26 October 2008: 02:00–03:00 happens twice
				Instant change = (r.nextBoolean() ? LocalDateTime.of(2008, 3, 30, 1, 0) : LocalDateTime.of(2008, 10, 26, 0, 0))
					.atZone(ZoneId.of("UTC"))
					.toInstant();
				return change.plus(r.nextInt(4 * 60) - 60, ChronoUnit.MINUTES).plus(r.nextInt(60), ChronoUnit.SECONDS);
			case 2:
				// around the top of an hour
				Instant hour = day.atTime(r.nextInt(24), 0).atZone(SWEDEN).toInstant();
				return r.nextBoolean() ? hour : hour.minus(1, ChronoUnit.MICROS);
			default:
				return day.atStartOfDay(SWEDEN).toInstant().plus(r.nextInt(86_400_000), ChronoUnit.MILLIS).plus(r.nextInt(1000),
						ChronoUnit.MICROS);
		}
	}

	/** A coordinate, or one exactly on a line of the 250, 500 and 1000 m grids, or just below such a line. */
	static double onOrNearLines(double value, Random r) {
		int kind = r.nextInt(10);
		if (kind == 0) {
			return Math.floor(value / 1000) * 1000;
		}
		if (kind == 1) {
			return Math.nextDown(Math.floor(value / 250) * 250);
		}
		if (kind == 2) {
			return Math.floor(value / 500) * 500 + 250;
		}
		return value;
	}

	List<AreaId> allAreas() {
		List<AreaId> all = new ArrayList<>();
		for (AreaLevel level : AreaLevel.values()) {
			areas.atLevel(reporting.municipality(), level).forEach(a -> all.add(a.id()));
		}
		return all;
	}

	HotSpots.IncidentFilter filter(Random r) {
		LocalDate from = FIRST.minusDays(10).plusDays(r.nextInt(440));
		LocalDate to = from.plusDays(1 + r.nextInt(r.nextBoolean() ? 14 : 400));
		Set<String> categories = new HashSet<>();
		if (r.nextBoolean()) {
			for (String c : CATEGORIES) {
				if (r.nextInt(3) == 0) {
					categories.add(c);
				}
			}
		}
		Set<Integer> weekdays = new HashSet<>();
		if (r.nextBoolean()) {
			for (int d = 1; d <= 7; d++) {
				if (r.nextBoolean()) {
					weekdays.add(d);
				}
			}
		}
		HotSpots.Hours hours = r.nextBoolean() ? null : new HotSpots.Hours(r.nextInt(24), r.nextInt(24));
		return new HotSpots.IncidentFilter(from, to, categories, weekdays, hours);
	}

	// ---------------------------------------------------------------------------------------------------------------
	// The counts as SQL gave them before the projection (the statements of HotSpots, IncidentClusters,
	// SituationPictures and IncidentCountsReadModel as they were).

	static String where(HotSpots.IncidentFilter f) {
		String local = "(occurred_at at time zone 'Europe/Stockholm')";
		String hour = "extract(hour from " + local + ")::int";
		return "municipality = :m and east is not null and occurred_at >= :from and occurred_at < :to"
				+ (f.categories().isEmpty() ? "" : " and category in (:categories)")
				+ (f.weekdays().isEmpty() ? "" : " and extract(isodow from " + local + ")::int in (:weekdays)")
				+ (f.hours() == null ? ""
						: " and " + (f.hours().from() <= f.hours().to() ? hour + " between :hourFrom and :hourTo"
								: "(" + hour + " >= :hourFrom or " + hour + " <= :hourTo)"));
	}

	static Map<String, Object> params(String municipality, HotSpots.IncidentFilter f) {
		Map<String, Object> params = new HashMap<>();
		params.put("m", municipality);
		params.put("from", Timestamp.from(f.from().atStartOfDay(SWEDEN).toInstant()));
		params.put("to", Timestamp.from(f.to().atStartOfDay(SWEDEN).toInstant()));
		if (!f.categories().isEmpty()) {
			params.put("categories", f.categories());
		}
		if (!f.weekdays().isEmpty()) {
			params.put("weekdays", f.weekdays());
		}
		if (f.hours() != null) {
			params.put("hourFrom", f.hours().from());
			params.put("hourTo", f.hours().to());
		}
		return params;
	}

	Map<GridCell, Integer> cellCountsInSql(String municipality, HotSpots.IncidentFilter f, int size) {
		Map<GridCell, Integer> found = new HashMap<>();
		jdbc.sql("select floor(east / :size)::bigint, floor(north / :size)::bigint, count(*) from incident where " + where(f)
				+ " group by 1, 2")
			.params(params(municipality, f))
			.param("size", size)
			.query(rs -> {
				found.put(new GridCell(rs.getLong(1), rs.getLong(2)), rs.getInt(3));
			});
		return found;
	}

	static Timestamp start(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(SWEDEN).toInstant());
	}

	// ---------------------------------------------------------------------------------------------------------------

	@Test
	void hotSpotsCountEveryCellAndWhatIsLeftOutExactlyAsTheSqlDidForRandomFilters() {
		long[] seen = new long[2];
		for (int i = 0; i < 60; i++) {
			HotSpots.IncidentFilter f = filter(random);
			int size = List.of(250, 500, 1000).get(random.nextInt(3));
			String municipality = random.nextInt(8) == 0 ? OTHER_MUNICIPALITY : reporting.municipality();
			HotSpots.Analysis analysis = hotSpots.analyse(municipality, new HotSpots.Query(f.from(), f.to(),
					f.categories(), size, f.weekdays(), f.hours()));
			Map<GridCell, Integer> sql = cellCountsInSql(municipality, f, size);
			long outside = 0;
			long counted = 0;
			for (Map.Entry<GridCell, Integer> cell : sql.entrySet()) {
				int at = analysis.grid().index(cell.getKey());
				if (at < 0) {
					outside += cell.getValue();
				}
				else {
					counted += cell.getValue();
					assertThat(analysis.counts()[at]).as("%s in %s", f, cell.getKey()).isEqualTo(cell.getValue());
				}
			}
			assertThat(analysis.counted()).as("%s", f).isEqualTo(counted);
			assertThat(analysis.outside()).as("%s", f).isEqualTo(outside);
			assertThat(java.util.Arrays.stream(analysis.counts()).asLongStream().sum()).isEqualTo(counted);
			seen[0] += counted;
			seen[1] += outside;
		}
		assertThat(seen).as("incidents counted in cells and left out over all the filters").doesNotContain(0L);
	}

	@Test
	void situationPicturesCountEveryAreaAndCategoryOfThePeriodItsComparisonsAndDemoDataAsTheSqlDid() {
		List<String> keys = new ArrayList<>();
		for (LocalDate d = FIRST.minusWeeks(1); d.isBefore(END.plusWeeks(1)); d = d.plusWeeks(1)) {
			keys.add(String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
		}
		keys.addAll(List.of("2008-Q1", "2008-Q2", "2008-Q4", "2009-Q1", "2008-T1", "2008-T3", "2009-T1", "2008", "2009"));
		java.util.Collections.shuffle(keys, random);
		for (String key : keys.subList(0, 30)) {
			SituationPeriod period = SituationPeriod.parse(key);
			String municipality = random.nextInt(6) == 0 ? OTHER_MUNICIPALITY : reporting.municipality();
			SituationPictures.Picture picture = pictures.picture(municipality, period);
			Map<List<Object>, Integer> now = pictureCountsInSql(municipality, List.of(period));
			Map<List<Object>, Integer> before = pictureCountsInSql(municipality, period.before());
			Map<List<Object>, Integer> yearEarlier = pictureCountsInSql(municipality, List.of(period.yearEarlier()));
			Set<Optional<UUID>> rows = new LinkedHashSet<>();
			for (Map<List<Object>, Integer> counts : List.of(now, before, yearEarlier)) {
				counts.keySet().forEach(k -> rows.add(Optional.ofNullable((UUID) k.get(0))));
			}
			assertThat(picture.rows()).extracting(r -> Optional.ofNullable(r.area()))
				.as(key)
				.containsExactlyInAnyOrderElementsOf(rows);
			int periodsBefore = period.before().size();
			for (SituationPictures.Row row : picture.rows()) {
				row.cells().forEach((category, cell) -> {
					List<Object> k = java.util.Arrays.asList(row.area(), category);
					assertThat(cell.count()).as("%s %s", key, k).isEqualTo(now.getOrDefault(k, 0));
					assertThat(cell.yearEarlier()).as("%s %s", key, k).isEqualTo(yearEarlier.getOrDefault(k, 0));
					assertThat(cell.earlierMean() * periodsBefore).as("%s %s", key, k)
						.isCloseTo(before.getOrDefault(k, 0), within(1e-9));
				});
			}
			LocalDate demoFrom = period.before().isEmpty() ? period.start()
					: period.before().get(period.before().size() - 1).start();
			assertThat(picture.anyDemo()).as(key).isEqualTo(jdbc.sql("""
					select exists (select 1 from incident where municipality = :m and demo
					                 and occurred_at >= :from and occurred_at < :to)
					""").param("m", municipality).param("from", start(demoFrom)).param("to", start(period.end()))
				.query(Boolean.class).single());
		}
	}

	Map<List<Object>, Integer> pictureCountsInSql(String municipality, List<SituationPeriod> periods) {
		Map<List<Object>, Integer> found = new HashMap<>();
		for (SituationPeriod p : periods) {
			jdbc.sql("""
					select area_id, category, count(*) from incident
					 where municipality = :m and occurred_at >= :from and occurred_at < :to group by 1, 2
					""")
				.param("m", municipality)
				.param("from", start(p.start()))
				.param("to", start(p.end()))
				.query(rs -> {
					found.merge(java.util.Arrays.asList(rs.getObject(1, UUID.class), rs.getString(2)), rs.getInt(3),
							Integer::sum);
				});
		}
		return found;
	}

	@Test
	void countsInAreasAndShapesForStretchesOfDaysAndTheFirstDayOfRecordsAreTheSqlsCounts() {
		List<AreaId> all = allAreas();
		long[] seen = new long[2];
		for (int i = 0; i < 60; i++) {
			Set<String> categories = filter(random).categories();
			List<IncidentCounts.Stretch> stretches = new ArrayList<>();
			for (int s = 0; s < 1 + random.nextInt(3); s++) {
				LocalDate from = FIRST.minusDays(20).plusDays(random.nextInt(450));
				stretches.add(new IncidentCounts.Stretch(from, from.plusDays(random.nextInt(200) - 5)));
			}
			AreaId area = all.get(random.nextInt(all.size()));
			assertThat(counts.counts(new IncidentCounts.InArea(area), stretches, categories))
				.as("%s %s %s", area, stretches, categories)
				.isEqualTo(stretches.stream().map(s -> inAreaInSql(area, s, categories)).toList());
			Geometry shape = shape(all);
			List<Long> inShape = counts.counts(new IncidentCounts.InShape(shape), stretches, categories);
			assertThat(inShape).as("%s %s %s", shape, stretches, categories)
				.isEqualTo(stretches.stream().map(s -> inShapeInSql(shape, s, categories)).toList());
			seen[0] += counts.counts(new IncidentCounts.InArea(area), stretches, categories).stream().mapToLong(n -> n).sum();
			seen[1] += inShape.stream().mapToLong(n -> n).sum();
		}
		assertThat(seen).as("incidents counted in areas and in shapes over all the questions").doesNotContain(0L);
		for (int i = 0; i < 20; i++) {
			Set<String> categories = filter(random).categories();
			for (String municipality : List.of(reporting.municipality(), OTHER_MUNICIPALITY, "0000")) {
				assertThat(counts.firstDay(municipality, categories)).as("%s %s", municipality, categories)
					.isEqualTo(jdbc.sql("""
							select occurred_at from incident
							 where municipality = :m and (cardinality(cast(:codes as text[])) = 0
							       or category = any(cast(:codes as text[])))
							 order by occurred_at limit 1
							""")
						.param("m", municipality)
						.param("codes", categories.toArray(String[]::new))
						.query(Timestamp.class)
						.optional()
						.map(t -> t.toInstant().atZone(SWEDEN).toLocalDate()));
			}
		}
	}

	/** A ring around a district, a district itself, or a circle somewhere in the municipality. */
	Geometry shape(List<AreaId> all) {
		Optional<Geometry> boundary = areas.boundary(all.get(random.nextInt(all.size())));
		int kind = random.nextInt(3);
		if (kind == 0 && boundary.isPresent()) {
			return boundary.get().buffer(100 + random.nextInt(500)).difference(boundary.get());
		}
		if (kind == 1 && boundary.isPresent()) {
			return boundary.get();
		}
		AreaCatalog.Bounds box = areas.bounds(areas.atLevel(reporting.municipality(), AreaLevel.KOMMUN).get(0).id())
			.orElseThrow();
		return new GeometryFactory().createPoint(new Coordinate(
				box.minEast() + random.nextDouble() * (box.maxEast() - box.minEast()),
				box.minNorth() + random.nextDouble() * (box.maxNorth() - box.minNorth())))
			.buffer(500 + random.nextInt(5000));
	}

	long inAreaInSql(AreaId root, IncidentCounts.Stretch s, Set<String> categories) {
		if (!s.holdsDays()) {
			return 0;
		}
		List<UUID> ids = new ArrayList<>();
		java.util.Deque<AreaId> todo = new java.util.ArrayDeque<>(List.of(root));
		while (!todo.isEmpty()) {
			AreaId next = todo.pop();
			ids.add(next.value());
			areas.children(next).forEach(c -> todo.push(c.id()));
		}
		return jdbc.sql("""
				select count(*) from incident
				 where area_id = any(cast(:areas as uuid[])) and occurred_at >= :from and occurred_at < :to
				   and (cardinality(cast(:codes as text[])) = 0 or category = any(cast(:codes as text[])))
				""")
			.param("areas", ids.toArray(UUID[]::new))
			.param("from", start(s.from()))
			.param("to", start(s.to()))
			.param("codes", categories.toArray(String[]::new))
			.query(Long.class)
			.single();
	}

	long inShapeInSql(Geometry shape, IncidentCounts.Stretch s, Set<String> categories) {
		if (!s.holdsDays()) {
			return 0;
		}
		PreparedGeometry prepared = PreparedGeometryFactory.prepare(shape);
		GeometryFactory points = new GeometryFactory();
		var box = shape.getEnvelopeInternal();
		long[] found = new long[1];
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
			.param("from", start(s.from()))
			.param("to", start(s.to()))
			.param("codes", categories.toArray(String[]::new))
			.query(rs -> {
				if (prepared.covers(points.createPoint(new Coordinate(rs.getDouble(1), rs.getDouble(2))))) {
					found[0]++;
				}
			});
		return found[0];
	}

	@Test
	void mapClustersGroupAndCountTheViewsIncidentsAsTheSqlDid() {
		AreaCatalog.Bounds box = areas.bounds(areas.atLevel(reporting.municipality(), AreaLevel.KOMMUN).get(0).id())
			.orElseThrow();
		long seen = 0;
		for (int i = 0; i < 30; i++) {
			HotSpots.IncidentFilter f = filter(random);
			int zoom = 8 + random.nextInt(8);
			Wgs84Point a = new Sweref99Point(box.minEast() + random.nextDouble() * (box.maxEast() - box.minEast()),
					box.minNorth() + random.nextDouble() * (box.maxNorth() - box.minNorth())).toWgs84();
			double width = 0.02 + random.nextDouble() * 0.5;
			double height = 0.01 + random.nextDouble() * 0.25;
			IncidentClusters.Bbox view = new IncidentClusters.Bbox(a.longitude() - width / 2, a.latitude() - height / 2,
					a.longitude() + width / 2, a.latitude() + height / 2);
			IncidentClusters.Clusters found = clusters.clusters(reporting.municipality(), f, view, zoom);

			Map<String, Object> params = new HashMap<>(params(reporting.municipality(), f));
			params.put("west", view.west());
			params.put("eastLon", view.east());
			params.put("south", view.south());
			params.put("northLat", view.north());
			params.put("size", IncidentClusters.cellSize(zoom));
			String inView = where(f) + " and longitude between :west and :eastLon and latitude between :south and :northLat";
			List<String> sql = jdbc.sql("select count(*), min(category), min(occurred_at), min(severity), bool_or(demo), "
					+ "avg(latitude), avg(longitude) from incident where " + inView
					+ " group by floor(east / :size), floor(north / :size)")
				.params(params)
				.query((rs, n) -> cluster(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getInt(4),
						rs.getBoolean(5), rs.getDouble(6), rs.getDouble(7)))
				.list();
			assertThat(found.clusters()).extracting(c -> cluster(c.count(), c.category(), c.occurredAt(), c.severity(),
					c.demo(), c.latitude(), c.longitude()))
				.as("%s %s %s", f, view, zoom)
				.containsExactlyInAnyOrderElementsOf(sql);
			Map<String, Long> byArea = new HashMap<>();
			jdbc.sql("select a.name, count(*) from incident i left join area a on a.id = i.area_id where "
					+ inView.replace("municipality", "i.municipality") + " group by a.name")
				.params(params)
				.query(rs -> {
					byArea.merge(String.valueOf(rs.getString(1)), rs.getLong(2), Long::sum);
				});
			Map<String, Long> counted = new HashMap<>();
			found.byArea().forEach(c -> counted.merge(String.valueOf(c.area()), c.count(), Long::sum));
			assertThat(counted).as("%s %s", f, view).isEqualTo(byArea);
			seen += found.total();
		}
		assertThat(seen).as("incidents in the views over all the questions").isPositive();
	}

	/** A cluster as text, its mean position to a millimetre (the sums run in another order). */
	static String cluster(long count, String category, Instant first, int severity, boolean demo, double latitude,
			double longitude) {
		return String.format(java.util.Locale.ROOT, "%d %s %s %d %b %.8f %.8f", count, category, first, severity, demo,
				latitude, longitude);
	}

	@Test
	void theDayHourAndWeekdayOfAnIncidentAreThoseOfTheSwedishClockAcrossMidnightAndSummerTime() {
		Incidents.Builder rows = new Incidents.Builder(Incidents.Dictionary.EMPTY, 0, SWEDEN.getRules());
		int m = rows.municipality("1980");
		int c = rows.category("klotter");
		// 00:30 UTC on 26 October 2008 is 02:30 summer time; 01:30 UTC the second 02:30, in winter time
		for (String utc : List.of("2008-10-26T00:30:00Z", "2008-10-26T01:30:00Z", "2008-03-30T00:59:59.999999Z",
				"2008-03-30T01:00:00Z", "2008-12-31T22:59:59.999999Z", "2008-12-31T23:00:00Z")) {
			Instant at = Instant.parse(utc);
			rows.add(m, c, at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000, Double.NaN, Double.NaN, Double.NaN,
					Double.NaN, -1, 1, false);
		}
		Incidents built = rows.build(1);
		List<String> local = new ArrayList<>();
		for (int i = 0; i < built.size; i++) {
			LocalDate day = LocalDate.ofEpochDay(built.day[i]);
			local.add(day + " " + DayOfWeek.of(built.hourOfWeek(i) / 24 + 1) + " " + built.hourOfWeek(i) % 24);
		}
		assertThat(local).containsExactly("2008-03-30 SUNDAY 1", "2008-03-30 SUNDAY 3", "2008-10-26 SUNDAY 2",
				"2008-10-26 SUNDAY 2", "2008-12-31 WEDNESDAY 23", "2009-01-01 THURSDAY 0");
	}

}
