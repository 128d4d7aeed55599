package se.trygghet.situation;

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
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaLevel;
import se.trygghet.area.Sweref99Point;
import se.trygghet.system.Caches;

/**
 * Hot spots of the municipality's incidents: counts per grid cell over a period, scored with Getis–Ord Gi*
 * ({@link GetisOrd}; formulas in docs/HOTSPOTS.md, explained in words on /situation/method). The study area is every
 * cell whose square (edges included) shares a point with the municipality's boundary, or, while it has none, with one
 * of its mapped areas: so every incident inside the municipality lies in a cell of the study area, even where the
 * cell's centre lies outside. An incident in no cell of the study area (possible only when the areas changed after it
 * was stored) is counted as left out and said so, never silently dropped. Incidents known only at municipality level
 * (no coordinates) are not counted in any cell. The same cells carry the kernel density view.
 *
 * <p>Incidents are counted from this node's {@link IncidentProjection}, and everything about the cells that does not
 * depend on the incidents (the study area, neighbourhoods, area names, squares in WGS84) from a {@link HotSpotGrid}
 * made once per cell size and area revision: a query costs a pass over its days of incidents and the statistics.
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

	/** Grids kept at once: one per cell size asked for lately (each holds its cells, names and squares). */
	private static final int GRIDS_KEPT = 8;

	private final AreaCatalog areas;

	private final IncidentProjection incidents;

	private final Map<List<Object>, HotSpotGrid> grids = new ConcurrentHashMap<>();

	/**
	 * The map's GeoJSON by query, area revision and projection version (cache {@code situation-hotspot-maps}), unless
	 * results are not kept ({@code app.situation.result-cache=false}, as the benchmarks run): the same map is asked
	 * for by everyone who opens the page. A write on any node changes the projection's version and so the key.
	 */
	private final Caches.@Nullable NamedCache maps;

	/**
	 * The analyses behind the maps, by the same key ({@code situation-hotspot-analyses}), for the page's table and
	 * the documents: the page and the API then read one result, so their figures agree. Fewer are kept, as each
	 * holds every cell of the study area.
	 */
	private final Caches.@Nullable NamedCache analyses;

	HotSpots(AreaCatalog areas, IncidentProjection incidents, Caches caches,
			@Value("${app.situation.result-cache:true}") boolean keepResults) {
		this.areas = areas;
		this.incidents = incidents;
		this.maps = keepResults ? caches.named("situation-hotspot-maps") : null;
		this.analyses = keepResults ? caches.named("situation-hotspot-analyses") : null;
	}

	/** {@link #analysis} as {@link #geoJson(String, Analysis)}, kept until the incidents or areas change. */
	byte[] geoJson(String municipality, Query query) {
		Incidents now = incidents.current();
		if (maps == null) {
			return geoJson(municipality, analyse(municipality, query, now));
		}
		return maps.get(key(municipality, query, now), () -> geoJson(municipality, analysis(municipality, query, now)));
	}

	/** {@link #analyse}, kept until the incidents or areas change. */
	Analysis analysis(String municipality, Query query) {
		return analysis(municipality, query, incidents.current());
	}

	private Analysis analysis(String municipality, Query query, Incidents now) {
		// without kept results no key is needed, nor the look at the area revision it takes
		if (analyses == null) {
			return analyse(municipality, query, now);
		}
		return analyses.get(key(municipality, query, now), () -> analyse(municipality, query, now));
	}

	private List<Object> key(String municipality, Query query, Incidents now) {
		return List.of(municipality, query, areas.revision(), now.version);
	}

	/**
	 * What an analysis found: for every cell of the study area (numbered by its grid) its count and, when the study
	 * area has at least two cells, its statistics; the incidents counted in them, and those that lie in no cell of
	 * it and were left out.
	 */
	public record Analysis(Query query, HotSpotGrid grid, int[] counts, GetisOrd.@Nullable Scores scores, long counted,
			long outside) {

		int studyAreaCells() {
			return grid.size();
		}

		/** Every cell with its statistics; none when the study area has fewer than two cells. */
		List<GetisOrd.CellStatistic> cells() {
			if (scores == null) {
				return List.of();
			}
			List<GetisOrd.CellStatistic> cells = new ArrayList<>(counts.length);
			for (int i = 0; i < counts.length; i++) {
				cells.add(statistic(i));
			}
			return cells;
		}

		int bin(int i) {
			return scores == null ? 0 : scores.bin()[i];
		}

		GetisOrd.CellStatistic statistic(int i) {
			GetisOrd.Scores s = java.util.Objects.requireNonNull(scores);
			return new GetisOrd.CellStatistic(grid.cell(i), counts[i], s.z()[i], s.p()[i], s.pFdr()[i], s.bin()[i]);
		}

		/** The significant cells, hot spots first, the strongest first: the order of every table of them. */
		List<GetisOrd.CellStatistic> significant() {
			List<GetisOrd.CellStatistic> found = new ArrayList<>();
			for (int i = 0; i < counts.length; i++) {
				if (bin(i) != 0) {
					found.add(statistic(i));
				}
			}
			found.sort(java.util.Comparator.comparingInt(GetisOrd.CellStatistic::bin)
				.reversed()
				.thenComparing(java.util.Comparator.comparingDouble(GetisOrd.CellStatistic::z).reversed())
				.thenComparingLong(s -> s.cell().column())
				.thenComparingLong(s -> s.cell().row()));
			return found;
		}

		long hotSpots() {
			long n = 0;
			for (int i = 0; i < counts.length; i++) {
				n += bin(i) > 0 ? 1 : 0;
			}
			return n;
		}

		long coldSpots() {
			long n = 0;
			for (int i = 0; i < counts.length; i++) {
				n += bin(i) < 0 ? 1 : 0;
			}
			return n;
		}

		/** The cells a map shows: those with incidents or a non-zero bin (the rest are quiet and many). */
		long shown() {
			long n = 0;
			for (int i = 0; i < counts.length; i++) {
				n += shown(i) ? 1 : 0;
			}
			return n;
		}

		boolean shown(int i) {
			return scores != null && (counts[i] != 0 || bin(i) != 0);
		}

	}

	public record Query(LocalDate from, LocalDate to, Set<String> categories, int cellSize, Set<Integer> weekdays,
			@org.jspecify.annotations.Nullable Hours hours) {

		public Query {
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
	public record Hours(int from, int to) {

		public Hours {
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

		/** Whether an hour of the day (0–23) is in the span. */
		boolean includes(int hour) {
			return from <= to ? hour >= from && hour <= to : hour >= from || hour <= to;
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
	public record IncidentFilter(LocalDate from, LocalDate to, Set<String> categories, Set<Integer> weekdays,
			@org.jspecify.annotations.Nullable Hours hours) {

		public IncidentFilter {
			if (!from.isBefore(to)) {
				throw new IllegalArgumentException("'from' must be before 'to'");
			}
			categories = Set.copyOf(categories);
			weekdays = Weekdays.check(weekdays);
		}

		IncidentFilter(LocalDate from, LocalDate to, Set<String> categories) {
			this(from, to, categories, Set.of(), null);
		}

	}

	/**
	 * Counts the incidents per cell, the cell of (E, N) being (⌊E / s⌋, ⌊N / s⌋), and scores the study area's cells.
	 * Incidents in a cell outside the study area are counted as left out.
	 */
	Analysis analyse(String municipality, Query query) {
		return analyse(municipality, query, incidents.current());
	}

	private Analysis analyse(String municipality, Query query, Incidents in) {
		HotSpotGrid grid = grid(municipality, query.cellSize());
		int n = grid.size();
		Incidents.Selection rows = in.select(municipality, query.filter(), true);
		// one addition per row of the period, without a branch: a row the filter leaves out adds 0, a row outside the
		// study area counts in slot n, one without a place in slot n + 1
		int[] cell = in.cells(grid);
		int[] key = in.key;
		byte[] allowed = rows.allowed;
		int[] tally = new int[n + 2];
		for (int i = rows.first; i < rows.end; i++) {
			tally[cell[i]] += allowed[key[i]];
		}
		int[] counts = java.util.Arrays.copyOf(tally, n);
		long counted = 0;
		for (int c : counts) {
			counted += c;
		}
		return new Analysis(query, grid, counts, n < 2 ? null : GetisOrd.giStar(counts, grid), counted, tally[n]);
	}

	/**
	 * The name of the area each cell lies in: the smallest area containing its centre, or, for a cell on the edge
	 * whose centre lies outside every area, the municipality's (the cell is in the study area because it overlaps it).
	 * The study area's cells have theirs from the grid.
	 */
	Map<GridCell, String> areaNames(String municipality, List<GridCell> cells, int cellSize) {
		HotSpotGrid grid = grid(municipality, cellSize);
		Map<GridCell, String> names = new HashMap<>();
		List<GridCell> others = new ArrayList<>();
		for (GridCell cell : cells) {
			int i = grid.index(cell);
			if (i >= 0) {
				names.put(cell, grid.name(i));
			}
			else {
				others.add(cell);
			}
		}
		List<String> found = locateNames(municipality, others, cellSize);
		for (int i = 0; i < others.size(); i++) {
			names.put(others.get(i), found.get(i));
		}
		return names;
	}

	private List<String> locateNames(String municipality, List<GridCell> cells, int cellSize) {
		if (cells.isEmpty()) {
			return List.of();
		}
		List<Sweref99Point> centres = cells.stream()
			.map(c -> new Sweref99Point(c.centreEast(cellSize), c.centreNorth(cellSize)))
			.toList();
		List<AreaCatalog.@org.jspecify.annotations.Nullable AreaRef> found = areas.locateAll(centres);
		String whole = areas.atLevel(municipality, AreaLevel.KOMMUN)
			.stream()
			.findFirst()
			.map(AreaCatalog.AreaRef::name)
			.orElse(municipality);
		List<String> names = new ArrayList<>(cells.size());
		for (AreaCatalog.AreaRef area : found) {
			names.add(area == null ? whole : area.name());
		}
		return names;
	}


	/** A kernel density surface: per cell of the study area with any density, incidents per square metre. */
	public record Density(int cellSize, int bandwidth, Map<GridCell, Double> perSquareMetre) {

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
		HotSpotGrid grid = grid(municipality, query.cellSize());
		Incidents in = incidents.current();
		Incidents.Selection rows = in.select(municipality, query.filter(), true);
		// incidents at the same place are one weighted point
		Map<Place, double[]> places = new java.util.LinkedHashMap<>();
		for (int i = rows.first; i < rows.end; i++) {
			if (rows.test(i)) {
				double e = in.east[i];
				double n = in.north[i];
				places.computeIfAbsent(new Place(e, n), p -> new double[] { e, n, 0 })[2]++;
			}
		}
		double[] density = new KernelDensity(bandwidth).atCellCentres(new ArrayList<>(places.values()), grid);
		Map<GridCell, Double> perSquareMetre = new java.util.LinkedHashMap<>();
		for (int i = 0; i < density.length; i++) {
			if (!Double.isNaN(density[i])) {
				perSquareMetre.put(grid.cell(i), density[i]);
			}
		}
		return new Density(query.cellSize(), bandwidth, perSquareMetre);
	}

	private record Place(double east, double north) {
	}

	/**
	 * The density cells as GeoJSON in WGS84 with {@code density} in incidents per km² and its {@code class}, and the
	 * classes' limits, so the legend states them in words.
	 */
	String densityGeoJson(String municipality, Density density) {
		HotSpotGrid grid = grid(municipality, density.cellSize());
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
			json.append(first ? "" : ",").append(grid.feature(grid.index(cell.getKey())));
			first = false;
			PrintfDecimals.general6(json.append(",\"density\":"), KernelDensity.perSquareKilometre(cell.getValue()))
				.append(",\"class\":")
				.append(Density.classOf(cell.getValue(), limits))
				.append("}}");
		}
		return json.append("]}").toString();
	}

	/**
	 * The cells as GeoJSON in WGS84, in UTF-8: those with incidents or a non-zero bin (the rest are quiet and many),
	 * each with the area it lies in; and the analysis's totals, which every other channel states the same. A year's
	 * answer is megabytes, so it is written as bytes from each cell's feature encoded once per grid: encoding it from
	 * one string per answer (twice, to learn its length first) cost more than the analysis.
	 */
	byte[] geoJson(String municipality, Analysis analysis) {
		HotSpotGrid grid = analysis.grid();
		int[] counts = analysis.counts();
		GetisOrd.Scores scores = analysis.scores();
		String opening = totals(analysis, new StringBuilder(256)).append(",\"features\":[").toString();
		// first the statistics of every cell shown and the answer's exact size, so that twenty analysts asking for a
		// year at once hold one array of its bytes each, not a growing one and its copy (1 GB of heap ran out so)
		// z decides p, p decides p_FDR and both the bin: cells of equal z share their formatted statistics, and a
		// year's map has far fewer distinct z than cells
		Map<Long, byte[]> formatted = new HashMap<>();
		byte[][] statistics = new byte[counts.length][];
		long size = opening.length() + 2;
		int shown = 0;
		for (int i = 0; i < counts.length; i++) {
			if (!analysis.shown(i)) {
				continue;
			}
			int cell = i;
			statistics[i] = formatted.computeIfAbsent(Double.doubleToRawLongBits(scores.z()[i]),
					z -> statistics(new StringBuilder(64), scores, cell).toString()
						.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			size += (shown == 0 ? 0 : 1) + grid.featureUtf8(i).length + COUNT.length() + digits(counts[i])
					+ statistics[i].length;
			shown++;
		}
		Utf8Buffer json = new Utf8Buffer(Math.toIntExact(size));
		json.ascii(opening);
		boolean first = true;
		StringBuilder count = new StringBuilder(24);
		for (int i = 0; i < counts.length; i++) {
			if (statistics[i] == null) {
				continue;
			}
			if (!first) {
				json.ascii(",");
			}
			first = false;
			json.write(grid.featureUtf8(i));
			count.setLength(0);
			json.ascii(count.append(COUNT).append(counts[i]));
			json.write(statistics[i]);
		}
		json.ascii("]}");
		return json.toByteArray();
	}

	private static final String COUNT = ",\"count\":";

	/**
	 * A cell's statistics as {@code ,"z":%.6f,"p":%.6g,"pFdr":%.6g,"bin":%d}} writes them ({@link PrintfDecimals}:
	 * the same bytes, without a Formatter).
	 */
	private static StringBuilder statistics(StringBuilder json, GetisOrd.Scores scores, int cell) {
		PrintfDecimals.fixed6(json.append(",\"z\":"), scores.z()[cell]);
		PrintfDecimals.general6(json.append(",\"p\":"), scores.p()[cell]);
		PrintfDecimals.general6(json.append(",\"pFdr\":"), scores.pFdr()[cell]);
		return json.append(",\"bin\":").append(scores.bin()[cell]).append("}}");
	}

	/** The digits of a count (never negative). */
	private static int digits(int n) {
		int digits = 1;
		for (int rest = n / 10; rest > 0; rest /= 10) {
			digits++;
		}
		return digits;
	}

	/**
	 * An array of UTF-8 bytes, unsynchronised (unlike ByteArrayOutputStream): a map writes some 50 000 pieces. It grows
	 * only if its first size was too small, and is given away without a copy when it was exact.
	 */
	private static final class Utf8Buffer {

		private byte[] bytes;

		private int size;

		Utf8Buffer(int capacity) {
			bytes = new byte[capacity];
		}

		void write(byte[] more) {
			room(more.length);
			System.arraycopy(more, 0, bytes, size, more.length);
			size += more.length;
		}

		/** Text known to be ASCII (numbers and the names of JSON members). */
		void ascii(CharSequence text) {
			room(text.length());
			for (int i = 0; i < text.length(); i++) {
				bytes[size++] = (byte) text.charAt(i);
			}
		}

		private void room(int more) {
			if (size + more > bytes.length) {
				bytes = java.util.Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + more));
			}
		}

		byte[] toByteArray() {
			return size == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, size);
		}

	}

	/**
	 * The analysis as the hot-spot map draws it: the totals every channel states, then the count and the bin of every
	 * cell of the study area in the grid's order ({@link #gridGeoJson}), so the map needs the squares once per cell
	 * size and then only these numbers for each selection.
	 */
	String countsJson(Analysis analysis) {
		int[] counts = analysis.counts();
		StringBuilder json = totals(analysis, new StringBuilder(64 + 6 * counts.length)).append(",\"grid\":");
		jsonString(json, analysis.grid().key);
		json.append(",\"counts\":[");
		for (int i = 0; i < counts.length; i++) {
			json.append(i == 0 ? "" : ",").append(counts[i]);
		}
		json.append("],\"bins\":[");
		for (int i = 0; i < counts.length; i++) {
			json.append(i == 0 ? "" : ",").append(analysis.bin(i));
		}
		return json.append("]}").toString();
	}

	/** The GeoJSON collection's opening with the analysis's totals, up to before its features. */
	private static StringBuilder totals(Analysis analysis, StringBuilder json) {
		return json.append("{\"type\":\"FeatureCollection\",\"cellSize\":")
			.append(analysis.query().cellSize())
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
			.append(analysis.coldSpots());
	}

	/**
	 * Every cell of the study area at a cell size as GeoJSON in WGS84, in the order of the counts of
	 * {@link #countsJson}: its id and square and the area it lies in. It changes only with the areas.
	 */
	HotSpotGrid grid(String municipality, int cellSize) {
		if (cellSize < MIN_CELL || cellSize > MAX_CELL) {
			throw new IllegalArgumentException("cellSize must be between " + MIN_CELL + " and " + MAX_CELL + " metres");
		}
		long revision = areas.revision();
		List<Object> key = List.of(municipality, cellSize, revision);
		HotSpotGrid found = grids.get(key);
		if (found != null) {
			return found;
		}
		synchronized (grids) {
			if (grids.size() >= GRIDS_KEPT) {
				grids.clear();
			}
			return grids.computeIfAbsent(key, k -> new HotSpotGrid(municipality + "-" + cellSize + "-" + revision,
					computeStudyArea(municipality, cellSize), cellSize, cells -> locateNames(municipality, cells, cellSize)));
		}
	}

	/** {@link #grid} as a GeoJSON FeatureCollection, its key stated as {@code grid}. */
	String gridGeoJson(HotSpotGrid grid) {
		StringBuilder json = new StringBuilder(64 + 240 * grid.size()).append("{\"type\":\"FeatureCollection\",\"grid\":");
		jsonString(json, grid.key);
		json.append(",\"cellSize\":").append(grid.cellSize).append(",\"features\":[");
		for (int i = 0; i < grid.size(); i++) {
			json.append(i == 0 ? "" : ",").append(grid.feature(i)).append("}}");
		}
		return json.append("]}").toString();
	}

	/** A JSON string: an area's name may hold quotes or backslashes. */
	static void jsonString(StringBuilder json, String text) {
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
