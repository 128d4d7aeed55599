package se.trygghet.area;

import java.util.List;

/**
 * Finding a place by what people call it: a street address ("Stora gatan 12") or a named place ("Stora torget") in
 * the municipality's address register, and, when one is configured, an outside geocoder before it. What the resident
 * types is folded (case, accents, spaces and punctuation dropped) and matched as a prefix, so "storagatan 1" finds
 * "Stora gatan 12". Every answer lies inside the municipality; the list is short ({@link #LIMIT}).
 */
public interface AddressSearch {

	/** The longest query looked at; a longer one is refused before anything is searched. */
	int MAX_QUERY = 100;

	/** Fewer letters and digits than this find too much to be of use: nothing is searched. */
	int MIN_QUERY = 2;

	/** The most places one search answers. */
	int LIMIT = 8;

	/** The places matching the query, best first; empty for a query too short or too long. */
	List<Match> search(String query);

	/** Whether the query has enough letters and digits to be searched and is not too long. */
	static boolean searchable(String query) {
		return query.length() <= MAX_QUERY && AddressRegister.key(query).length() >= MIN_QUERY;
	}

	/** A place found: what to show, where it is, and whether the register it came from is invented (demo). */
	record Match(String label, Wgs84Point point, boolean demo) {
	}

}
