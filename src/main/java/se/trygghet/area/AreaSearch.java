package se.trygghet.area;

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

/** Areas by name or code, for those who read the area pages (every internal role). */
@Component
class AreaSearch implements SearchSource {

	static final String DOCUMENT = "a.name || ' ' || a.code";

	private final JdbcClient jdbc;

	AreaSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<SearchHits> search(SearchQuery query, CurrentUser user, int limit) {
		if (user.roles().stream().noneMatch(Role::readsInternalPages)) {
			return List.of(SearchHits.none(SearchKind.AREA));
		}
		return List.of(query.find(jdbc, SearchKind.AREA, """
				select a.name as title, a.code as context, %s as snippet, '/areas/' || a.id as href,
				       %s as rank, count(*) over () as total
				  from area a
				 where %s
				 order by rank desc, a.level, a.name, a.id
				 limit :search_limit
				""".formatted(query.headline(DOCUMENT), query.vectorRank("a.search_vector"), query.vectorMatches("a.search_vector")), Map.of(),
				limit));
	}

}
