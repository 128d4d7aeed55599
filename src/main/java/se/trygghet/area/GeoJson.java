package se.trygghet.area;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes areas as GeoJSON (RFC 7946) for Leaflet and open data: the features and their properties through Jackson, the
 * geometries through JTS's {@link GeoJsonWriter} in WGS84 longitude/latitude rounded to six decimals (about 0.1 m),
 * exterior rings counter-clockwise and holes clockwise as the RFC asks.
 */
final class GeoJson {

	static final String MEDIA_TYPE = "application/geo+json";

	/** Six decimals of a degree: about 0.1 m. */
	static final int DECIMALS = 6;

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
			json.writeRawValue(geometry(Projections.toWgs84(area.geometry())));
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

	/**
	 * JTS writes the geometry: six decimals, and {@code forceCCW} turns exterior rings counter-clockwise and holes
	 * clockwise. No {@code crs} member: RFC 7946 leaves WGS84 unsaid.
	 */
	private static String geometry(Geometry wgs84) {
		GeoJsonWriter writer = new GeoJsonWriter(DECIMALS);
		writer.setForceCCW(true);
		writer.setEncodeCRS(false);
		return writer.write(wgs84);
	}

}
