package se.trygghet.area;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes areas as GeoJSON (RFC 7946) for Leaflet and open data: WGS84 longitude/latitude rounded to six decimals
 * (about 0.1 m), exterior rings counter-clockwise and holes clockwise as the RFC asks.
 */
final class GeoJson {

	static final String MEDIA_TYPE = "application/geo+json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private GeoJson() {
	}

	static byte[] featureCollection(List<AreaSnapshot.Indexed> areas) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (JsonGenerator json = JSON.createGenerator(out)) {
			json.writeStartObject();
			json.writeStringProperty("type", "FeatureCollection");
			json.writeName("features");
			json.writeStartArray();
			for (AreaSnapshot.Indexed area : areas) {
				feature(json, area);
			}
			json.writeEndArray();
			json.writeEndObject();
		}
		return out.toByteArray();
	}

	static byte[] feature(AreaSnapshot.Indexed area) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (JsonGenerator json = JSON.createGenerator(out)) {
			feature(json, area);
		}
		return out.toByteArray();
	}

	private static void feature(JsonGenerator json, AreaSnapshot.Indexed area) {
		AreaCatalog.AreaRef ref = area.ref();
		json.writeStartObject();
		json.writeStringProperty("type", "Feature");
		json.writeStringProperty("id", ref.id().toString());
		json.writeName("geometry");
		if (area.geometry() == null) {
			json.writeNull();
		}
		else {
			geometry(json, Projections.toWgs84(area.geometry()));
		}
		json.writeName("properties");
		json.writeStartObject();
		json.writeStringProperty("name", ref.name());
		json.writeStringProperty("level", ref.level().name());
		json.writeStringProperty("code", ref.code());
		json.writeStringProperty("municipality", ref.municipality());
		if (ref.parent() == null) {
			json.writeNullProperty("parent");
		}
		else {
			json.writeStringProperty("parent", ref.parent().toString());
		}
		json.writeBooleanProperty("demo", ref.demo());
		json.writeStringProperty("source", area.source());
		json.writeEndObject();
		json.writeEndObject();
	}

	private static void geometry(JsonGenerator json, Geometry wgs84) {
		json.writeStartObject();
		if (wgs84 instanceof Polygon polygon) {
			json.writeStringProperty("type", "Polygon");
			json.writeName("coordinates");
			polygon(json, polygon);
		}
		else {
			json.writeStringProperty("type", "MultiPolygon");
			json.writeName("coordinates");
			json.writeStartArray();
			for (int i = 0; i < wgs84.getNumGeometries(); i++) {
				polygon(json, (Polygon) wgs84.getGeometryN(i));
			}
			json.writeEndArray();
		}
		json.writeEndObject();
	}

	private static void polygon(JsonGenerator json, Polygon polygon) {
		json.writeStartArray();
		ring(json, polygon.getExteriorRing(), true);
		for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
			ring(json, polygon.getInteriorRingN(i), false);
		}
		json.writeEndArray();
	}

	private static void ring(JsonGenerator json, LineString ring, boolean counterClockwise) {
		Coordinate[] points = ring.getCoordinates();
		boolean reverse = org.locationtech.jts.algorithm.Orientation.isCCW(points) != counterClockwise;
		json.writeStartArray();
		for (int i = 0; i < points.length; i++) {
			Coordinate c = points[reverse ? points.length - 1 - i : i];
			json.writeStartArray();
			json.writeNumber(round(c.x));
			json.writeNumber(round(c.y));
			json.writeEndArray();
		}
		json.writeEndArray();
	}

	static double round(double degrees) {
		return Math.round(degrees * 1e6) / 1e6;
	}

}
