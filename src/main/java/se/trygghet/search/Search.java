package se.trygghet.search;

import java.util.List;
import org.jspecify.annotations.Nullable;
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

	/**
	 * The hits shown per kind when every kind is searched: enough to see what each kind holds at a glance; the count
	 * says how many more there are, and a link searches that kind alone.
	 */
	static final int PER_KIND = 5;

	/** The hits shown when one kind is searched alone. */
	static final int ONE_KIND = 50;

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
	SearchResults find(String typed, @Nullable String kind) {
		SearchQuery query = kind == null || kind.isBlank() ? SearchQuery.parse(typed) : SearchQuery.parse(typed).only(kind);
		int limit = query.kind().isPresent() ? ONE_KIND : PER_KIND;
		CurrentUser user = currentUsers.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		plans.genericForThisTransaction();
		return SearchResults.of(query,
				sources.stream().flatMap(source -> source.search(query, user, limit).stream()).toList());
	}

}
