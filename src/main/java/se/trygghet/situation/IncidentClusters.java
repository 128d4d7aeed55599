package se.trygghet.situation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;
import tools.jackson.databind.json.JsonMapper;

/**
 * Incidents on the map, grouped where they lie close together. The grouping is done in the database on a square grid
 * in SWEREF 99 TM whose side follows the map's zoom, so the answer has at most a few hundred clusters however many
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

	IncidentClusters(JdbcClient jdbc, AreaCatalog areas) {
		this.jdbc = jdbc;
		this.areas = areas;
	}

	/** A view of the map in WGS84 degrees, as Leaflet's {@code getBounds().toBBoxString()} gives it. */
	record Bbox(double west, double south, double east, double north) {

		Bbox {
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
	record Cluster(double latitude, double longitude, long count, String category, Instant occurredAt, int severity,
			boolean demo) {
	}

	/** How many of the view's incidents lie in an area (the smallest one known around them; null for none). */
	record AreaCount(@Nullable String area, long count) {
	}

	record Clusters(int zoom, double cellSize, List<Cluster> clusters, List<AreaCount> byArea) {

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
		// the SWEREF 99 TM box around the view finds the rows through incident_sweref_ix; the WGS84 box then keeps
		// exactly those in the view (the two boxes differ by the projection's slight rotation)
		String where = filter.where() + " and east between :minE and :maxE and north between :minN and :maxN"
				+ " and longitude between :west and :eastLon and latitude between :south and :northLat";
		Map<String, Object> params = new LinkedHashMap<>(filter.params(municipality));
		List<se.trygghet.area.Sweref99Point> corners = List.of(
				new se.trygghet.area.Wgs84Point(bbox.south(), bbox.west()).toSweref99(),
				new se.trygghet.area.Wgs84Point(bbox.south(), bbox.east()).toSweref99(),
				new se.trygghet.area.Wgs84Point(bbox.north(), bbox.west()).toSweref99(),
				new se.trygghet.area.Wgs84Point(bbox.north(), bbox.east()).toSweref99());
		params.put("minE", corners.stream().mapToDouble(se.trygghet.area.Sweref99Point::east).min().orElseThrow());
		params.put("maxE", corners.stream().mapToDouble(se.trygghet.area.Sweref99Point::east).max().orElseThrow());
		params.put("minN", corners.stream().mapToDouble(se.trygghet.area.Sweref99Point::north).min().orElseThrow());
		params.put("maxN", corners.stream().mapToDouble(se.trygghet.area.Sweref99Point::north).max().orElseThrow());
		params.put("west", bbox.west());
		params.put("eastLon", bbox.east());
		params.put("south", bbox.south());
		params.put("northLat", bbox.north());
		// the group's first category, time and severity are the incident's own when the group has one incident
		List<Cluster> clusters = jdbc.sql("select avg(latitude), avg(longitude), count(*), min(category), "
				+ "min(occurred_at), min(severity), bool_or(demo) from incident where " + where
				+ " group by floor(east / :size), floor(north / :size)")
			.params(params)
			.param("size", size)
			.query((rs, n) -> new Cluster(rs.getDouble(1), rs.getDouble(2), rs.getLong(3), rs.getString(4),
					rs.getTimestamp(5).toInstant(), rs.getInt(6), rs.getBoolean(7)))
			.list();
		Map<UUID, Long> counted = new LinkedHashMap<>();
		jdbc.sql("select area_id, count(*) from incident where " + where + " group by area_id")
			.params(params)
			.query(rs -> {
				counted.put(rs.getObject(1, UUID.class), rs.getLong(2));
			});
		// names after the query: the area catalogue may ask the database, which inside the row callback would hold
		// this connection while taking another from the pool
		List<AreaCount> byArea = new ArrayList<>();
		counted.forEach((id, count) -> byArea.add(new AreaCount(
				id == null ? null : areas.area(new AreaId(id)).map(AreaCatalog.AreaRef::name).orElse(null), count)));
		byArea.sort(Comparator.comparingLong(AreaCount::count).reversed()
			.thenComparing(a -> a.area() == null ? "\uffff" : a.area()));
		return new Clusters(zoom, size, clusters, byArea);
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
