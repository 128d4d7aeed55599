package se.trygghet.search;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;
import se.trygghet.identity.SearchHit;
import se.trygghet.identity.SearchHits;
import se.trygghet.identity.SearchKind;
import se.trygghet.identity.SearchQuery;

/**
 * What a search found, grouped by kind in {@link SearchKind}'s order, only the kinds with hits; each group with how
 * many matched in all and the best of them. {@code only} is the one kind searched, or null when every kind was.
 */
public record SearchResults(String query, @Nullable SearchKind only, List<Group> groups) {

	/** Every hit counted, beyond those shown too. */
	public int total() {
		return groups.stream().mapToInt(Group::total).sum();
	}

	public record Group(SearchKind kind, int total, List<Hit> hits) {

		/** The kind as the API and the page's anchors write it. */
		public String key() {
			return kind.key();
		}

		/** The message key of the kind's name. */
		public String label() {
			return "search.kind." + kind.key();
		}

		/** Whether more matched than are shown. */
		public boolean more() {
			return total > hits.size();
		}

	}

	/** A hit with its snippet in parts, the matched words marked, for the page to escape part by part. */
	public record Hit(String title, @Nullable String context, List<Part> snippet, String href) {

		/** The snippet as plain text, for the API. */
		public String text() {
			return String.join("", snippet.stream().map(Part::text).toList());
		}

		/**
		 * The snippet as the page shows it: every part escaped, the matched words in {@code <mark>}. Written here once
		 * rather than by the template part by part, which for a page of hits was a large share of its rendering.
		 */
		public String html() {
			StringBuilder html = new StringBuilder();
			for (Part part : snippet) {
				String text = HtmlUtils.htmlEscape(part.text(), "UTF-8");
				html.append(part.marked() ? "<mark>" + text + "</mark>" : text);
			}
			return html.toString();
		}

	}

	public record Part(String text, boolean marked) {

	}

	static SearchResults of(SearchQuery query, List<SearchHits> found) {
		List<Group> groups = found.stream()
			.filter(hits -> hits.total() > 0)
			.sorted(java.util.Comparator.comparing(SearchHits::kind))
			.map(hits -> new Group(hits.kind(), hits.total(), hits.hits().stream().map(SearchResults::hit).toList()))
			.toList();
		return new SearchResults(query.text(), query.kind().orElse(null), groups);
	}

	private static Hit hit(SearchHit hit) {
		return new Hit(hit.title(), hit.context(), parts(hit.snippet()), hit.href());
	}

	/** Splits a snippet at the marks ts_headline put around matched words. */
	static List<Part> parts(@Nullable String snippet) {
		List<Part> parts = new ArrayList<>();
		if (snippet == null) {
			return parts;
		}
		StringBuilder text = new StringBuilder();
		boolean marked = false;
		for (char c : snippet.toCharArray()) {
			if (c == SearchQuery.MARK_START || c == SearchQuery.MARK_END) {
				if (!text.isEmpty()) {
					parts.add(new Part(text.toString(), marked));
					text.setLength(0);
				}
				marked = c == SearchQuery.MARK_START;
			}
			else {
				text.append(c);
			}
		}
		if (!text.isEmpty()) {
			parts.add(new Part(text.toString(), marked));
		}
		return parts;
	}

}
