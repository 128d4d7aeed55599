package se.trygghet.residentreport;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghet.identity.CurrentUser;
import se.trygghet.identity.Role;
import se.trygghet.identity.SearchHits;
import se.trygghet.identity.SearchKind;
import se.trygghet.identity.SearchQuery;
import se.trygghet.identity.SearchSource;

/**
 * Residents' reports in the search, for those who handle them by {@link CaseHandling#mayHandle}: coordinators and
 * admins every case, a committee's reporters the cases routed to their committee, nobody else any (analysts and
 * viewers do not read the cases, which hold what residents wrote before moderation).
 */
@Component
class ResidentReportSearch implements SearchSource {

	/** What the resident wrote and the moderated public text; the text its stored search vector (V45) is made of. */
	static final String DOCUMENT = "r.description || ' ' || coalesce(r.public_description, '')";

	private final JdbcClient jdbc;

	ResidentReportSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<SearchHits> search(SearchQuery query, CurrentUser user, int limit) {
		boolean all = user.hasAny(Role.ADMIN, Role.COORDINATOR);
		List<UUID> committees = user.has(Role.COMMITTEE_REPORTER) ? List.copyOf(user.committeeIds()) : List.of();
		if (!all && committees.isEmpty()) {
			return List.of(SearchHits.none(SearchKind.RESIDENT_REPORT));
		}
		return List.of(query.find(jdbc, SearchKind.RESIDENT_REPORT, """
				select '#' || r.number || ' ' || c.name_sv as title, r.committee_name as context,
				       %s as snippet, '/resident-reports/' || r.id as href, %s as rank, count(*) over () as total
				  from resident_report r join resident_category c on c.code = r.category
				 where %s and %s
				 order by rank desc, r.reported_at desc, r.id
				 limit :search_limit
				""".formatted(query.headline(DOCUMENT), query.vectorRank("r.search_vector"), query.vectorMatches("r.search_vector"),
				all ? "true" : "r.committee_id in (:committees)"), all ? Map.of() : Map.of("committees", committees),
				limit));
	}

}
