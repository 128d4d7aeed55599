package se.trygghet.followup;

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
 * The follow-up's part of the search: activity reports and contributions, by the activity's number or by the words
 * written in them, read by the rule of {@link ReportAccess} — coordinators, admins, analysts and viewers every report;
 * a committee reporter their own committees' reports and contributions, and the contributions to an activity their
 * committee leads; nobody else any.
 */
@Component
class ReportSearch implements SearchSource {

	/** The texts of a report; the text its stored search vector (V45) is made of. */
	static final String DOCUMENT = "r.activity_number || ' ' || r.activity_text || ' ' || coalesce(r.status_reason, '')"
			+ " || ' ' || coalesce(r.done, '') || ' ' || coalesce(r.effects, '') || ' ' || coalesce(r.next_steps, '')";

	private final JdbcClient jdbc;

	ReportSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<SearchHits> search(SearchQuery query, CurrentUser user, int limit) {
		boolean readsAll = user.hasAny(Role.COORDINATOR, Role.ADMIN, Role.ANALYST, Role.VIEWER);
		List<UUID> committees = user.has(Role.COMMITTEE_REPORTER) ? List.copyOf(user.committeeIds()) : List.of();
		if (!readsAll && committees.isEmpty()) {
			return List.of(SearchHits.none(SearchKind.REPORT));
		}
		// as ReportAccess.mayRead: the report's committee, or the committee of the same activity's lead report
		String access = readsAll ? "true" : """
				(r.committee_id in (:committees)
				 or exists (select 1 from report lead
				             where lead.round_id = r.round_id and lead.activity_id = r.activity_id
				               and lead.kind = 'ACTIVITY_REPORT' and lead.committee_id in (:committees)))""";
		return List.of(query.find(jdbc, SearchKind.REPORT, """
				select r.activity_number || ' ' || left(r.activity_text, 120) as title, rr.title as context,
				       %s as snippet, '/reports/' || r.id as href,
				       case when %s then 1 else 0 end + %s as rank, count(*) over () as total
				  from report r join reporting_round rr on rr.id = r.round_id
				 where (%s or %s) and %s
				 order by rank desc, rr.opens_on desc, r.kind, r.activity_number, r.id
				 limit :search_limit
				""".formatted(query.headline(DOCUMENT), query.numberIs("r.activity_number"), query.vectorRank("r.search_vector"),
				query.numberIs("r.activity_number"), query.vectorMatches("r.search_vector"), access),
				readsAll ? Map.of() : Map.of("committees", committees), limit));
	}

}
