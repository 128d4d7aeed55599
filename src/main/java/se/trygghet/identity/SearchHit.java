package se.trygghet.identity;

import org.jspecify.annotations.Nullable;

/**
 * One thing a search found: its title, where it belongs (a plan, a forum, a round), a snippet of its text with the
 * matched words between {@link SearchQuery#MARK_START} and {@link SearchQuery#MARK_END} (never HTML: the page escapes
 * it), the address of its page and its rank.
 */
public record SearchHit(String title, @Nullable String context, String snippet, String href, double rank) {

}
