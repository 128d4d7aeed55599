package se.trygghet.situation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import se.trygghet.chart.FigureTable;
import se.trygghet.chart.FigureTable.Column;
import se.trygghet.incident.IncidentReporting;

/**
 * The hot-spot page's figures, read from the same cached analysis as {@code /api/v1/hotspots} with the same query, so
 * the page and the API state the same numbers: how many cells are significant (all of them, not only the rows the
 * table lists), the incidents counted and any left out, and a table of the strongest cells named by the area they lie
 * in, with z and p written in the reader's language.
 */
@Component
class HotSpotPage {

	/** The table lists at most this many cells; the text above it says how many there are. */
	static final int MAX_ROWS = 100;

	static final Set<Integer> CELL_SIZES = Set.of(250, 500, 1000);

	static final int DEFAULT_CELL_SIZE = 250;

	/** The kernel density's bandwidth in metres when the form names none. */
	static final int DEFAULT_BANDWIDTH = 500;

	private final HotSpots hotSpots;

	private final se.trygghet.area.AreaCatalog areas;

	private final HotSpotQueries queries;

	private final IncidentReporting reporting;

	private final MessageSource messages;

	HotSpotPage(HotSpots hotSpots, se.trygghet.area.AreaCatalog areas, HotSpotQueries queries,
			IncidentReporting reporting, MessageSource messages) {
		this.messages = messages;
		this.hotSpots = hotSpots;
		this.areas = areas;
		this.queries = queries;
		this.reporting = reporting;
	}

	/**
	 * What the page's form asks, as it was sent; anything missing takes the default (a year up to today, 250 m, every
	 * category, weekday and hour, Gi*). An hour span needs both ends, as on the API.
	 */
	public record Form(@Nullable String from, @Nullable String to, @Nullable Integer cellSize, @Nullable String categories,
			@Nullable List<Integer> weekdays, @Nullable Integer hourFrom, @Nullable Integer hourTo, @Nullable String view,
			@Nullable Integer bandwidth) {

		int cells() {
			return cellSize == null ? DEFAULT_CELL_SIZE : cellSize;
		}

		boolean density() {
			return "kde".equals(view);
		}

		@Nullable
		String hours() {
			return hourFrom == null || hourTo == null ? null : hourFrom + "-" + hourTo;
		}

		@Nullable
		String weekdayList() {
			return weekdays == null || weekdays.isEmpty() ? null
					: String.join(",", weekdays.stream().map(String::valueOf).toList());
		}

	}

	/** A significant cell as the table shows it. */
	public record Row(String cell, String area, int count, String z, String p, String pFdr, int bin, double zValue,
			double pValue, double pFdrValue) {
	}

	/**
	 * The page: the form's values to show again, and either the analysis's figures or the message of a query that
	 * cannot be answered. {@code shown} is the number of cells on the map (with incidents or significant).
	 */
	public record View(LocalDate from, LocalDate to, int cellSize, String categories, List<Integer> weekdays,
			@Nullable Integer hourFrom, @Nullable Integer hourTo, boolean density, int bandwidth,
			@Nullable String problem, long shown, long significant, long hotSpots, long coldSpots, long incidents,
			long outside, int studyAreaCells, List<Row> rows, String outlines) {

		public boolean hasFigures() {
			return problem == null && !density;
		}

		/** The query of this selection, for the table's downloads to ask the same. */
		public String query() {
			UriComponentsBuilder query = UriComponentsBuilder.newInstance()
				.queryParam("from", from)
				.queryParam("to", to)
				.queryParam("cellSize", cellSize);
			if (!categories.isBlank()) {
				query.queryParam("categories", categories);
			}
			weekdays.forEach(day -> query.queryParam("weekdays", day));
			if (hourFrom != null && hourTo != null) {
				query.queryParam("hourFrom", hourFrom).queryParam("hourTo", hourTo);
			}
			return query.encode().build().getQuery();
		}

	}

