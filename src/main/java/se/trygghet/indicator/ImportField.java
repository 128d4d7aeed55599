package se.trygghet.indicator;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a column of an imported file can hold, with the header names (Swedish and English) that pick it
 * automatically. Indicator, period and value must be mapped; the area defaults to the municipality, gender and age to
 * the total, the status to "normal" for a number and "missing" for an empty cell.
 */
enum ImportField {

	INDICATOR(true, "indikator", "indicator", "indikatornamn", "kpi", "nyckeltal", "indicator id", "kolada"),
	PERIOD(true, "period", "ar", "year", "tid", "time", "manad", "month", "kvartal", "quarter"),
	AREA(false, "omrade", "area", "omradeskod", "area code", "kommun", "stadsdel", "kommundel", "region", "nyko",
			"deso", "geografi"),
	GENDER(false, "kon", "gender", "sex"),
	AGE(false, "alder", "age", "aldersgrupp", "age group", "alderskategori"),
	VALUE(true, "varde", "value", "vardet", "andel", "antal", "share", "count", "matvarde"),
	STATUS(false, "status", "varde status", "value status"),
	NUMERATOR(false, "taljare", "numerator"),
	DENOMINATOR(false, "namnare", "denominator"),
	RESPONDENTS(false, "svarande", "antal svarande", "respondents", "n"),
	METHOD_VERSION(false, "metodversion", "metod", "method version", "method"),
	PUBLISHED_ON(false, "publiceringsdatum", "publicerad", "publication date", "published", "published on");

	private final boolean required;

	private final Set<String> headers;

	ImportField(boolean required, String... headers) {
		this.required = required;
		this.headers = Set.of(headers);
	}

	boolean required() {
		return required;
	}

	String messageKey() {
		return "indicator.import.field." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The form parameter that holds this field's column. */
	String parameter() {
		String[] words = name().toLowerCase(Locale.ROOT).split("_");
		StringBuilder name = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
		}
		return name.toString();
	}

	/**
	 * The column each field's header names, the first that matches; a column is given to one field only. A header
	 * matches when, lower-cased, without accents and with punctuation as spaces, it is one of the field's names.
	 */
	static Map<ImportField, Integer> detect(List<String> headers) {
		Map<ImportField, Integer> found = new EnumMap<>(ImportField.class);
		List<String> normal = new ArrayList<>();
		headers.forEach(h -> normal.add(normalise(h)));
		for (ImportField field : values()) {
			for (int column = 0; column < normal.size(); column++) {
				if (!found.containsValue(column) && field.headers.contains(normal.get(column))) {
					found.put(field, column);
					break;
				}
			}
		}
		return found;
	}

	/** Lower case, å/ä/ö and other accents dropped, anything but letters and digits as a single space. */
	static String normalise(String header) {
		String plain = Normalizer.normalize(header.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "");
		return plain.replaceAll("[^a-z0-9]+", " ").strip();
	}

}
