package se.trygghet.situation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;
import tools.jackson.databind.json.JsonMapper;

/**
 * Incidents on the map, grouped where they lie close together. The grouping is done on a square grid in SWEREF 99 TM
 * whose side follows the map's zoom, over this node's {@link IncidentProjection}, so the answer has at most a few hundred clusters however many
 * incidents the view holds: the browser never receives a million points. A cluster of one is shown as the incident
 * itself, with its category, time and severity, but never its description or who reported it. The rule is stated in
 * docs/HOTSPOTS.md.
 */
@Component
class IncidentClusters {

	static final int MIN_ZOOM = 0;

	static final int MAX_ZOOM = 22;

	/** The side of a cluster on the screen: about the size of its circle with room around it. */
	static final int CLUSTER_PIXELS = 60;

	/**
	 * Metres per pixel of Leaflet's Web Mercator at zoom 0 and 60° north, the middle of Sweden's latitudes; using one
	 * latitude keeps the grid still while the map is panned (the scale varies ±15 % between Malmö and Kiruna).
	 */
	static final double METRES_PER_PIXEL_AT_ZOOM_0 = 2 * Math.PI * 6_378_137 / 256 * Math.cos(Math.toRadians(60));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final AreaCatalog areas;

	private final IncidentProjection incidents;

