package se.trygghet.indicator.kolada;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one page of Kolada's data answer:
 *
 * <pre>
 * { "count": 2,
 *   "values": [ { "kpi": "N07403", "municipality": "1980", "period": 2023,
 *                 "values": [ { "gender": "T", "count": 1, "status": "", "value": 1234.5 } ] } ],
 *   "next_url": "https://api.kolada.se/v3/data/…?page=2&amp;per_page=5000" }
 * </pre>
 *
 * Anything not shaped like that fails the page with the JSON path where it broke, since guessing at a figure is worse
 * than not having it. A gender letter Kolada does not use is only reported, and that figure skipped.
 */
final class KoladaPageReader {

	// exact decimals as Kolada wrote them: 1234.50 stays 1234.50, never a double's 1234.4999…
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
		.build();

	/** A page's figures, what was skipped on it, and the address of the next page if there is one. */
	public record Page(List<KoladaValue> values, List<String> problems, @Nullable String next) {
	}

	/** The answer is not what Kolada sends; {@code path} says where, e.g. {@code values[2].values[0].value}. */
	static final class Malformed extends RuntimeException {

		private final String path;

		Malformed(String path, String detail) {
			super(detail);
			this.path = path;
		}

		String path() {
			return path;
		}

	}

	private KoladaPageReader() {
	}

	static Page read(byte[] body) {
		JsonNode root;
		try {
			root = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			TokenStreamLocation at = ex.getLocation();
			String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
			throw new Malformed("$", "not JSON: " + ex.getOriginalMessage() + where);
		}
		if (root == null || !root.isObject()) {
			throw new Malformed("$", "expected an object with \"values\", got " + kind(root));
		}
		JsonNode entries = root.get("values");
		if (entries == null || !entries.isArray()) {
			throw new Malformed("values", "expected an array, got " + kind(entries));
		}
		List<KoladaValue> values = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			entry(entries.get(i), "values[" + i + "]", values, problems);
		}
		return new Page(values, problems, next(root));
	}

	private static void entry(JsonNode entry, String path, List<KoladaValue> values, List<String> problems) {
		if (!entry.isObject()) {
			throw new Malformed(path, "expected an object, got " + kind(entry));
		}
		String kpi = text(entry, "kpi", path);
		String municipality = text(entry, "municipality", path);
		int year = year(entry.get("period"), path + ".period");
		JsonNode split = entry.get("values");
		if (split == null || !split.isArray()) {
			throw new Malformed(path + ".values", "expected an array, got " + kind(split));
		}
		for (int j = 0; j < split.size(); j++) {
			String at = path + ".values[" + j + "]";
			JsonNode figure = split.get(j);
			if (!figure.isObject()) {
				throw new Malformed(at, "expected an object, got " + kind(figure));
			}
			JsonNode letter = figure.get("gender");
			String code = letter == null || letter.isNull() ? null : letter.asString();
			KoladaValue.Gender gender = KoladaValue.Gender.ofCode(code);
			if (gender == null) {
				problems.add(at + ": unknown gender " + (code == null ? "(none)" : "\"" + code + "\"") + " for " + kpi
						+ ", " + municipality + ", " + year + "; figure skipped");
				continue;
			}
			values.add(KoladaValue.of(kpi, municipality, year, gender, number(figure.get("value"), at + ".value"),
					count(figure.get("count"), at + ".count"), optionalText(figure.get("status"), at + ".status")));
		}
	}

	private static String text(JsonNode parent, String field, String path) {
		JsonNode node = parent.get(field);
		// a text, not a number: "0180" as a number would lose the zero that makes it Stockholm
		if (node == null || !node.isString() || node.stringValue().isBlank()) {
			throw new Malformed(path + "." + field, "expected a text, got " + kind(node));
		}
		return node.stringValue().strip();
	}

	private static @Nullable String optionalText(@Nullable JsonNode node, String path) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isString()) {
			throw new Malformed(path, "expected a text or null, got " + kind(node));
		}
		return node.stringValue();
	}

	// Kolada's documentation says the period is a text, its answers carry a number: take either
	private static int year(@Nullable JsonNode node, String path) {
		if (node != null && node.isIntegralNumber() && node.canConvertToInt()) {
			return checkedYear(node.intValue(), path);
		}
		if (node != null && node.isString() && node.stringValue().strip().matches("[0-9]{4}")) {
			return checkedYear(Integer.parseInt(node.stringValue().strip()), path);
		}
		throw new Malformed(path, "expected a year, got " + kind(node));
	}

	private static int checkedYear(int year, String path) {
		if (year < 1900 || year > 2999) {
			throw new Malformed(path, "expected a year, got " + year);
		}
		return year;
	}

	private static @Nullable BigDecimal number(@Nullable JsonNode node, String path) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isNumber()) {
			throw new Malformed(path, "expected a number or null, got " + kind(node));
		}
		return node.decimalValue();
	}

	private static @Nullable Integer count(@Nullable JsonNode node, String path) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0) {
			throw new Malformed(path, "expected a whole number or null, got " + kind(node));
		}
		return node.intValue();
	}

	// v3 says "next_url"; v2 said "next_page", which a proxy or an older mirror may still send
	private static @Nullable String next(JsonNode root) {
		for (String field : new String[] { "next_url", "next_page" }) {
			JsonNode node = root.get(field);
			if (node == null || node.isNull()) {
				continue;
			}
			if (!node.isString()) {
				throw new Malformed(field, "expected an address or null, got " + kind(node));
			}
			if (!node.stringValue().isBlank()) {
				return node.stringValue().strip();
			}
		}
		return null;
	}

	/** What a node is, for a message: its JSON type and, if short, its text. */
	private static String kind(@Nullable JsonNode node) {
		if (node == null || node.isMissingNode()) {
			return "nothing";
		}
		if (node.isContainer()) {
			return node.isArray() ? "an array" : "an object";
		}
		String text = node.toString();
		return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " "
				+ (text.length() > 40 ? text.substring(0, 40) + "…" : text);
	}

}
