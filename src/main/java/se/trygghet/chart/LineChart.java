package se.trygghet.chart;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A time series such as an indicator per year: one line per series (e.g. Totalt, Kvinnor, Män), told apart by colour,
 * dash pattern and marker shape, and an optional target line.
 */
public record LineChart(String title, String categoryLabel, List<String> categories, Scale scale, List<Series> series,
		@Nullable Target target) implements Chart {

	public LineChart {
		categories = List.copyOf(categories);
		series = List.copyOf(series);
		ChartRules.check(title, categoryLabel, categories, scale, series);
		if (target != null && scale.max() != null && target.value() > scale.max()) {
			throw new IllegalArgumentException("The target " + target.value() + " is above the scale's upper bound");
		}
	}

	public LineChart(String title, String categoryLabel, List<String> categories, Scale scale, List<Series> series) {
		this(title, categoryLabel, categories, scale, series, null);
	}

}
