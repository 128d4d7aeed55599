package se.trygghet.plan;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghet.identity.CurrentUser;
import se.trygghet.identity.Role;
import se.trygghet.identity.SearchHits;
import se.trygghet.identity.SearchKind;
import se.trygghet.identity.SearchQuery;
import se.trygghet.identity.SearchSource;

/**
 * The plan's part of the search: activities (by number or words), goals and indicators of every plan, for those who
 * read the plan pages (every internal role). The adopted plan comes before drafts and archived plans at equal rank.
 * The documents searched are the texts each table's stored search vector (V45) is made of; snippets are cut from them.
 */
@Component
class PlanSearch implements SearchSource {

	static final String ACTIVITY_DOCUMENT = "a.number || ' ' || a.text || ' ' || coalesce(a.note, '')";

	static final String GOAL_DOCUMENT = "g.text";

	static final String INDICATOR_DOCUMENT = "i.name || ' ' || coalesce(i.definition, '') || ' ' || i.source";

	/** Adopted first, then the latest period. */
	private static final String PLAN_ORDER = "p.state <> 'ADOPTED', p.period_to desc";

	private final JdbcClient jdbc;

	PlanSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<SearchHits> search(SearchQuery query, CurrentUser user, int limit) {
		if (user.roles().stream().noneMatch(Role::readsInternalPages)) {
			return List.of(SearchHits.none(SearchKind.ACTIVITY), SearchHits.none(SearchKind.GOAL),
					SearchHits.none(SearchKind.INDICATOR));
		}
		return List.of(activities(query, limit), goals(query, limit), indicators(query, limit));
	}

	private SearchHits activities(SearchQuery query, int limit) {
		return query.find(jdbc, SearchKind.ACTIVITY, """
				select a.number || ' ' || left(a.text, 120) as title, p.name as context,
				       %s as snippet, '/plans/' || p.plan_key || '/activities/' || a.number as href,
				       case when %s then 1 else 0 end + %s as rank, count(*) over () as total
				  from activity a join action_plan p on p.id = a.plan_id
				 where %s or %s
				 order by rank desc, %s, a.number_major, a.number_minor, a.id
				 limit :search_limit
				""".formatted(query.headline(ACTIVITY_DOCUMENT), query.numberIs("a.number"),
				query.vectorRank("a.search_vector"), query.numberIs("a.number"), query.vectorMatches("a.search_vector"),
				PLAN_ORDER), Map.of(), limit);
	}

	private SearchHits goals(SearchQuery query, int limit) {
		return query.find(jdbc, SearchKind.GOAL, """
				select left(g.text, 160) as title, f.number || '. ' || f.title || ' – ' || p.name as context,
				       %s as snippet, '/plans/' || p.plan_key || '#fa-' || f.number as href,
				       %s as rank, count(*) over () as total
				  from goal g join focus_area f on f.id = g.focus_area_id join action_plan p on p.id = f.plan_id
				 where %s
				 order by rank desc, %s, f.number, g.position, g.id
				 limit :search_limit
				""".formatted(query.headline(GOAL_DOCUMENT), query.vectorRank("g.search_vector"), query.vectorMatches("g.search_vector"),
				PLAN_ORDER), Map.of(), limit);
	}

	private SearchHits indicators(SearchQuery query, int limit) {
		return query.find(jdbc, SearchKind.INDICATOR, """
				select i.name as title, f.number || '. ' || f.title || ' – ' || p.name as context,
				       %s as snippet, '/indicators/' || i.id as href,
				       %s as rank, count(*) over () as total
				  from indicator i join focus_area f on f.id = i.focus_area_id join action_plan p on p.id = f.plan_id
				 where %s
				 order by rank desc, %s, f.number, i.position, i.id
				 limit :search_limit
				""".formatted(query.headline(INDICATOR_DOCUMENT), query.vectorRank("i.search_vector"),
				query.vectorMatches("i.search_vector"), PLAN_ORDER), Map.of(), limit);
	}

}
