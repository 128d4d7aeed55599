package se.trygghet.chart;

import java.util.List;

/**
 * Bars per category, e.g. the share of reports completed per committee or incidents per category; with more than one
 * series the bars of a category stand side by side and each series has its own colour and outline pattern.
 * {@code valuesAtBars} prints each bar's number at its end, which makes the figure readable without the axis.
 */
public record BarChart(String title, String categoryLabel, List<String> categories, Scale scale, List<Series> series,
		Orientation orientation, boolean valuesAtBars) implements Chart {

	public BarChart {
		categories = List.copyOf(categories);
		series = List.copyOf(series);
		ChartRules.check(title, categoryLabel, categories, scale, series);
		if (orientation == null) {
			throw new IllegalArgumentException("A bar chart needs an orientation");
		}
	}

	/**
	 * Which way the bars grow. Horizontal bars suit long category names such as committees, and their chart grows in
	 * height with the number of categories.
	 */
	public enum Orientation {

		HORIZONTAL, VERTICAL

	}

}
