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
