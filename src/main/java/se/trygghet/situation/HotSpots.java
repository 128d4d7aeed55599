package se.trygghet.situation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaLevel;
import se.trygghet.area.Sweref99Point;
import se.trygghet.area.Wgs84Point;

/**
 * Hot spots of the municipality's incidents: counts per grid cell over a period, scored with Getis–Ord Gi*
 * ({@link GetisOrd}; formulas in docs/HOTSPOTS.md, explained in words on /situation/method). The study area is every
 * cell whose square (edges included) shares a point with the municipality's boundary, or, while it has none, with one
 * of its mapped areas: so every incident inside the municipality lies in a cell of the study area, even where the
 * cell's centre lies outside. An incident in no cell of the study area (possible only when the areas changed after it
 * was stored) is counted as left out and said so, never silently dropped. Incidents known only at municipality level
 * (no coordinates) are not counted in any cell. The same cells carry the kernel density view.
 */
@Component
class HotSpots {

	static final int MIN_CELL = 100;

	static final int MAX_CELL = 5_000;

	/** Above this the analysis would be slow and the map unreadable; a bigger cell is the answer. */
	static final int MAX_CELLS = 200_000;

	static final int MIN_BANDWIDTH = 100;

	static final int MAX_BANDWIDTH = 5_000;

	/** A wider kernel than this many cells costs much and shows little the Gi* map does not. */
	static final int MAX_BANDWIDTH_IN_CELLS = 20;

	private final JdbcClient jdbc;

	private final AreaCatalog areas;

	private final Map<List<Object>, Set<GridCell>> studyAreas = new ConcurrentHashMap<>();

	private final IncidentChanges changes;

	/**
	 * The map's GeoJSON by query, area revision and incident changes: a year over a million incidents takes about a
	 * second to aggregate and score, and the same map is asked for by everyone who opens the page.
	 */
	private final RecentResults<List<Object>, String> maps;

	/**
	 * The analyses behind the maps, by the same key, for the page's table and the documents: the page and the API
	 * then read one result, so their figures agree. Fewer are kept, as each holds every cell of the study area.
	 */
	private final RecentResults<List<Object>, Analysis> analyses;

