package se.trygghet.chart;

import java.util.List;

/**
 * A chart's numbers as a table, formatted for the chart's language: one row per category, one column per series.
 * {@code columnHeaders} starts with the header of the row-header column (the chart's category label). Missing or
 * suppressed values are "..", which one of the {@code notes} explains; another note gives a target line's value.
 * {@code toggleLabel} is what a control that shows or hides the table says.
 */
public record ChartTable(String caption, String toggleLabel, List<String> columnHeaders, List<Row> rows,
		List<String> notes) {

	public ChartTable {
		columnHeaders = List.copyOf(columnHeaders);
		rows = List.copyOf(rows);
		notes = List.copyOf(notes);
	}

	/** One category: its name, read as the row's header, and a formatted cell per series. */
	public record Row(String header, List<String> cells) {

		public Row {
			cells = List.copyOf(cells);
		}

	}

}
