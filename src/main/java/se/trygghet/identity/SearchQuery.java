package se.trygghet.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghet.system.Refusal;

/**
 * What someone typed into the search field, read once for every source: its words and an activity number ("4.5")
 * if it names one. The words become a PostgreSQL text-search query in the Swedish configuration, each word a prefix
 * of its stem ({@code otrygga} finds "otrygg" and "otryggheten"); only letters and digits reach it, so no text typed
 * can change the query's syntax. Sources build their SQL from the fragments here, so every kind is matched, ranked
 * and quoted alike.
 */
public final class SearchQuery {

	/** The longest query taken, in characters. */
	public static final int MAX_LENGTH = 200;

	/** More words than this add nothing a reader could tell apart, and each costs the database. */
	static final int MAX_WORDS = 12;

	/** Around a matched word in a snippet; characters of Unicode's private use area, which no text here uses. */
	public static final char MARK_START = '\uE000';

	public static final char MARK_END = '\uE001';

	private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])(\\d{1,3})[.,](\\d{1,3})(?![\\d.,])");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final String HEADLINE_OPTIONS = "StartSel=\"" + MARK_START + "\", StopSel=\"" + MARK_END
			+ "\", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

	private final String text;

	private final List<String> words;

	private final @Nullable String number;

	/** The one kind asked for, or null for every kind. */
	private final @Nullable SearchKind only;

	private SearchQuery(String text, List<String> words, @Nullable String number, @Nullable SearchKind only) {
		this.text = text;
		this.words = List.copyOf(words);
		this.number = number;
		this.only = only;
	}

	/**
	 * Reads a query as typed; refused on field {@code q} when it is empty, longer than {@link #MAX_LENGTH} or holds
	 * neither a word nor an activity number.
	 */
	public static SearchQuery parse(@Nullable String typed) {
		String text = typed == null ? "" : typed.strip();
		if (text.isEmpty()) {
			throw Refusal.on("q", "search.empty");
		}
		if (text.length() > MAX_LENGTH) {
			throw Refusal.on("q", "search.tooLong", MAX_LENGTH);
		}
		String number = null;
		Matcher numbers = NUMBER.matcher(text);
		String rest = text;
		if (numbers.find()) {
			number = Integer.parseInt(numbers.group(1)) + "." + Integer.parseInt(numbers.group(2));
			rest = text.substring(0, numbers.start()) + " " + text.substring(numbers.end());
		}
		List<String> words = new ArrayList<>();
		Matcher found = WORD.matcher(rest);
		while (found.find() && words.size() < MAX_WORDS) {
			words.add(found.group().toLowerCase(java.util.Locale.ROOT));
		}
		if (words.isEmpty() && number == null) {
			throw Refusal.on("q", "search.noWords");
		}
		return new SearchQuery(text, words, number, null);
	}

	/**
	 * The same query for one kind only, the kind written as {@link SearchKind#key()} ("report"); refused on field
	 * {@code q} when no kind is written so. The other kinds' statements are then not run at all ({@link #find}).
	 */
	public SearchQuery only(String kind) {
		return new SearchQuery(text, words, number, SearchKind.fromKey(kind)
			.orElseThrow(() -> Refusal.on("q", "search.kind.unknown")));
	}

	/** The one kind asked for; empty when every kind is. */
	public Optional<SearchKind> kind() {
		return Optional.ofNullable(only);
	}

	/** The query as typed, trimmed. */
	public String text() {
		return text;
	}

	/** The activity number the query names, written as the plan writes it ("4.5"). */
	public Optional<String> number() {
		return Optional.ofNullable(number);
	}

	public List<String> words() {
		return words;
	}

	/** The text-search query the words make: every word's stem as a prefix, all of them required. */
	String tsQuery() {
		return String.join(" & ", words.stream().map(word -> word + ":*").toList());
	}

	/** SQL: whether the document (an SQL text expression) holds every word; false when the query has none. */
	public String matches(String document) {
		return words.isEmpty() ? "false"
				: "to_tsvector('swedish', " + document + ") @@ to_tsquery('swedish', :search_q)";
	}

	/**
	 * SQL: whether a table's stored search vector (its document's tsvector, kept by the database as the row is
	 * written) holds every word; false when the query has none. Matching and ranking read the vector, so no document
	 * is parsed again per search; only the few shown are, for their snippets ({@link #headline}).
	 */
	public String vectorMatches(String column) {
		return words.isEmpty() ? "false" : column + " @@ to_tsquery('swedish', :search_q)";
	}

	/** SQL: how well a stored search vector matches the words (PostgreSQL's ts_rank; 0 without words). */
	public String vectorRank(String column) {
		return words.isEmpty() ? "0" : "ts_rank(" + column + ", to_tsquery('swedish', :search_q))";
	}

	/** SQL: whether the column holds the query's activity number; false when it names none. */
	public String numberIs(String column) {
		return number == null ? "false" : column + " = :search_number";
	}

	/** SQL: how well the document matches the words (PostgreSQL's ts_rank; 0 without words). */
	public String rank(String document) {
		return words.isEmpty() ? "0"
				: "ts_rank(to_tsvector('swedish', " + document + "), to_tsquery('swedish', :search_q))";
	}

	/** SQL: a snippet of the document around the matched words, marked; its beginning when there are no words. */
	public String headline(String document) {
		return words.isEmpty() ? "left(" + document + ", 240)"
				: "ts_headline('swedish', " + document + ", to_tsquery('swedish', :search_q), :search_headline)";
	}

	/** Binds the parameters the fragments above use. */
	public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
		return statement.param("search_q", tsQuery())
			.param("search_headline", HEADLINE_OPTIONS)
			.param("search_number", number == null ? "" : number);
	}

	/**
	 * Runs a source's query for one kind. The SQL selects the columns {@code title}, {@code context} (may be null),
	 * {@code snippet}, {@code href}, {@code rank} and {@code total} ({@code count(*) over ()}, before the limit),
	 * orders best first and ends with {@code limit :search_limit}; it may use the parameters given besides the
	 * fragments' own. Runs nothing when the query asks for another kind only.
	 */
	public SearchHits find(JdbcClient jdbc, SearchKind kind, String sql, java.util.Map<String, ?> params, int limit) {
		if (only != null && only != kind) {
			return SearchHits.none(kind);
		}
		JdbcClient.StatementSpec statement = bind(jdbc.sql(sql)).param("search_limit", limit);
		for (java.util.Map.Entry<String, ?> param : params.entrySet()) {
			statement = statement.param(param.getKey(), param.getValue());
		}
		int[] total = { 0 };
		List<SearchHit> hits = statement.query((rs, n) -> {
			total[0] = rs.getInt("total");
			return new SearchHit(rs.getString("title"), rs.getString("context"), rs.getString("snippet"),
					rs.getString("href"), rs.getDouble("rank"));
		}).list();
		return new SearchHits(kind, hits, total[0]);
	}

	@Override
	public String toString() {
		return text;
	}

}
