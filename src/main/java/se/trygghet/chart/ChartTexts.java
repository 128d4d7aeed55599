package se.trygghet.chart;

import java.util.List;
import java.util.Locale;

/**
 * The few words a chart adds of its own, in Swedish and English. They live here rather than in the application's
 * message bundles so that the module renders the same text with or without a Spring context, e.g. inside a PDF job.
 */
enum ChartTexts {

	SWEDISH(Locale.forLanguageTag("sv-SE"), "Linjediagram", "Stapeldiagram", "Liggande stapeldiagram",
			List.of("en serie", "två serier", "tre serier", "fyra serier", "fem serier"), "%d kategorier",
			".. = uppgift saknas eller är för osäker för att visas", "Visa siffrorna som tabell", " och "),

	ENGLISH(Locale.UK, "Line chart", "Bar chart", "Horizontal bar chart",
			List.of("one series", "two series", "three series", "four series", "five series"), "%d categories",
			".. = value missing or too uncertain to show", "Show the numbers as a table", " and ");

	final Locale locale;

	final String lineChart;

	final String barChart;

	final String horizontalBarChart;

	private final List<String> seriesCounts;

	private final String categoryCount;

	final String missingNote;

	final String toggleLabel;

	private final String and;

	ChartTexts(Locale locale, String lineChart, String barChart, String horizontalBarChart, List<String> seriesCounts,
			String categoryCount, String missingNote, String toggleLabel, String and) {
		this.locale = locale;
		this.lineChart = lineChart;
		this.barChart = barChart;
		this.horizontalBarChart = horizontalBarChart;
		this.seriesCounts = seriesCounts;
		this.categoryCount = categoryCount;
		this.missingNote = missingNote;
		this.toggleLabel = toggleLabel;
		this.and = and;
	}

	/** English for English, Swedish for everything else: the platform is Swedish first. */
	static ChartTexts of(Locale locale) {
		return "en".equals(locale.getLanguage()) ? ENGLISH : SWEDISH;
	}

	String seriesCount(int count) {
		return seriesCounts.get(count - 1);
	}

	String categoryCount(int count) {
		return String.format(locale, categoryCount, count);
	}

	/** "A, B och C". */
	String list(List<String> names) {
		if (names.size() == 1) {
			return names.get(0);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + and + names.get(names.size() - 1);
	}

}
