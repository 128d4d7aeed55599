package se.trygghet.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.trygghet.identity.SearchHit;
import se.trygghet.identity.SearchHits;
import se.trygghet.identity.SearchKind;
import se.trygghet.identity.SearchQuery;

/** Grouping hits by kind and cutting snippets at their marks, so the page escapes every part as text. */
class SearchResultsTests {

	@Test
	void cutsASnippetAtItsMarksAndKeepsMarkupAsText() {
		String snippet = "de " + SearchQuery.MARK_START + "otrygga" + SearchQuery.MARK_END + " <b>platserna</b>";
		assertThat(SearchResults.parts(snippet)).containsExactly(new SearchResults.Part("de ", false),
				new SearchResults.Part("otrygga", true), new SearchResults.Part(" <b>platserna</b>", false));
		assertThat(SearchResults.parts(null)).isEmpty();
	}

	@Test
	void writesASnippetForThePageWithOnlyItsMarksAsMarkup() {
		String snippet = "<script>\"x\" & " + SearchQuery.MARK_START + "otrygga<i>" + SearchQuery.MARK_END + " 'platser'";
		SearchResults.Hit hit = new SearchResults.Hit("t", null, SearchResults.parts(snippet), "/x");

		assertThat(hit.html())
			.isEqualTo("&lt;script&gt;&quot;x&quot; &amp; <mark>otrygga&lt;i&gt;</mark> &#39;platser&#39;");
	}

	@Test
	void groupsOnlyKindsWithHitsInTheKindsOrderAndCountsThemAll() {
		SearchHit hit = new SearchHit("4.5 Trygghetsvandringar", "Plan", "text", "/plans/p/activities/4.5", 1);
		SearchResults results = SearchResults.of(SearchQuery.parse("trygg"),
				List.of(new SearchHits(SearchKind.AREA, List.of(hit), 3), SearchHits.none(SearchKind.GOAL),
						new SearchHits(SearchKind.ACTIVITY, List.of(hit, hit), 2)));
		assertThat(results.groups()).extracting(SearchResults.Group::kind)
			.containsExactly(SearchKind.ACTIVITY, SearchKind.AREA);
		assertThat(results.total()).isEqualTo(5);
		assertThat(results.groups().get(0).hits().get(0).text()).isEqualTo("text");
	}

}