	/** The page for a form; {@code unreadable} when a value of it could not even be converted (a tampered URL). */
	View view(Form form, boolean unreadable, Locale locale) {
		LocalDate from = date(form.from(), queries.defaultFrom());
		LocalDate to = date(form.to(), queries.defaultTo());
		List<Integer> weekdays = form.weekdays() == null ? List.of() : List.copyOf(form.weekdays());
		String categories = form.categories() == null ? "" : form.categories();
		int bandwidth = form.bandwidth() == null ? DEFAULT_BANDWIDTH : form.bandwidth();
		String outlines = areas.outlinesGeoJson(reporting.municipality());
		String problem = null;
		HotSpots.Analysis analysis = null;
		try {
			if (unreadable || !CELL_SIZES.contains(form.cells())) {
				throw new IllegalArgumentException("cellSize");
			}
			HotSpots.Query query = queries.query(form.from(), form.to(), form.categories(), form.cells(),
					form.weekdayList(), form.hours());
			if (!form.density()) {
				analysis = hotSpots.analysis(reporting.municipality(), query);
			}
		}
		catch (IllegalArgumentException ex) {
			problem = from != null && to != null && !from.isBefore(to) ? "situation.hotspots.badPeriod"
					: "situation.hotspots.badQuery";
		}
		if (analysis == null) {
			return new View(orDefault(from, queries.defaultFrom()), orDefault(to, queries.defaultTo()), form.cells(),
					categories, weekdays, form.hourFrom(), form.hourTo(), form.density(), bandwidth, problem, 0, 0, 0, 0,
					0, 0, 0, List.of(), outlines);
		}
		List<GetisOrd.CellStatistic> listed = analysis.significant().stream().limit(MAX_ROWS).toList();
		Map<GridCell, String> names = hotSpots.areaNames(reporting.municipality(),
				listed.stream().map(GetisOrd.CellStatistic::cell).toList(), form.cells());
		List<Row> rows = listed.stream()
			.map(s -> new Row(s.cell().column() + "-" + s.cell().row(), names.get(s.cell()), s.count(),
					StatisticsFormat.decimal(s.z(), 2, locale), StatisticsFormat.pValue(s.p(), locale),
					StatisticsFormat.pValue(s.pFdr(), locale), s.bin(), s.z(), s.p(), s.pFdr()))
			.toList();
		return new View(from, to, form.cells(), categories, weekdays, form.hourFrom(), form.hourTo(), false, bandwidth,
				null, analysis.shown(), analysis.hotSpots() + analysis.coldSpots(), analysis.hotSpots(),
				analysis.coldSpots(), analysis.counted(), analysis.outside(), analysis.studyAreaCells(), rows, outlines);
	}

	/** A date as typed, or null when it cannot be read (the query then says what is wrong). */
	private static @Nullable LocalDate date(@Nullable String text, LocalDate otherwise) {
		if (text == null || text.isBlank()) {
			return otherwise;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

	private static LocalDate orDefault(@Nullable LocalDate date, LocalDate otherwise) {
		return date == null ? otherwise : date;
	}

	/**
	 * The table of significant cells as a download, for the same selection as the page: the same rows (at most
	 * {@value #MAX_ROWS}), z with two decimals and p with three as the page rounds them ("< 0,001" in words), and the
	 * page's sentence on how many cells there are in all. A selection the page cannot answer gives its message and no
	 * rows.
	 */
	FigureTable table(Form form, boolean unreadable, Locale locale) {
		View view = view(form, unreadable, locale);
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (Row row : view.rows()) {
			rows.add(java.util.Arrays.asList(row.cell(), row.area(), row.count(),
					// decimal as StatisticsFormat rounds for the page: the double's shortest decimal, half up
					BigDecimal.valueOf(row.zValue()), p(row.pValue(), row.p()), p(row.pFdrValue(), row.pFdr()),
					msg("situation.hotspots.bin." + row.bin(), locale)));
		}
		List<String> notes = new ArrayList<>();
		if (view.problem() != null) {
			notes.add(msg(view.problem(), locale));
		}
		else if (view.hasFigures()) {
			notes.add(view.significant() == 0 ? msg("situation.hotspots.rows.none", locale)
					: msg("situation.hotspots.rows", locale, view.rows().size(), view.significant()));
		}
		return new FigureTable(msg("situation.hotspots.table", locale),
				"hotspots-" + view.from() + "-" + view.to() + "-" + view.cellSize() + "m",
				List.of(Column.text(msg("situation.hotspots.cell", locale)), Column.text(msg("situation.area", locale)),
						Column.number(msg("situation.hotspots.count", locale), 0), Column.number("z", 2),
						Column.number(msg("situation.hotspots.p", locale), 3),
						Column.number(msg("situation.hotspots.pFdr", locale), 3),
						Column.text(msg("situation.hotspots.bin", locale))),
				rows, notes);
	}

	/** A p-value as the page writes it: a number, or the words of its bound below the smallest written. */
	private static Object p(double value, String text) {
		return value < StatisticsFormat.SMALLEST_P ? text : BigDecimal.valueOf(value);
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
