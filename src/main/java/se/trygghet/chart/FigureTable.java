package se.trygghet.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table of figures exactly as a page shows it, for downloading beside it (Excel and CSV): its title, the file name
 * it is saved as (without ending), its columns, its rows and its notes (what ".." or an empty cell means, demo data,
 * disclosure control). The read model that builds a page's table builds this one from the same values, and
 * {@link FigureTableFiles} writes it; so a download never holds a row, a value or a digit the page does not.
 * <p>
 * A number column's cells are {@link BigDecimal}s rounded as the page rounds them (half up to the column's decimals,
 * a double by its exact value as {@code system}'s {@code Decimals} formats it for the page) or {@code null} where the
 * page shows no number (missing or withheld: never 0). A text column's cells are the page's words, or {@code null}
 * for an empty cell; a number column may hold words too where the page writes a bound instead of a number
 * ("< 0,001").
 */
public record FigureTable(String title, String fileName, List<Column> columns, List<List<@Nullable Object>> rows,
		List<String> notes) {

	public FigureTable {
		if (!fileName.matches("[a-z0-9][a-z0-9-]*")) {
			throw new IllegalArgumentException("A file name of lower-case letters, digits and hyphens, not " + fileName);
		}
		columns = List.copyOf(columns);
		List<List<@Nullable Object>> checked = new ArrayList<>();
		for (List<@Nullable Object> row : rows) {
			if (row.size() != columns.size()) {
				throw new IllegalArgumentException(
						"Each row has " + columns.size() + " cells, not " + row.size() + ": " + row);
			}
			List<@Nullable Object> cells = new ArrayList<>(row.size());
			for (int c = 0; c < row.size(); c++) {
				cells.add(columns.get(c).cell(row.get(c)));
			}
			checked.add(Collections.unmodifiableList(cells));
		}
		rows = Collections.unmodifiableList(checked);
		notes = List.copyOf(notes);
	}

	/**
	 * A column: its header and, for numbers, how many decimals the page shows (at most: a {@link BigDecimal} with
	 * fewer, rounded by the read model as its row is shown, keeps them); text columns have none.
	 */
	public record Column(String header, boolean number, int decimals) {

		public Column {
			if (decimals < 0 || decimals > 6 || !number && decimals != 0) {
				throw new IllegalArgumentException("Decimals 0 to 6 for a number column, none for text: " + decimals);
			}
		}

		public static Column text(String header) {
			return new Column(header, false, 0);
		}

		/** Numbers shown with this many decimals. */
		public static Column number(String header, int decimals) {
			return new Column(header, true, decimals);
		}

		/**
		 * A cell as this column keeps it: numbers rounded half up to the column's decimals (a {@link BigDecimal} with
		 * fewer kept as it is), text as text.
		 */
		@Nullable Object cell(@Nullable Object value) {
			if (value == null) {
				return null;
			}
			// a bound the page writes instead of a number ("< 0,001") stays its words, even in a number column
			if (!number || value instanceof CharSequence) {
				return value.toString();
			}
			if (!(value instanceof Number n)) {
				throw new IllegalArgumentException("Column \"" + header + "\" holds numbers, not " + value);
			}
			// rounded already by the read model, as the page shows this row (fewer decimals than another row's)
			if (n instanceof BigDecimal d && d.scale() >= 0 && d.scale() <= decimals) {
				return d;
			}
			// a double by its exact binary value, as the platform's formats round it for the page (Decimals)
			BigDecimal decimal = n instanceof BigDecimal d ? d
					: n instanceof Double || n instanceof Float ? new BigDecimal(n.doubleValue())
							: BigDecimal.valueOf(n.longValue());
			return decimal.setScale(decimals, RoundingMode.HALF_UP);
		}

	}

	/** A number as a page's table holds it: rounded half up to the decimals shown, or null for none. */
	public static @Nullable BigDecimal rounded(@Nullable Number value, int decimals) {
		return value == null ? null : (BigDecimal) Column.number("", decimals).cell(value);
	}

}
