package se.trygghet.area;

/**
 * A point in WGS84 (EPSG:4326) degrees, as GPS, web maps and most outside systems give it. Note the order: latitude
 * (north) first, as people write it; GeoJSON and proj4j put longitude first.
 */
public record Wgs84Point(double latitude, double longitude) {

	public Wgs84Point {
		if (!(latitude >= -90 && latitude <= 90)) {
			throw new IllegalArgumentException("Latitude must be -90–90 degrees, not " + latitude);
		}
		if (!(longitude >= -180 && longitude <= 180)) {
			throw new IllegalArgumentException("Longitude must be -180–180 degrees, not " + longitude);
		}
	}

	/** The same point in SWEREF 99 TM; refused (IllegalArgumentException) when it lies far outside Sweden. */
	public Sweref99Point toSweref99() {
		return Projections.toSweref99(this);
	}

}
