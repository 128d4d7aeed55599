package se.trygghet.area;

import java.io.IOException;
import java.util.List;

/**
 * An outside geocoder asked before the address register, when the municipality configures one
 * ({@code app.geocoder.url}); off by default. Its answers are not trusted further than the register's: the search
 * keeps only those inside the municipality, and any failure (timeout, an error answer, something unreadable) leaves
 * the register to answer alone.
 */
interface Geocoder {

	/** Whether one is configured at all: without one, nothing is sent anywhere. */
	boolean enabled();

	/** Places matching the query, at most {@code limit}, in WGS84; throws on any failure. */
	List<Found> find(String query, int limit) throws IOException;

	record Found(String label, Wgs84Point point) {
	}

}
