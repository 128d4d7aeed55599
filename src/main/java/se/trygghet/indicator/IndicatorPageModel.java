package se.trygghet.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaCatalog.AreaRef;
import se.trygghet.area.AreaId;
import se.trygghet.chart.BarChart;
import se.trygghet.chart.Chart;
import se.trygghet.chart.Charts;
import se.trygghet.chart.FigureTable;
import se.trygghet.chart.LineChart;
import se.trygghet.chart.Scale;
import se.trygghet.chart.Series;
import se.trygghet.chart.SvgChart;
import se.trygghet.indicator.IndicatorCatalog.IndicatorSummary;
import se.trygghet.indicator.IndicatorCatalog.Point;
import se.trygghet.system.Caches;

/**
 * What the indicator page shows for one breakdown: the chart over time (or, for areas, the latest year per area), the
 * comparison of areas, and the values as a table of period × series with ".." and the reason where a value is
 * withheld. Built from one read of the indicator's yearly values for the page's audience.
 */
@Component
class IndicatorPageModel {

	/** The breakdowns a page can show besides the categories: the total and the areas. */
	static final String TOTAL = "total";

	static final String AREA = "area";

	private final IndicatorViews catalog;

	private final IndicatorCharts indicatorCharts;

	private final Charts charts;

	private final AreaCatalog areas;

	private final DisclosureControl disclosure;

	private final MessageSource messages;

	/** Each indicator's latest value and verdict, per audience and indicator revision. */
	static final String SUMMARIES = "indicator-summaries";

	private final Caches.NamedCache summaries;

	IndicatorPageModel(IndicatorViews catalog, IndicatorCharts indicatorCharts, Charts charts, AreaCatalog areas,
			DisclosureControl disclosure, MessageSource messages, Caches caches) {
		this.summaries = caches.named(SUMMARIES);
		this.catalog = catalog;
		this.indicatorCharts = indicatorCharts;
		this.charts = charts;
		this.areas = areas;
		this.disclosure = disclosure;
		this.messages = messages;
	}

	/** The indicator with its latest value and verdict as of this revision, read once per revision and audience. */
	Optional<IndicatorSummary> summary(se.trygghet.plan.IndicatorId id, Audience audience, List<Long> revision) {
		return summaries.get(List.of(id, audience, revision), () -> catalog.indicator(id, audience));
	}

	/** A choice of breakdown, as a link shows it. */
	public record Choice(String key, String label, boolean selected) {
	}

	/**
	 * One cell of the table: the value as text, a footnote mark for a withheld or preliminary value, and whether it is
	 * demo data.
	 */
	public record Cell(String text, @Nullable Double value, @Nullable String note, boolean demo) {
	}

	/** A period's values with the source they come from (each series' source when they differ). */
	public record Row(String period, List<Cell> cells, String source) {
	}

	public record DataTable(String caption, List<String> headers, List<Row> rows, List<String> notes, boolean demo,
			boolean markDemo, int decimals) {
	}

	/** A source of the values shown, with how many values it gave and its latest publication date. */
	public record SourceLine(String source, int values, @Nullable String publishedOn, boolean demo) {
	}

	public record BreakdownView(String selected, List<Choice> choices, @Nullable SvgChart chart, @Nullable SvgChart comparison,
			DataTable table, List<SourceLine> sources) {
	}

	/** The breakdowns the indicator has: total, its categories, areas. */
	List<String> breakdowns(IndicatorSummary indicator) {
		List<String> keys = new ArrayList<>();
		keys.add(TOTAL);
		keys.addAll(indicator.setup().categories());
		keys.add(AREA);
		return keys;
	}

