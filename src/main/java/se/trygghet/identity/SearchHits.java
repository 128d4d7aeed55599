package se.trygghet.identity;

import java.util.List;

/** What a source found of one kind: the best hits (at most the limit asked for) and how many matched in all. */
public record SearchHits(SearchKind kind, List<SearchHit> hits, int total) {

	public SearchHits {
		hits = List.copyOf(hits);
	}

	public static SearchHits none(SearchKind kind) {
		return new SearchHits(kind, List.of(), 0);
	}

}
