package se.trygghet.collaboration;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghet.identity.CurrentUser;
import se.trygghet.identity.PartnerBindings;
import se.trygghet.identity.Role;
import se.trygghet.identity.SearchHits;
import se.trygghet.identity.SearchKind;
import se.trygghet.identity.SearchQuery;
import se.trygghet.identity.SearchSource;

/**
 * Collaboration's part of the search: forums, meetings (by place, agenda and decisions) and medborgarlöften. Staff
 * who read internal pages find all of them; a partner, as {@link PartnerForums} rules, the forums its organisation
 * is a member of and their meetings, and no promises; anyone else nothing.
 */
@Component
class CollaborationSearch implements SearchSource {

	static final String FORUM_DOCUMENT = "f.name || ' ' || coalesce(f.description, '')";

	static final String AGENDA_DOCUMENT = "a.title || ' ' || coalesce(a.body, '')";

	static final String PROMISE_DOCUMENT = "c.municipality_party || ' ' || c.text";

	/** A meeting as one text: place, forum, agenda and decisions. Matched through the indexed parts first. */
	private static final String MEETING_DOCUMENT = """
			m.place || ' ' || f.name || ' ' || coalesce((select string_agg(a.title || ' ' || coalesce(a.body, ''), ' ')
			from meeting_agenda_item a where a.meeting_id = m.id), '') || ' ' || coalesce((select string_agg(d.text, ' ')
			from meeting_decision d where d.meeting_id = m.id), '')""";

	private final JdbcClient jdbc;

	private final PartnerBindings partners;

	CollaborationSearch(JdbcClient jdbc, PartnerBindings partners) {
		this.jdbc = jdbc;
		this.partners = partners;
	}

	@Override
	public List<SearchHits> search(SearchQuery query, CurrentUser user, int limit) {
		boolean staff = user.roles().stream().anyMatch(Role::readsInternalPages);
		Optional<UUID> actor = !staff && user.has(Role.PARTNER) ? partners.actorOf(user.id()) : Optional.empty();
		if (!staff && actor.isEmpty()) {
			return List.of(SearchHits.none(SearchKind.FORUM), SearchHits.none(SearchKind.MEETING),
					SearchHits.none(SearchKind.PROMISE));
		}
		Map<String, ?> params = actor.map(a -> Map.of("actor", a)).orElse(Map.of());
		// as Forums.withActorMember: a current membership of the partner's organisation
		String shared = staff ? "true" : """
				exists (select 1 from forum_member fm
				         where fm.forum_id = f.id and fm.actor_id = :actor and fm.member_until is null)""";
		SearchHits forums = query.find(jdbc, SearchKind.FORUM, """
				select f.name as title, null as context, %s as snippet, '/forums/' || f.id as href,
				       %s as rank, count(*) over () as total
				  from forum f
				 where %s and %s
				 order by rank desc, f.name, f.id
				 limit :search_limit
				""".formatted(query.headline(FORUM_DOCUMENT), query.vectorRank("f.search_vector"),
				query.vectorMatches("f.search_vector"), shared), params, limit);
		SearchHits meetings = query.find(jdbc, SearchKind.MEETING, """
				select f.name || ' ' || to_char(m.held_on, 'YYYY-MM-DD') as title, m.place as context,
				       %s as snippet, '/meetings/' || m.id as href, %s as rank, count(*) over () as total
				  from meeting m join forum f on f.id = m.forum_id
				 where (%s
				        or exists (select 1 from meeting_agenda_item a where a.meeting_id = m.id and %s)
				        or exists (select 1 from meeting_decision d where d.meeting_id = m.id and %s))
				   and %s
				 order by rank desc, m.held_on desc, m.id
				 limit :search_limit
				""".formatted(query.headline(MEETING_DOCUMENT), query.rank(MEETING_DOCUMENT),
				query.matches("m.place"), query.matches(AGENDA_DOCUMENT), query.matches("d.text"), shared), params,
				limit);
		SearchHits promises = !staff ? SearchHits.none(SearchKind.PROMISE) : query.find(jdbc, SearchKind.PROMISE, """
				select left(c.text, 120) as title, c.municipality_party || ' ' || c.year as context,
				       %s as snippet, '/promises/' || c.id as href, %s as rank, count(*) over () as total
				  from citizen_promise c
				 where %s
				 order by rank desc, c.year desc, c.id
				 limit :search_limit
				""".formatted(query.headline(PROMISE_DOCUMENT), query.vectorRank("c.search_vector"),
				query.vectorMatches("c.search_vector")), Map.of(), limit);
		return List.of(forums, meetings, promises);
	}

}
