package se.trygghet.chart;

import java.util.List;

/**
 * What every chart has: a title, named categories along one axis (years, committees, weeks), a {@link Scale} for the
 * values along the other, and one or more series with a value per category.
 */
public sealed interface Chart permits LineChart, BarChart {

	/** At most this many series: each needs a colour, a dash pattern and a marker of its own. */
	int MAX_SERIES = 5;

	String title();

	/** What the categories are, e.g. "År" or "Nämnd"; heads the table's first column. */
	String categoryLabel();

	List<String> categories();

	Scale scale();

	List<Series> series();

}