	HotSpots(JdbcClient jdbc, AreaCatalog areas, IncidentChanges changes, Clock clock) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.changes = changes;
		this.maps = new RecentResults<>(clock, Duration.ofSeconds(RESULT_SECONDS), 50);
		this.analyses = new RecentResults<>(clock, Duration.ofSeconds(RESULT_SECONDS), 10);
	}

	/** How long a map is kept at most, which is how late another node's new incidents may show on this one's map. */
	static final int RESULT_SECONDS = 60;

	/** {@link #analysis} as {@link #geoJson(String, Analysis)}, kept until the incidents or areas change. */
	String geoJson(String municipality, Query query) {
		return maps.get(key(municipality, query), () -> geoJson(municipality, analysis(municipality, query)));
	}

	/** {@link #analyse}, kept until the incidents or areas change. */
	Analysis analysis(String municipality, Query query) {
		return analyses.get(key(municipality, query), () -> analyse(municipality, query));
	}

	private List<Object> key(String municipality, Query query) {
		return List.of(municipality, query, areas.revision(), changes.version());
	}

	/**
	 * What an analysis found: every cell of the study area with its statistics (none when the study area has fewer
	 * than two cells), how many cells the study area has, the incidents counted in them, and those that lie in no cell
	 * of it and were left out.
	 */
	record Analysis(Query query, List<GetisOrd.CellStatistic> cells, int studyAreaCells, long counted, long outside) {

		Analysis {
			cells = List.copyOf(cells);
		}

		/** The significant cells, hot spots first, the strongest first: the order of every table of them. */
		List<GetisOrd.CellStatistic> significant() {
			return cells.stream()
				.filter(s -> s.bin() != 0)
				.sorted(java.util.Comparator.comparingInt(GetisOrd.CellStatistic::bin)
					.reversed()
					.thenComparing(java.util.Comparator.comparingDouble(GetisOrd.CellStatistic::z).reversed())
					.thenComparingLong(s -> s.cell().column())
					.thenComparingLong(s -> s.cell().row()))
				.toList();
		}

		long hotSpots() {
			return cells.stream().filter(s -> s.bin() > 0).count();
		}

		long coldSpots() {
			return cells.stream().filter(s -> s.bin() < 0).count();
		}

		/** The cells a map shows: those with incidents or a non-zero bin (the rest are quiet and many). */
		long shown() {
			return cells.stream().filter(HotSpots::shown).count();
		}

	}

	static boolean shown(GetisOrd.CellStatistic s) {
		return s.count() != 0 || s.bin() != 0;
	}

	record Query(LocalDate from, LocalDate to, Set<String> categories, int cellSize, Set<Integer> weekdays,
			@org.jspecify.annotations.Nullable Hours hours) {

		Query {
			if (!from.isBefore(to)) {
				throw new IllegalArgumentException("'from' must be before 'to'");
			}
			if (cellSize < MIN_CELL || cellSize > MAX_CELL) {
				throw new IllegalArgumentException("cellSize must be between " + MIN_CELL + " and " + MAX_CELL + " metres");
			}
			categories = Set.copyOf(categories);
			weekdays = Weekdays.check(weekdays);
		}

		/** Every weekday and hour. */
		Query(LocalDate from, LocalDate to, Set<String> categories, int cellSize) {
			this(from, to, categories, cellSize, Set.of(), null);
		}

		IncidentFilter filter() {
			return new IncidentFilter(from, to, categories, weekdays, hours);
		}

	}

	/**
	 * A span of hours of the day in Swedish time, both ends included: 18–23 is the evening, 22–4 crosses midnight.
	 */
	record Hours(int from, int to) {

		Hours {
			if (from < 0 || from > 23 || to < 0 || to > 23) {
				throw new IllegalArgumentException("hours must be given as two hours 0-23, e.g. 18-23 or 22-4");
			}
		}

		static Hours parse(String text) {
			String[] parts = text.strip().split("-");
			try {
				if (parts.length == 2) {
					return new Hours(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
				}
			}
			catch (NumberFormatException ex) {
				// answered below with the same message as any other malformed span
			}
			throw new IllegalArgumentException("hours must be given as two hours 0-23, e.g. 18-23 or 22-4");
		}

		String condition(String hour) {
			return from <= to ? hour + " between :hourFrom and :hourTo" : "(" + hour + " >= :hourFrom or " + hour + " <= :hourTo)";
		}

	}

	/** ISO weekdays, 1 (Monday) to 7 (Sunday); none means every day. */
	static final class Weekdays {

		private Weekdays() {
		}

		static Set<Integer> check(Set<Integer> days) {
			if (days.stream().anyMatch(d -> d < 1 || d > 7)) {
				throw new IllegalArgumentException("weekdays must be ISO weekdays 1 (Monday) to 7 (Sunday)");
			}
			return Set.copyOf(days);
		}

		static Set<Integer> parse(@org.jspecify.annotations.Nullable String text) {
			if (text == null || text.isBlank()) {
				return Set.of();
			}
			try {
				return check(java.util.Arrays.stream(text.split(",")).map(String::strip).map(Integer::valueOf)
					.collect(java.util.stream.Collectors.toSet()));
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("weekdays must be ISO weekdays 1 (Monday) to 7 (Sunday)");
			}
		}

	}

	/**
	 * Which incidents an analysis or map layer counts: those with coordinates that occurred from the first day up to
	 * (not including) the last, in Swedish time, of the given categories (all when none is given).
	 */
	record IncidentFilter(LocalDate from, LocalDate to, Set<String> categories, Set<Integer> weekdays,
			@org.jspecify.annotations.Nullable Hours hours) {

		IncidentFilter {
			if (!from.isBefore(to)) {
				throw new IllegalArgumentException("'from' must be before 'to'");
			}
			categories = Set.copyOf(categories);
			weekdays = Weekdays.check(weekdays);
		}

		IncidentFilter(LocalDate from, LocalDate to, Set<String> categories) {
			this(from, to, categories, Set.of(), null);
		}

		/** The condition on table {@code incident}, with parameters {@code m}, {@code from}, {@code to}. */
		String where() {
			// weekday and hour in Swedish time, as the analysts and the EST group read the clock
			String local = "(occurred_at at time zone 'Europe/Stockholm')";
			return "municipality = :m and east is not null and occurred_at >= :from and occurred_at < :to"
					+ (categories.isEmpty() ? "" : " and category in (:categories)")
					+ (weekdays.isEmpty() ? "" : " and extract(isodow from " + local + ")::int in (:weekdays)")
					+ (hours == null ? "" : " and " + hours.condition("extract(hour from " + local + ")::int"));
		}

		Map<String, Object> params(String municipality) {
			Map<String, Object> params = new HashMap<>();
			params.put("m", municipality);
			params.put("from", Timestamp.from(from.atStartOfDay(SituationPictures.SWEDEN).toInstant()));
			params.put("to", Timestamp.from(to.atStartOfDay(SituationPictures.SWEDEN).toInstant()));
			if (!categories.isEmpty()) {
				params.put("categories", categories);
			}
			if (!weekdays.isEmpty()) {
				params.put("weekdays", weekdays);
			}
			if (hours != null) {
				params.put("hourFrom", hours.from());
				params.put("hourTo", hours.to());
			}
			return params;
		}

	}

	/**
	 * Counts the incidents per cell, the cell of (E, N) being (⌊E / s⌋, ⌊N / s⌋), and scores the study area's cells.
	 * Incidents in a cell outside the study area are counted as left out.
	 */
	Analysis analyse(String municipality, Query query) {
		Set<GridCell> study = studyArea(municipality, query.cellSize());
		Map<GridCell, Integer> counts = new HashMap<>();
		long[] counted = new long[2];
		IncidentFilter filter = query.filter();
		jdbc.sql("select floor(east / :size)::bigint, floor(north / :size)::bigint, count(*) from incident where "
				+ filter.where() + " group by 1, 2")
			.params(filter.params(municipality))
			.param("size", query.cellSize())
			.query(rs -> {
			GridCell cell = new GridCell(rs.getLong(1), rs.getLong(2));
			if (study.contains(cell)) {
				counts.put(cell, rs.getInt(3));
				counted[0] += rs.getInt(3);
			}
			else {
				counted[1] += rs.getInt(3);
			}
		});
		return new Analysis(query, study.size() < 2 ? List.of() : GetisOrd.giStar(counts, study), study.size(),
				counted[0], counted[1]);
	}

	/**
	 * The name of the area each cell lies in: the smallest area containing its centre, or, for a cell on the edge
	 * whose centre lies outside every area, the municipality's (the cell is in the study area because it overlaps it).
	 */
	Map<GridCell, String> areaNames(String municipality, List<GridCell> cells, int cellSize) {
		List<Sweref99Point> centres = cells.stream()
			.map(c -> new Sweref99Point(c.centreEast(cellSize), c.centreNorth(cellSize)))
			.toList();
		List<AreaCatalog.@org.jspecify.annotations.Nullable AreaRef> found = areas.locateAll(centres);
		String whole = areas.atLevel(municipality, AreaLevel.KOMMUN)
			.stream()
			.findFirst()
			.map(AreaCatalog.AreaRef::name)
			.orElse(municipality);
		Map<GridCell, String> names = new HashMap<>();
		for (int i = 0; i < cells.size(); i++) {
			AreaCatalog.AreaRef area = found.get(i);
			names.put(cells.get(i), area == null ? whole : area.name());
		}
		return names;
	}

	/**
	 * The areas a hot-spot map outlines: the municipality's districts (stadsdelar, or kommundelar where none are
	 * mapped), then the municipality itself.
	 */
	List<AreaCatalog.AreaRef> outlinedAreas(String municipality) {
		List<AreaCatalog.AreaRef> parts = areas.atLevel(municipality, AreaLevel.STADSDEL)
			.stream()
			.filter(AreaCatalog.AreaRef::mapped)
			.toList();
		if (parts.isEmpty()) {
			parts = areas.atLevel(municipality, AreaLevel.KOMMUNDEL).stream().filter(AreaCatalog.AreaRef::mapped).toList();
		}
		List<AreaCatalog.AreaRef> outlined = new ArrayList<>(parts);
		areas.atLevel(municipality, AreaLevel.KOMMUN).stream().filter(AreaCatalog.AreaRef::mapped).forEach(outlined::add);
		return outlined;
	}

	/**
	 * {@link #outlinedAreas} as GeoJSON in WGS84, for a Leaflet map to draw as vectors, with or without tiles; kept until
	 * the areas change, as every opening of the map and of the incident form asks for it.
	 */
	String outlinesGeoJson(String municipality) {
		List<Object> key = List.of(municipality, areas.revision());
		Outlines kept = outlines;
		if (kept == null || !kept.key().equals(key)) {
			kept = new Outlines(key, areas.geoJson(outlinedAreas(municipality).stream().map(AreaCatalog.AreaRef::id).toList()));
			outlines = kept;
		}
		return kept.geoJson();
	}

	private record Outlines(List<Object> key, String geoJson) {
	}

	private volatile @org.jspecify.annotations.Nullable Outlines outlines;

	/** A kernel density surface: per cell of the study area with any density, incidents per square metre. */
	record Density(int cellSize, int bandwidth, Map<GridCell, Double> perSquareMetre) {

		static final int CLASSES = 5;

		/**
		 * The upper limits of the five classes: quintiles of the cells' densities, the last one the highest. Crime
		 * densities are skewed (a few cells very high, most low), so classes of equal width would paint nearly every
		 * cell in the lowest one; with quintiles each colour covers about a fifth of the cells with any density.
		 */
		double[] limits() {
			double[] values = perSquareMetre.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
			double[] limits = new double[CLASSES];
			for (int k = 1; k <= CLASSES; k++) {
				limits[k - 1] = values.length == 0 ? 0 : values[(int) Math.ceil((double) k * values.length / CLASSES) - 1];
			}
			return limits;
		}

		/** Class k (1–5) holds densities above the limit of class k − 1 (0 for class 1) up to its own. */
		static int classOf(double value, double[] limits) {
			for (int k = 1; k < CLASSES; k++) {
				if (value <= limits[k - 1]) {
					return k;
				}
			}
			return CLASSES;
		}

	}

	/**
	 * Kernel density (quartic kernel, {@link KernelDensity}) at the centre of each cell of the study area. Incidents at
	 * the same place are read as one weighted point, so the cost grows with the number of distinct places.
	 */
	Density density(String municipality, Query query, int bandwidth) {
		if (bandwidth < MIN_BANDWIDTH || bandwidth > MAX_BANDWIDTH) {
			throw new IllegalArgumentException(
					"bandwidth must be between " + MIN_BANDWIDTH + " and " + MAX_BANDWIDTH + " metres");
		}
		if (bandwidth > MAX_BANDWIDTH_IN_CELLS * query.cellSize() || 2 * bandwidth < query.cellSize()) {
			throw new IllegalArgumentException("bandwidth must be between half a cell and " + MAX_BANDWIDTH_IN_CELLS
					+ " cells; choose another bandwidth or cell size");
		}
		Set<GridCell> study = studyArea(municipality, query.cellSize());
		IncidentFilter filter = query.filter();
		List<double[]> points = jdbc.sql("select east, north, count(*) from incident where " + filter.where()
				+ " group by east, north")
			.params(filter.params(municipality))
			.query((rs, n) -> new double[] { rs.getDouble(1), rs.getDouble(2), rs.getLong(3) })
			.list();
		return new Density(query.cellSize(), bandwidth,
				new KernelDensity(bandwidth).atCellCentres(points, query.cellSize(), study));
	}

	/**
	 * The density cells as GeoJSON in WGS84 with {@code density} in incidents per km² and its {@code class}, and the
	 * classes' limits, so the legend states them in words.
	 */
	String densityGeoJson(Density density) {
		double[] limits = density.limits();
		StringBuilder json = new StringBuilder(64 * 1024).append("{\"type\":\"FeatureCollection\",\"cellSize\":")
			.append(density.cellSize())
			.append(",\"bandwidth\":")
			.append(density.bandwidth())
			.append(",\"unit\":\"incidents per km²\",\"kernel\":\"quartic\",\"classes\":[");
		for (int k = 1; k <= Density.CLASSES; k++) {
			json.append(k == 1 ? "" : ",")
				.append(String.format(Locale.ROOT, "{\"class\":%d,\"from\":%.6g,\"to\":%.6g}", k,
						k == 1 ? 0 : KernelDensity.perSquareKilometre(limits[k - 2]),
						KernelDensity.perSquareKilometre(limits[k - 1])));
		}
		json.append("],\"features\":[");
		boolean first = true;
		for (Map.Entry<GridCell, Double> cell : density.perSquareMetre().entrySet()) {
			json.append(first ? "" : ",");
			first = false;
			cellFeature(json, cell.getKey(), density.cellSize());
			json.append(String.format(Locale.ROOT, "\"density\":%.6g,\"class\":%d}}",
					KernelDensity.perSquareKilometre(cell.getValue()), Density.classOf(cell.getValue(), limits)));
		}
		return json.append("]}").toString();
	}

	/** Opens a cell's feature, its square in WGS84 included, up to the inside of its properties. */
	private static void cellFeature(StringBuilder json, GridCell cell, int cellSize) {
		long c = cell.column();
		long r = cell.row();
		json.append("{\"type\":\"Feature\",\"id\":\"").append(c).append('-').append(r)
			.append("\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[");
		long[][] corners = { { c, r }, { c + 1, r }, { c + 1, r + 1 }, { c, r + 1 }, { c, r } };
		for (int i = 0; i < corners.length; i++) {
			Wgs84Point corner = new Sweref99Point(corners[i][0] * (double) cellSize, corners[i][1] * (double) cellSize)
				.toWgs84();
			json.append(i == 0 ? "[" : ",[");
			sixDecimals(json, corner.longitude()).append(',');
			sixDecimals(json, corner.latitude()).append(']');
		}
		json.append("]]},\"properties\":{");
	}

	/**
	 * The cells as GeoJSON in WGS84: those with incidents or a non-zero bin (the rest are quiet and many), each with
	 * the area it lies in; and the analysis's totals, which every other channel states the same.
	 */
	String geoJson(String municipality, Analysis analysis) {
		int cellSize = analysis.query().cellSize();
		List<GetisOrd.CellStatistic> shown = analysis.cells().stream().filter(HotSpots::shown).toList();
		Map<GridCell, String> names = areaNames(municipality, shown.stream().map(GetisOrd.CellStatistic::cell).toList(),
				cellSize);
		StringBuilder json = new StringBuilder(64 * 1024).append("{\"type\":\"FeatureCollection\",\"cellSize\":")
			.append(cellSize)
			.append(",\"studyAreaCells\":")
			.append(analysis.studyAreaCells())
			.append(",\"incidents\":")
			.append(analysis.counted())
			.append(",\"outsideStudyArea\":")
			.append(analysis.outside())
			.append(",\"significantCells\":")
			.append(analysis.hotSpots() + analysis.coldSpots())
			.append(",\"hotSpots\":")
			.append(analysis.hotSpots())
			.append(",\"coldSpots\":")
			.append(analysis.coldSpots())
			.append(",\"features\":[");
		boolean first = true;
		for (GetisOrd.CellStatistic s : shown) {
			json.append(first ? "" : ",");
			first = false;
			cellFeature(json, s.cell(), cellSize);
			json.append("\"area\":");
			jsonString(json, names.get(s.cell()));
			json.append(String.format(Locale.ROOT, ",\"count\":%d,\"z\":%.6f,\"p\":%.6g,\"pFdr\":%.6g,\"bin\":%d",
						s.count(), s.z(), s.p(), s.pFdr(), s.bin()))
				.append("}}");
		}
		return json.append("]}").toString();
	}

	/** A JSON string: an area's name may hold quotes or backslashes. */
	private static void jsonString(StringBuilder json, String text) {
		json.append('"');
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20) {
				json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
			}
			else {
				json.append(c);
			}
		}
		json.append('"');
	}

	/**
	 * A coordinate with six decimals (about 0.1 m), as {@code %.6f} writes it but without a Formatter: a year's map has
	 * some twenty thousand cells of five corners each, and formatting them was a good part of computing the map.
	 */
	static StringBuilder sixDecimals(StringBuilder out, double value) {
		long micro = Math.round(Math.abs(value) * 1_000_000);
		if (Double.doubleToRawLongBits(value) < 0) {
			out.append('-');
		}
		String fraction = Long.toString(micro % 1_000_000);
		out.append(micro / 1_000_000).append('.');
		for (int i = fraction.length(); i < 6; i++) {
			out.append('0');
		}
		return out.append(fraction);
	}

	private Set<GridCell> studyArea(String municipality, int cellSize) {
		List<Object> key = List.of(municipality, cellSize, areas.revision());
		return studyAreas.computeIfAbsent(key, k -> {
			if (studyAreas.size() > 50) {
				studyAreas.clear();
			}
			return computeStudyArea(municipality, cellSize);
		});
	}

	private Set<GridCell> computeStudyArea(String municipality, int cellSize) {
		Optional<AreaCatalog.AreaRef> kommun = areas.atLevel(municipality, AreaLevel.KOMMUN)
			.stream()
			.filter(AreaCatalog.AreaRef::mapped)
			.findFirst();
		List<AreaCatalog.AreaRef> mapped = kommun.map(List::of).orElseGet(() -> {
			List<AreaCatalog.AreaRef> all = new ArrayList<>();
			for (AreaLevel level : AreaLevel.values()) {
				areas.atLevel(municipality, level).stream().filter(AreaCatalog.AreaRef::mapped).forEach(all::add);
			}
			return all;
		});
		Set<GridCell> cells = new HashSet<>();
		for (AreaCatalog.AreaRef area : mapped) {
			AreaCatalog.Bounds b = areas.bounds(area.id()).orElseThrow();
			long c0 = (long) Math.floor(b.minEast() / cellSize);
			long c1 = (long) Math.floor(b.maxEast() / cellSize);
			long r0 = (long) Math.floor(b.minNorth() / cellSize);
			long r1 = (long) Math.floor(b.maxNorth() / cellSize);
			if ((c1 - c0 + 1) * (r1 - r0 + 1) > MAX_CELLS) {
				throw new IllegalArgumentException("Too many cells at " + cellSize + " m; choose a larger cell size");
			}
			// every cell that shares a point with the area, not only those whose centre lies in it: a cell on the
			// border holds incidents inside the municipality however little of it lies there
			Geometry boundary = areas.boundary(area.id()).orElseThrow();
			PreparedGeometry prepared = PreparedGeometryFactory.prepare(boundary);
			GeometryFactory factory = boundary.getFactory();
			for (long c = c0; c <= c1; c++) {
				for (long r = r0; r <= r1; r++) {
					GridCell cell = new GridCell(c, r);
					if (!cells.contains(cell) && prepared.intersects(factory.toGeometry(new Envelope(c * (double) cellSize,
							(c + 1) * (double) cellSize, r * (double) cellSize, (r + 1) * (double) cellSize)))) {
						cells.add(cell);
					}
				}
			}
		}
		return cells;
	}

}
