package se.trygghet.situation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
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

	HotSpotPage(HotSpots hotSpots, se.trygghet.area.AreaCatalog areas, HotSpotQueries queries,
			IncidentReporting reporting) {
		this.hotSpots = hotSpots;
		this.areas = areas;
		this.queries = queries;
		this.reporting = reporting;
	}

	/**
	 * What the page's form asks, as it was sent; anything missing takes the default (a year up to today, 250 m, every
	 * category, weekday and hour, Gi*). An hour span needs both ends, as on the API.
	 */
	record Form(@Nullable String from, @Nullable String to, @Nullable Integer cellSize, @Nullable String categories,
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
	record Row(String cell, String area, int count, String z, String p, String pFdr, int bin) {
	}

	/**
	 * The page: the form's values to show again, and either the analysis's figures or the message of a query that
	 * cannot be answered. {@code shown} is the number of cells on the map (with incidents or significant).
	 */
	record View(LocalDate from, LocalDate to, int cellSize, String categories, List<Integer> weekdays,
			@Nullable Integer hourFrom, @Nullable Integer hourTo, boolean density, int bandwidth,
			@Nullable String problem, long shown, long significant, long hotSpots, long coldSpots, long incidents,
			long outside, int studyAreaCells, List<Row> rows, String outlines) {

		public boolean hasFigures() {
			return problem == null && !density;
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
					StatisticsFormat.pValue(s.pFdr(), locale), s.bin()))
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

}
