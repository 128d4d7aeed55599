package se.trygghet.identity;

/**
 * The kinds of things the platform's search finds, in the order the results page shows them. Each is found by the
 * module that owns it (a {@link SearchSource}); the message key {@code search.kind.<name in lower case>} names it.
 */
public enum SearchKind {

	ACTIVITY, GOAL, INDICATOR, REPORT, PROBLEM, INTERVENTION, FORUM, MEETING, PROMISE, AREA, RESIDENT_REPORT;

	/** The kind as the API and the page's anchors write it, e.g. {@code resident-report}. */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	/** The kind written as {@link #key()}; empty for any other text. */
	public static java.util.Optional<SearchKind> fromKey(String key) {
		return java.util.Arrays.stream(values()).filter(kind -> kind.key().equals(key)).findFirst();
	}

}