	BreakdownView breakdown(IndicatorSummary indicator, String selected, Audience audience, Locale locale) {
		Optional<AreaId> kommun = catalog.kommun();
		List<Point> yearly = catalog
			.series(indicator.id(), new IndicatorCatalog.SeriesQuery(Set.of(), Set.of(), null, null, Period.Type.YEAR,
					Set.of()), audience)
			.points();
		Map<AreaId, String> names = new LinkedHashMap<>();
		Function<AreaId, String> name = id -> names.computeIfAbsent(id,
				a -> areas.area(a).map(AreaRef::name).orElse(a.toString()));
		Map<String, List<Point>> lines = new LinkedHashMap<>();
		List<Point> kommunPoints = yearly.stream().filter(p -> kommun.isPresent() && p.area().equals(kommun.get())).toList();
		String total = msg("indicator.page.total", locale);
		if (AREA.equals(selected)) {
			if (kommun.isPresent()) {
				lines.put(name.apply(kommun.get()), totals(kommunPoints));
			}
			yearly.stream()
				.filter(p -> p.breakdown().isTotal() && (kommun.isEmpty() || !p.area().equals(kommun.get())))
				.map(Point::area)
				.distinct()
				.sorted(Comparator.comparing(name))
				.forEach(a -> lines.put(name.apply(a),
						yearly.stream().filter(p -> p.area().equals(a) && p.breakdown().isTotal()).toList()));
		}
		else {
			lines.put(total, totals(kommunPoints));
			if (!TOTAL.equals(selected)) {
				for (String option : indicator.setup().breakdowns().getOrDefault(selected, List.of())) {
					List<Point> points = kommunPoints.stream()
						.filter(p -> p.breakdown().options().equals(Map.of(selected, option)))
						.toList();
					if (!points.isEmpty()) {
						lines.put(optionName(selected, option, locale), points);
					}
				}
			}
		}
		TreeSet<Period> periods = new TreeSet<>();
		lines.values().forEach(points -> points.forEach(p -> periods.add(p.period())));
		Scale scale = indicatorCharts.scale(indicator, locale);
		SvgChart comparison = comparison(indicator, yearly, kommun, name, scale, locale);
		SvgChart chart;
		if (AREA.equals(selected)) {
			chart = comparison;
			comparison = null;
		}
		else {
			chart = lineChart(indicator, lines, periods, scale, locale);
		}
		List<Choice> choices = breakdowns(indicator).stream()
			.map(key -> new Choice(key, choiceLabel(key, locale), key.equals(selected)))
			.toList();
		List<Point> shown = lines.values().stream().flatMap(List::stream).toList();
		return new BreakdownView(selected, choices, chart, comparison, table(indicator, lines, periods, locale), sources(shown));
	}

	private @Nullable SvgChart lineChart(IndicatorSummary indicator, Map<String, List<Point>> lines,
			TreeSet<Period> periods, Scale scale, Locale locale) {
		if (periods.isEmpty()) {
			return null;
		}
		List<String> categories = periods.stream().map(Period::toString).toList();
		List<Series> series = new ArrayList<>();
		for (Map.Entry<String, List<Point>> line : lines.entrySet()) {
			if (series.size() == Chart.MAX_SERIES) {
				break;
			}
			series.add(new Series(line.getKey(), values(line.getValue(), periods)));
		}
		boolean demo = lines.values().stream().flatMap(List::stream).anyMatch(Point::demo);
		return charts.render(new LineChart(demoTitle(indicator.name(), demo, locale), msg("indicator.page.year", locale), categories, scale,
				series, indicatorCharts.target(indicator, scale, locale)), locale);
	}

