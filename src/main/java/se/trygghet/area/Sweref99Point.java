package se.trygghet.area;

/**
 * A point in SWEREF 99 TM (EPSG:3006), Sweden's national grid, in metres: {@code east} (E, x) and {@code north}
 * (N, y). The ranges cover Sweden with a margin; anything outside is refused, which catches swapped axes and
 * coordinates given in another system.
 */
public record Sweref99Point(double east, double north) {

	public static final double MIN_EAST = 200_000;

	public static final double MAX_EAST = 1_000_000;

	public static final double MIN_NORTH = 6_100_000;

	public static final double MAX_NORTH = 7_700_000;

	public Sweref99Point {
		if (!(east >= MIN_EAST && east <= MAX_EAST)) {
			throw new IllegalArgumentException("SWEREF 99 TM east must be 200000–1000000 m, not " + east);
		}
		if (!(north >= MIN_NORTH && north <= MAX_NORTH)) {
			throw new IllegalArgumentException("SWEREF 99 TM north must be 6100000–7700000 m, not " + north);
		}
	}

	static boolean inRange(double east, double north) {
		return east >= MIN_EAST && east <= MAX_EAST && north >= MIN_NORTH && north <= MAX_NORTH;
	}

	public Wgs84Point toWgs84() {
		return Projections.toWgs84(this);
	}

}
