package se.trygghet.chart;

import java.util.HashSet;
import java.util.List;

/** The checks every chart description makes of itself, so that a bad chart fails where it is built. */
final class ChartRules {

	private ChartRules() {
	}

	static void check(String title, String categoryLabel, List<String> categories, Scale scale, List<Series> series) {
		requireText(title, "A chart needs a title");
		requireText(categoryLabel, "A chart needs a label for its categories");
		if (scale == null) {
			throw new IllegalArgumentException("A chart needs a scale");
		}
		if (categories.isEmpty()) {
			throw new IllegalArgumentException("A chart needs at least one category");
		}
		categories.forEach(category -> requireText(category, "A category needs a name"));
		// JFreeChart keys its data by name, so a repeated name would silently merge two categories or series
		requireDistinct(categories, "category");
		if (series.isEmpty() || series.size() > Chart.MAX_SERIES) {
			throw new IllegalArgumentException(
					"A chart has 1 to " + Chart.MAX_SERIES + " series, not " + series.size());
		}
		requireDistinct(series.stream().map(Series::name).toList(), "series");
		for (Series one : series) {
			if (one.values().size() != categories.size()) {
				throw new IllegalArgumentException("Series " + one.name() + " has " + one.values().size()
						+ " values for " + categories.size() + " categories");
			}
			if (scale.max() != null && one.values().stream().anyMatch(v -> v != null && v > scale.max())) {
				throw new IllegalArgumentException("Series " + one.name() + " goes above the scale's upper bound");
			}
		}
	}

	static void requireText(String text, String message) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException(message);
		}
	}

	private static void requireDistinct(List<String> names, String what) {
		var seen = new HashSet<String>();
		for (String name : names) {
			if (!seen.add(name)) {
				throw new IllegalArgumentException("The " + what + " " + name + " is listed twice");
			}
		}
	}

}
