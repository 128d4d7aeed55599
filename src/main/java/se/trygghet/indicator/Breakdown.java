package se.trygghet.indicator;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which part of a population a value is for, as a combination of category options: {@code kon=kvinnor},
 * {@code alder=16-19;kon=kvinnor}. The key is canonical (categories in alphabetical order), so equal breakdowns are
 * stored and compared as equal text. The empty key is the total; an option {@code total} means the same as leaving its
 * category out, so {@code kon=total} is the total too.
 */
public record Breakdown(String key) {

	public static final Breakdown TOTAL = new Breakdown("");

	/** The option of a category that stands for all of it. */
	public static final String TOTAL_OPTION = "total";

	static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

	public Breakdown {
		key = canonical(key);
	}

	public static Breakdown of(String category, String option) {
		return new Breakdown(category + "=" + option);
	}

	public static Breakdown of(Map<String, String> options) {
		return new Breakdown(join(new TreeMap<>(options)));
	}

	/** Category key to option key, in category order. */
	public SortedMap<String, String> options() {
		return Collections.unmodifiableSortedMap(parse(key));
	}

	public boolean isTotal() {
		return key.isEmpty();
	}

	/** This breakdown with one category set to an option (or removed, for {@value #TOTAL_OPTION}). */
	public Breakdown with(String category, String option) {
		SortedMap<String, String> options = parse(key);
		options.put(category, option);
		return new Breakdown(join(options));
	}

	@Override
	public String toString() {
		return key;
	}

	private static String canonical(String key) {
		return join(parse(key));
	}

	private static SortedMap<String, String> parse(String key) {
		SortedMap<String, String> options = new TreeMap<>();
		String trimmed = key.strip();
		if (trimmed.isEmpty()) {
			return options;
		}
		for (String pair : trimmed.split(";", -1)) {
			int eq = pair.indexOf('=');
			String category = eq < 0 ? pair.strip() : pair.substring(0, eq).strip();
			String option = eq < 0 ? "" : pair.substring(eq + 1).strip();
			if (!NAME.matcher(category).matches() || !NAME.matcher(option).matches()) {
				throw new IllegalArgumentException("A breakdown is written category=option;category=option with "
						+ "lower-case keys, such as kon=kvinnor;alder=16-19, not \"" + key + "\"");
			}
			if (options.containsKey(category)) {
				throw new IllegalArgumentException("The breakdown \"" + key + "\" names " + category + " twice");
			}
			options.put(category, option);
		}
		options.values().removeIf(TOTAL_OPTION::equals);
		return options;
	}

	private static String join(SortedMap<String, String> options) {
		options.values().removeIf(TOTAL_OPTION::equals);
		return options.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
	}

}
