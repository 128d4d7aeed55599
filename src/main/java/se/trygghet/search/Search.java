package se.trygghet.search;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghet.identity.CurrentUser;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.identity.SearchQuery;
import se.trygghet.identity.SearchSource;
import se.trygghet.system.QueryPlans;

/**
 * Searches for the signed-in user: reads the query once (refused with a message when it is empty, too long or has
 * no word) and asks every module's source, each of which shows only what this user may read.
 */
@Service
class Search {

	/** The hits shown per kind; the count says how many more there are. */
	static final int PER_KIND = 10;

	private final List<SearchSource> sources;

	private final CurrentUsers currentUsers;

	private final QueryPlans plans;

	Search(List<SearchSource> sources, CurrentUsers currentUsers, QueryPlans plans) {
		this.sources = List.copyOf(sources);
		this.currentUsers = currentUsers;
		this.plans = plans;
	}

	/**
	 * One read-only transaction, so the sources see the same state; on generic plans, since every source's query is
	 * the same few statements with other words ({@link QueryPlans}).
	 */
	@Transactional(readOnly = true)
	SearchResults find(String typed) {
		SearchQuery query = SearchQuery.parse(typed);
		CurrentUser user = currentUsers.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		plans.genericForThisTransaction();
		return SearchResults.of(query,
				sources.stream().flatMap(source -> source.search(query, user, PER_KIND).stream()).toList());
	}

}
