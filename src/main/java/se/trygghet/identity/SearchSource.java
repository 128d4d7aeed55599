package se.trygghet.identity;

import java.util.List;

/**
 * A module's part of the platform's search: it finds its own kinds of things in its own tables, and only those the
 * user may read by the same rules as the pages that show them (a kind the user may not read at all gives
 * {@link SearchHits#none}). The {@code search} module asks every source and groups what they find; it never reads a
 * module's tables itself.
 */
public interface SearchSource {

	/**
	 * The hits of each of this source's kinds, best first, at most {@code limit} per kind, with the total count.
	 * Ranked and matched in SQL through {@link SearchQuery}'s fragments.
	 */
	List<SearchHits> search(SearchQuery query, CurrentUser user, int limit);

}
