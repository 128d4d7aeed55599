package se.trygghet.incident;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ids for incidents written in bulk, laid out as UUID version 7 (RFC 9562): the first 48 bits are the milliseconds
 * since 1970, the rest random. A million random (version 4) ids land all over the primary key's B-tree, touching a
 * different page for nearly every row; ids that grow with time are appended at its right edge. 74 random bits keep
 * them unique; they are never secrets, so a fast generator will do.
 */
final class TimeOrderedIds {

	private TimeOrderedIds() {
	}

	static UUID next() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long millis = System.currentTimeMillis();
		long high = (millis << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low);
	}

}
