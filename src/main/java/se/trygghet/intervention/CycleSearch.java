package se.trygghet.intervention;

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
 * The cycle's part of the search: problems and interventions, read as {@link PartnerScope} reads them — staff who
 * read internal pages every one, a partner the interventions its organisation is responsible for and their problems,
 * a partner bound to no organisation and field staff none.
 */
@Component
class CycleSearch implements SearchSource {

	static final String PROBLEM_DOCUMENT = "p.title || ' ' || coalesce(p.description, '')";

	static final String INTERVENTION_DOCUMENT = "i.title || ' ' || i.expected_effect";

	private final JdbcClient jdbc;

	private final PartnerBindings partners;

	CycleSearch(JdbcClient jdbc, PartnerBindings partners) {
		this.jdbc = jdbc;
		this.partners = partners;
	}

	@Override
	public List<SearchHits> search(SearchQuery query, CurrentUser user, int limit) {
		boolean staff = user.roles().stream().anyMatch(Role::readsInternalPages);
		Optional<UUID> actor = !staff && user.has(Role.PARTNER) ? partners.actorOf(user.id()) : Optional.empty();
		if (!staff && actor.isEmpty()) {
			return List.of(SearchHits.none(SearchKind.PROBLEM), SearchHits.none(SearchKind.INTERVENTION));
		}
		Map<String, ?> params = actor.map(a -> Map.of("actor", a)).orElse(Map.of());
		String problemShared = staff ? "true"
				: "exists (select 1 from intervention s where s.problem_id = p.id and :actor = any (s.actors))";
		String interventionShared = staff ? "true" : ":actor = any (i.actors)";
		SearchHits problems = query.find(jdbc, SearchKind.PROBLEM, """
				select p.title, null as context, %s as snippet, '/problems/' || p.id as href,
				       %s as rank, count(*) over () as total
				  from problem p
				 where %s and %s
				 order by rank desc, p.period_to desc, p.title, p.id
				 limit :search_limit
				""".formatted(query.headline(PROBLEM_DOCUMENT), query.vectorRank("p.search_vector"),
				query.vectorMatches("p.search_vector"), problemShared), params, limit);
		SearchHits interventions = query.find(jdbc, SearchKind.INTERVENTION, """
				select i.title, p.title as context, %s as snippet, '/interventions/' || i.id as href,
				       %s as rank, count(*) over () as total
				  from intervention i join problem p on p.id = i.problem_id
				 where %s and %s
				 order by rank desc, i.starts_on desc, i.title, i.id
				 limit :search_limit
				""".formatted(query.headline(INTERVENTION_DOCUMENT), query.vectorRank("i.search_vector"),
				query.vectorMatches("i.search_vector"), interventionShared), params, limit);
		return List.of(problems, interventions);
	}

}
