package se.trygghet.area;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/** Areas for tests, made the way the platform makes them: defined, then placed under their parent. */
final class AreaFixtures {

	static final String MUNICIPALITY = "1980";

	/** About the middle of Västerås in SWEREF 99 TM. */
	static final double EAST = 587_181;

	static final double NORTH = 6_609_104;

	private AreaFixtures() {
	}

	/** A square area whose south-west corner lies the given metres east and north of the middle of Västerås. */
	static Area square(AreaLevel level, String code, String name, @Nullable Area parent, double east, double north,
			double side) {
		Area area = Area.define(MUNICIPALITY, level, code, name, square(EAST + east, NORTH + north, side), "test",
				false);
		area.placeUnder(parent);
		return area;
	}

	static Area municipality(double side) {
		return square(AreaLevel.KOMMUN, MUNICIPALITY, "Västerås", null, -side / 2, -side / 2, side);
	}

	static Polygon square(double east, double north, double side) {
		return Projections.SWEREF.createPolygon(new Coordinate[] { new Coordinate(east, north),
				new Coordinate(east + side, north), new Coordinate(east + side, north + side),
				new Coordinate(east, north + side), new Coordinate(east, north) });
	}

	static Sweref99Point at(double east, double north) {
		return new Sweref99Point(EAST + east, NORTH + north);
	}

	/** A GeoJSON FeatureCollection around the given features. */
	static String collection(String... features) {
		return "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(",", features) + "]}";
	}

	/** A GeoJSON feature with a square boundary in WGS84 near Västerås, offset by a hundredth of a degree per step. */
	static String feature(String code, String name, String level, @Nullable String parent, int step) {
		double lon = 16.50 + step * 0.01;
		double lat = 59.60;
		return "{\"type\": \"Feature\", \"properties\": {\"code\": \"" + code + "\", \"name\": \"" + name
				+ "\", \"level\": \"" + level + "\"" + (parent == null ? "" : ", \"parent\": \"" + parent + "\"")
				+ "}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[" + lon + ", " + lat + "], ["
				+ (lon + 0.005) + ", " + lat + "], [" + (lon + 0.005) + ", " + (lat + 0.005) + "], [" + lon + ", "
				+ (lat + 0.005) + "], [" + lon + ", " + lat + "]]]}}";
	}

}