	IncidentClusters(JdbcClient jdbc, AreaCatalog areas, IncidentProjection incidents) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.incidents = incidents;
	}

	/** A view of the map in WGS84 degrees, as Leaflet's {@code getBounds().toBBoxString()} gives it. */
	public record Bbox(double west, double south, double east, double north) {

		public Bbox {
			if (!(west >= -180 && east <= 180 && south >= -90 && north <= 90 && west < east && south < north)) {
				throw new IllegalArgumentException(
						"bbox must be west,south,east,north in degrees with west < east and south < north");
			}
		}

		static Bbox parse(String text) {
			String[] parts = text.split(",");
			if (parts.length != 4) {
				throw new IllegalArgumentException("bbox must be four numbers: west,south,east,north");
			}
			double[] v = new double[4];
			for (int i = 0; i < 4; i++) {
				try {
					v[i] = Double.parseDouble(parts[i].strip());
				}
				catch (NumberFormatException ex) {
					throw new IllegalArgumentException("bbox must be four numbers: west,south,east,north");
				}
			}
			return new Bbox(v[0], v[1], v[2], v[3]);
		}

	}

	/** A cluster, or with {@code count} 1 a single incident: position, and what the first incident of it was. */
	public record Cluster(double latitude, double longitude, long count, String category, Instant occurredAt, int severity,
			boolean demo) {
	}

	/** How many of the view's incidents lie in an area (the smallest one known around them; null for none). */
	public record AreaCount(@Nullable String area, long count) {
	}

	public record Clusters(int zoom, double cellSize, List<Cluster> clusters, List<AreaCount> byArea) {

		long total() {
			return clusters.stream().mapToLong(Cluster::count).sum();
		}

	}

	/** The side of the grid's squares at a zoom level, in metres. */
	static double cellSize(int zoom) {
		return CLUSTER_PIXELS * METRES_PER_PIXEL_AT_ZOOM_0 / Math.pow(2, zoom);
	}

	Clusters clusters(String municipality, HotSpots.IncidentFilter filter, Bbox bbox, int zoom) {
		if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) {
			throw new IllegalArgumentException("zoom must be between " + MIN_ZOOM + " and " + MAX_ZOOM);
		}
		double size = cellSize(zoom);
		Incidents in = incidents.current();
		Incidents.Selection rows = in.select(municipality, filter, true);
		// the view is the WGS84 box as stored (the SWEREF 99 TM box around it differs by the projection's slight
		// rotation and would take in more); the grid is in SWEREF 99 TM
		Map<GridCell, Group> groups = new LinkedHashMap<>();
		Map<Integer, long[]> perArea = new LinkedHashMap<>();
		int[] rank = categoryRanks(in);
		for (int i = rows.first; i < rows.end; i++) {
			if (!rows.test(i) || !(in.longitude[i] >= bbox.west() && in.longitude[i] <= bbox.east()
					&& in.latitude[i] >= bbox.south() && in.latitude[i] <= bbox.north())) {
				continue;
			}
			groups.computeIfAbsent(new GridCell((long) Math.floor(in.east[i] / size), (long) Math.floor(in.north[i] / size)),
					c -> new Group()).add(in, i, rank);
			perArea.computeIfAbsent(in.area[i], a -> new long[1])[0]++;
		}
		List<Cluster> clusters = new ArrayList<>(groups.size());
		for (Group g : groups.values()) {
			clusters.add(new Cluster(g.latitude / g.count, g.longitude / g.count, g.count, in.dictionary.categories()
				.get(g.category), in.occurredAt(g.earliest), g.severity, g.demo));
		}
		List<AreaCount> byArea = new ArrayList<>();
		perArea.forEach((area, count) -> byArea.add(new AreaCount(area < 0 ? null
				: areas.area(new AreaId(in.dictionary.areaIds().get(area))).map(AreaCatalog.AreaRef::name).orElse(null),
				count[0])));
		byArea.sort(Comparator.comparingLong(AreaCount::count).reversed()
			.thenComparing(a -> a.area() == null ? "\uffff" : a.area()));
		return new Clusters(zoom, size, clusters, byArea);
	}

	/**
	 * A cluster being gathered: the mean position, and the first category (in the database's order of the codes),
	 * the earliest time and the lowest severity among its incidents, which are the incident's own when it has one.
	 */
	private static final class Group {

		long count;

		double latitude;

		double longitude;

		int category = -1;

		int earliest = -1;

		int severity = Integer.MAX_VALUE;

		boolean demo;

		void add(Incidents in, int row, int[] rank) {
			count++;
			latitude += in.latitude[row];
			longitude += in.longitude[row];
			int c = in.categoryIndex(row);
			if (category < 0 || rank[c] < rank[category]) {
				category = c;
			}
			if (earliest < 0 || in.occurredMicros[row] < in.occurredMicros[earliest]) {
				earliest = row;
			}
			severity = Math.min(severity, in.severity(row));
			demo |= in.demo(row);
		}

	}

	/** Each category's place in the order the database sorts the codes (its collation), as the cluster's first. */
	private int[] categoryRanks(Incidents in) {
		List<String> sorted = new ArrayList<>(jdbc.sql("select code from incident_category order by code")
			.query(String.class)
			.list());
		List<String> codes = in.dictionary.categories();
		int[] rank = new int[codes.size()];
		for (int c = 0; c < rank.length; c++) {
			int at = sorted.indexOf(codes.get(c));
			rank[c] = at >= 0 ? at : sorted.size() + c;
		}
		return rank;
	}

	/**
	 * GeoJSON points in WGS84: {@code count} for a cluster; for a single incident also {@code category},
	 * {@code occurredAt} and {@code severity}; {@code demo} when any incident in it is demo data. The incidents per
	 * area go in {@code byArea}, the map's text alternative.
	 */
	static String geoJson(Clusters result) {
		List<Map<String, Object>> features = new ArrayList<>();
		for (Cluster c : result.clusters()) {
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("count", c.count());
			if (c.count() == 1) {
				properties.put("category", c.category());
				properties.put("occurredAt", c.occurredAt().toString());
				properties.put("severity", c.severity());
			}
			properties.put("demo", c.demo());
			features.add(Map.of("type", "Feature", "geometry",
					Map.of("type", "Point", "coordinates", List.of(round(c.longitude()), round(c.latitude()))),
					"properties", properties));
		}
		Map<String, Object> collection = new LinkedHashMap<>();
		collection.put("type", "FeatureCollection");
		collection.put("zoom", result.zoom());
		collection.put("cellSize", Math.round(result.cellSize() * 10) / 10.0);
		collection.put("total", result.total());
		collection.put("byArea", result.byArea()
			.stream()
			.map(a -> {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("area", a.area());
				row.put("count", a.count());
				return row;
			})
			.toList());
		collection.put("features", features);
		return JSON.writeValueAsString(collection);
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1e6) / 1e6;
	}

}