	/** The latest year that has a value in any area below the municipality, as horizontal bars per area. */
	private @Nullable SvgChart comparison(IndicatorSummary indicator, List<Point> yearly, Optional<AreaId> kommun,
			Function<AreaId, String> name, Scale scale, Locale locale) {
		List<Point> byArea = yearly.stream().filter(p -> p.breakdown().isTotal()).toList();
		Optional<Period> latest = byArea.stream()
			.filter(p -> p.value() != null && (kommun.isEmpty() || !p.area().equals(kommun.get())))
			.map(Point::period)
			.max(Comparator.naturalOrder());
		if (latest.isEmpty()) {
			return null;
		}
		List<Point> year = byArea.stream().filter(p -> p.period().equals(latest.get())).toList();
		List<Point> ordered = new ArrayList<>();
		year.stream().filter(p -> kommun.isPresent() && p.area().equals(kommun.get())).forEach(ordered::add);
		year.stream()
			.filter(p -> kommun.isEmpty() || !p.area().equals(kommun.get()))
			.sorted(Comparator.comparing(p -> name.apply(p.area())))
			.forEach(ordered::add);
		List<String> categories = ordered.stream().map(p -> name.apply(p.area())).toList();
		List<@Nullable Double> values = new ArrayList<>();
		ordered.forEach(p -> values.add(p.value() == null ? null : p.value().doubleValue()));
		String title = msg("indicator.page.comparison.title", locale, indicator.name(), latest.get());
		return charts.render(new BarChart(demoTitle(title, ordered.stream().anyMatch(Point::demo), locale),
				msg("indicator.page.area", locale), categories, scale,
				List.of(new Series(latest.get().toString(), values)), BarChart.Orientation.HORIZONTAL, true), locale);
	}

	private DataTable table(IndicatorSummary indicator, Map<String, List<Point>> lines, TreeSet<Period> periods,
			Locale locale) {
		// a footnote per reason a value is withheld, and one for preliminary values
		Map<Object, String> marks = new LinkedHashMap<>();
		List<Point> all = lines.values().stream().flatMap(List::stream).toList();
		boolean demo = all.stream().anyMatch(Point::demo);
		boolean markDemo = demo && all.stream().anyMatch(p -> !p.demo());
		List<Row> rows = new ArrayList<>();
		for (Period period : periods) {
			List<Cell> cells = new ArrayList<>();
			Map<String, String> sources = new LinkedHashMap<>();
			for (Map.Entry<String, List<Point>> line : lines.entrySet()) {
				Point point = line.getValue().stream().filter(p -> p.period().equals(period)).findFirst().orElse(null);
				if (point == null) {
					cells.add(new Cell("", null, null, false));
					continue;
				}
				sources.put(line.getKey(), point.source());
				Object reason = point.suppressed() != null ? point.suppressed()
						: point.status() == MeasurementStatus.PRELIMINARY ? MeasurementStatus.PRELIMINARY : null;
				String note = reason == null ? null
						: marks.computeIfAbsent(reason, r -> String.valueOf(marks.size() + 1));
				cells.add(new Cell(IndicatorCharts.format(point.value(), indicator, locale),
						point.value() == null ? null : point.value().doubleValue(), note, markDemo && point.demo()));
			}
			rows.add(new Row(period.toString(), cells, sourceText(sources)));
		}
		List<String> notes = new ArrayList<>();
		marks.forEach((reason, mark) -> notes.add(mark + ") " + (reason instanceof IndicatorCatalog.SuppressionReason r
				? ".. " + disclosure.explain(r, messages, locale) : msg("indicator.page.preliminary", locale))));
		if (all.stream().anyMatch(p -> p.value() == null && p.suppressed() == null)) {
			notes.add(msg("indicator.page.missing", locale));
		}
		String caption = msg("indicator.page.table.caption", locale, indicator.name(),
				IndicatorCharts.unit(indicator.unit()));
		return new DataTable(caption, List.copyOf(lines.keySet()), rows, notes, demo, markDemo,
				indicatorCharts.scale(indicator, locale).decimals());
	}

