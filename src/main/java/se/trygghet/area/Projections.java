package se.trygghet.area;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.Proj4jException;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Coordinate conversion with proj4j. Its transforms keep scratch state and are not thread-safe, so every thread gets
 * its own pair. proj4j, like GeoJSON, takes x = longitude (or east) and y = latitude (or north).
 */
final class Projections {

	static final int WGS84 = 4326;

	static final int SWEREF99TM = 3006;

	/** SWEREF 99 16 30, the local projection zone Västerås and its neighbours keep their maps in. */
	static final int SWEREF99_1630 = 3010;

	/** Geometries as stored: SWEREF 99 TM metres. */
	static final GeometryFactory SWEREF = new GeometryFactory(new PrecisionModel(), SWEREF99TM);

	private static final ThreadLocal<CoordinateTransform> TO_SWEREF = ThreadLocal
		.withInitial(() -> between(WGS84, SWEREF99TM));

	private static final ThreadLocal<CoordinateTransform> TO_WGS84 = ThreadLocal
		.withInitial(() -> between(SWEREF99TM, WGS84));

	private Projections() {
	}

	static Sweref99Point toSweref99(Wgs84Point point) {
		ProjCoordinate out = TO_SWEREF.get()
			.transform(new ProjCoordinate(point.longitude(), point.latitude()), new ProjCoordinate());
		return new Sweref99Point(out.x, out.y);
	}

	static Wgs84Point toWgs84(Sweref99Point point) {
		ProjCoordinate out = TO_WGS84.get()
			.transform(new ProjCoordinate(point.east(), point.north()), new ProjCoordinate());
		return new Wgs84Point(out.y, out.x);
	}

	/** A copy of a stored geometry in WGS84 degrees (x = longitude). */
	static Geometry toWgs84(Geometry sweref) {
		return transform(sweref, TO_WGS84.get(), WGS84);
	}

	/** A copy of a geometry in SWEREF 99 TM, from the given EPSG system (nothing to do when it is 3006). */
	static Geometry toSweref99(Geometry geometry, int fromEpsg) {
		if (fromEpsg == SWEREF99TM) {
			Geometry copy = geometry.copy();
			copy.setSRID(SWEREF99TM);
			return copy;
		}
		return transform(geometry, fromEpsg == WGS84 ? TO_SWEREF.get() : between(fromEpsg, SWEREF99TM), SWEREF99TM);
	}

	/**
	 * Where a position in one of the systems people send us can lie for an area in Sweden, with a margin: degrees for
	 * WGS84; metres for the grids. SWEREF 99 16 30 is a zone of about ±1.5° around 16°30' east with a false easting of
	 * 150 000 m, so its eastings stay well below SWEREF 99 TM's, whose Sweden starts at about 260 000 m. The ranges
	 * overlap a little in the far west (200 000–300 000 m), where either system could be meant.
	 */
	enum Plausible {

		WGS84(Projections.WGS84, "WGS84 (EPSG:4326)", 10.0, 24.5, 55.0, 69.5),

		SWEREF99TM(Projections.SWEREF99TM, "SWEREF 99 TM (EPSG:3006)", 200_000, 1_000_000, 6_100_000, 7_700_000),

		SWEREF99_1630(Projections.SWEREF99_1630, "SWEREF 99 16 30 (EPSG:3010)", 0, 300_000, 6_100_000, 7_700_000);

		final int epsg;

		final String label;

		private final double minX;

		private final double maxX;

		private final double minY;

		private final double maxY;

		Plausible(int epsg, String label, double minX, double maxX, double minY, double maxY) {
			this.epsg = epsg;
			this.label = label;
			this.minX = minX;
			this.maxX = maxX;
			this.minY = minY;
			this.maxY = maxY;
		}

		boolean admits(double x, double y) {
			return x >= minX && x <= maxX && y >= minY && y <= maxY;
		}

		/** The range for a system, or null for one we have no expectation of (any other EPSG code a file declares). */
		static @Nullable Plausible of(int epsg) {
			for (Plausible p : values()) {
				if (p.epsg == epsg) {
					return p;
				}
			}
			return null;
		}

		/** The names of the systems in which (x, y) would be plausible, e.g. to suggest the one the user meant. */
		static java.util.List<String> systemsFor(double x, double y) {
			return java.util.Arrays.stream(values()).filter(p -> p.admits(x, y)).map(p -> p.label).toList();
		}

	}

	/** Whether proj4j knows the EPSG code, so a file in that system can be read. */
	static boolean knows(int epsg) {
		return crs(epsg) != null;
	}

	/**
	 * The EPSG code a GeoJSON {@code crs} name stands for: {@code EPSG:3006}, {@code urn:ogc:def:crs:EPSG::3006},
	 * {@code http://www.opengis.net/def/crs/EPSG/0/3006}, or CRS84 (WGS84 in GeoJSON's axis order); null if none.
	 */
	static @Nullable Integer epsgCode(String name) {
		String n = name.strip().toUpperCase(Locale.ROOT);
		if (n.endsWith("CRS84")) {
			return WGS84;
		}
		int at = Math.max(n.lastIndexOf(':'), n.lastIndexOf('/'));
		if (!n.contains("EPSG") || at < 0) {
			return null;
		}
		try {
			return Integer.parseInt(n.substring(at + 1));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static Geometry transform(Geometry geometry, CoordinateTransform transform, int srid) {
		Geometry copy = geometry.copy();
		ProjCoordinate in = new ProjCoordinate();
		ProjCoordinate out = new ProjCoordinate();
		copy.apply(new CoordinateSequenceFilter() {

			@Override
			public void filter(CoordinateSequence seq, int i) {
				in.x = seq.getX(i);
				in.y = seq.getY(i);
				transform.transform(in, out);
				seq.setOrdinate(i, CoordinateSequence.X, out.x);
				seq.setOrdinate(i, CoordinateSequence.Y, out.y);
			}

			@Override
			public boolean isDone() {
				return false;
			}

			@Override
			public boolean isGeometryChanged() {
				return true;
			}

		});
		copy.setSRID(srid);
		return copy;
	}

	private static CoordinateTransform between(int from, int to) {
		CoordinateReferenceSystem source = crs(from);
		CoordinateReferenceSystem target = crs(to);
		if (source == null || target == null) {
			throw new IllegalArgumentException("Unknown coordinate system EPSG:" + (source == null ? from : to));
		}
		return new BasicCoordinateTransform(source, target);
	}

	private static @Nullable CoordinateReferenceSystem crs(int epsg) {
		try {
			return new CRSFactory().createFromName("EPSG:" + epsg);
		}
		catch (Proj4jException ex) {
			return null;
		}
	}

}