	/**
	 * A breakdown's table of values as a download: the page's rows and columns, each value a number with the page's
	 * decimals (empty where the page shows none or ".."), the footnote marks of a row in a column of their own, the
	 * source, and the page's notes (what each mark means, demo data).
	 */
	FigureTable download(IndicatorSummary indicator, String selected, Audience audience, Locale locale) {
		DataTable table = breakdown(indicator, selected, audience, locale).table();
		List<FigureTable.Column> columns = new ArrayList<>();
		columns.add(FigureTable.Column.text(msg("indicator.page.period", locale)));
		table.headers().forEach(h -> columns.add(FigureTable.Column.number(h, table.decimals())));
		columns.add(FigureTable.Column.text(msg("indicator.export.marks", locale)));
		columns.add(FigureTable.Column.text(msg("indicator.page.source", locale)));
		String demoMark = msg("indicator.demo", locale);
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (Row row : table.rows()) {
			List<@Nullable Object> cells = new ArrayList<>();
			cells.add(row.period());
			List<String> marks = new ArrayList<>();
			for (int c = 0; c < row.cells().size(); c++) {
				Cell cell = row.cells().get(c);
				cells.add(cell.value());
				if (cell.note() != null || cell.demo()) {
					marks.add(table.headers().get(c) + ": " + (cell.note() == null ? "" : cell.note() + ")")
							+ (cell.demo() ? (cell.note() == null ? "" : " ") + demoMark : ""));
				}
			}
			cells.add(marks.isEmpty() ? null : String.join("; ", marks));
			cells.add(row.source());
			rows.add(cells);
		}
		List<String> notes = new ArrayList<>(table.notes());
		if (table.demo()) {
			notes.add(table.markDemo() ? msg("indicator.demo.mixed", locale) : msg("indicator.demo.note", locale));
		}
		notes.add(msg(audience == Audience.PUBLIC ? "indicator.export.public" : "indicator.export.internal", locale));
		String name = "indikator-" + slug(indicator.name()) + "-" + slug(choiceLabel(selected, locale));
		return new FigureTable(table.caption(), name, columns, rows, notes);
	}

	/** Lower-case letters and digits of a name, the rest one hyphen (å, ä, ö as a, a, o), for a file name. */
	static String slug(String text) {
		String plain = java.text.Normalizer.normalize(text.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
		String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		slug = slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
		return slug.isEmpty() ? "tabell" : slug;
	}

	/** One source for the whole row, or each series' own ("Kvinnor: Kolada; Män: demo") when they differ. */
	private static String sourceText(Map<String, String> bySeries) {
		if (new java.util.HashSet<>(bySeries.values()).size() <= 1) {
			return bySeries.values().stream().findFirst().orElse("");
		}
		return String.join("; ", bySeries.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList());
	}

	private static List<SourceLine> sources(List<Point> points) {
		Map<String, List<Point>> bySource = new LinkedHashMap<>();
		points.forEach(p -> bySource.computeIfAbsent(p.source(), s -> new ArrayList<>()).add(p));
		List<SourceLine> lines = new ArrayList<>();
		bySource.forEach((source, list) -> lines.add(new SourceLine(source, list.size(),
				list.stream()
					.map(Point::publishedOn)
					.filter(java.util.Objects::nonNull)
					.max(Comparator.naturalOrder())
					.map(Object::toString)
					.orElse(null),
				list.stream().anyMatch(Point::demo))));
		return lines;
	}

	private static List<@Nullable Double> values(List<Point> points, Set<Period> periods) {
		List<@Nullable Double> values = new ArrayList<>();
		for (Period period : periods) {
			Point point = points.stream().filter(p -> p.period().equals(period)).findFirst().orElse(null);
			values.add(point == null || point.value() == null ? null : point.value().doubleValue());
		}
		return values;
	}

	private static List<Point> totals(List<Point> points) {
		return points.stream().filter(p -> p.breakdown().isTotal()).toList();
	}

	String choiceLabel(String key, Locale locale) {
		if (TOTAL.equals(key)) {
			return msg("indicator.page.breakdown.total", locale);
		}
		if (AREA.equals(key)) {
			return msg("indicator.page.breakdown.area", locale);
		}
		return catalog.categories()
			.stream()
			.filter(c -> c.key().equals(key))
			.findFirst()
			.map(c -> c.name(locale))
			.orElse(key);
	}

	private String optionName(String category, String option, Locale locale) {
		return catalog.categories()
			.stream()
			.filter(c -> c.key().equals(category))
			.flatMap(c -> c.options().stream())
			.filter(o -> o.key().equals(option))
			.findFirst()
			.map(o -> o.name(locale))
			.orElse(option);
	}

	/** A chart's title, saying "(Demodata)" when any of its values is invented. */
	private String demoTitle(String title, boolean demo, Locale locale) {
		return demo ? title + " (" + msg("indicator.demo", locale) + ")" : title;
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
