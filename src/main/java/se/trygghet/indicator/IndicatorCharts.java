package se.trygghet.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.trygghet.chart.Charts;
import se.trygghet.chart.LineChart;
import se.trygghet.chart.Scale;
import se.trygghet.chart.Series;
import se.trygghet.chart.SvgChart;
import se.trygghet.chart.Target;
import se.trygghet.indicator.IndicatorCatalog.IndicatorSummary;
import se.trygghet.indicator.IndicatorCatalog.Point;

/**
 * Charts and numbers of indicators as pages and documents show them: the trend of an indicator's yearly totals for
 * the municipality (with the plan's target), scales that fit the indicator's unit, and values written the way the
 * language writes numbers. Values are read through {@link IndicatorCatalog} for the audience asked for, so a chart for
 * the public shows no suppressed value.
 */
@Component
public class IndicatorCharts {

	private final IndicatorViews catalog;

	private final Charts charts;

	private final MessageSource messages;

	IndicatorCharts(IndicatorViews catalog, Charts charts, MessageSource messages) {
		this.catalog = catalog;
		this.charts = charts;
		this.messages = messages;
	}

	/** The indicator's yearly totals for the municipality as a line, or nothing when there are no values. */
	public Optional<SvgChart> trend(IndicatorSummary indicator, Audience audience, Locale locale) {
		return trendChart(indicator, yearlyTotals(indicator, audience), locale)
			.map(chart -> charts.render(chart, locale));
	}

	/**
	 * The trend chart as a document shows it: the years up to and including {@code until}, a title that names the
	 * indicator, its unit and the years, and a text alternative made from the same values (the first and the latest
	 * with their years, and the verdict). {@code indicator} must be read as of {@code until} too
	 * ({@link IndicatorCatalog#indicator(se.trygghet.plan.IndicatorId, Audience, Period)}), so that the verdict and the
	 * latest value are those of the same years.
	 */
	public Optional<TrendFigure> trendFigure(IndicatorSummary indicator, Audience audience, Locale locale,
			Period until) {
		List<Point> totals = yearlyTotals(indicator, audience, until);
		return trendChart(indicator, totals, locale).map(chart -> {
			String span = span(totals);
			String demo = totals.stream().anyMatch(Point::demo) ? " (" + msg("indicator.demo", locale) + ")" : "";
			String title = msg("indicator.figure.title", locale, indicator.name(), indicator.unit(), span) + demo;
			return new TrendFigure(chart, title, alternativeText(indicator, totals, span, locale) + demo);
		});
	}

	/**
	 * A trend chart in a document: the chart, its visible title and its text alternative (what a screen reader reads
	 * for the figure, and all a reader of the text learns from it).
	 */
	public record TrendFigure(LineChart chart, String title, String alternativeText) {
	}

	private Optional<LineChart> trendChart(IndicatorSummary indicator, List<Point> totals, Locale locale) {
		if (totals.isEmpty()) {
			return Optional.empty();
		}
		List<String> years = totals.stream().map(p -> p.period().toString()).toList();
		List<@Nullable Double> values = new ArrayList<>();
		totals.forEach(p -> values.add(p.value() == null ? null : p.value().doubleValue()));
		Scale scale = scale(indicator, locale);
		// demo values say so wherever they appear, also in a chart's title (and so in the annual report)
		String title = totals.stream().anyMatch(Point::demo)
				? indicator.name() + " (" + msg("indicator.demo", locale) + ")" : indicator.name();
		return Optional.of(new LineChart(title, msg("indicator.page.year", locale), years, scale,
				List.of(new Series(msg("indicator.page.total", locale), values)), target(indicator, scale, locale)));
	}

	/** "Valdeltagande (procent) för hela kommunen: 84 % år 2018, senaste värde 81,7 % år 2022. Bedömning: …" */
	private String alternativeText(IndicatorSummary indicator, List<Point> totals, String span, Locale locale) {
		List<Point> measured = totals.stream().filter(p -> p.value() != null).toList();
		String name = indicator.name();
		String unit = indicator.unit();
		String values;
		if (measured.isEmpty()) {
			values = msg("indicator.figure.alt.none", locale, name, unit, span);
		}
		else {
			Point first = measured.get(0);
			Point latest = measured.get(measured.size() - 1);
			values = measured.size() == 1
					? msg("indicator.figure.alt.value", locale, name, unit, withUnit(first, indicator, locale),
							first.period().toString())
					: msg("indicator.figure.alt.values", locale, name, unit, withUnit(first, indicator, locale),
							first.period().toString(), withUnit(latest, indicator, locale), latest.period().toString());
		}
		String verdict = msg(indicator.assessment().verdict().messageKey(), locale).toLowerCase(locale);
		return values + " " + msg("indicator.figure.alt.verdict", locale, verdict);
	}

	private static String span(List<Point> totals) {
		String first = totals.get(0).period().toString();
		String last = totals.get(totals.size() - 1).period().toString();
		return first.equals(last) ? first : first + "–" + last;
	}

	/** "81,7 %", "412" or "395 per 100 000 invånare", written as the indicator's tables write it. */
	private static String withUnit(Point point, IndicatorSummary indicator, Locale locale) {
		String shown = unitAfterNumber(indicator.unit());
		return format(point.value(), indicator, locale) + ("%".equals(shown) || shown.isEmpty() ? "" : " " + shown);
	}

	/** The plan's target as a line ("Mål 2023"), or null when there is none or it lies outside the scale. */
	@Nullable Target target(IndicatorSummary indicator, Scale scale, Locale locale) {
		IndicatorSetup.Target target = indicator.setup().target();
		return target == null || (scale.max() != null && target.value().doubleValue() > scale.max()) ? null
				// a year is text to the message, never a number it would group ("Mål 2 026")
				: new Target(target.value().doubleValue(),
						msg("indicator.page.target", locale, String.valueOf(target.year())));
	}

	/** The yearly totals for the municipality, oldest first, for the audience. */
	public List<Point> yearlyTotals(IndicatorSummary indicator, Audience audience) {
		return catalog.series(indicator.id(), IndicatorCatalog.SeriesQuery.yearlyTotal(municipality(indicator, audience)),
				audience).points();
	}

	/** The yearly totals for the municipality up to and including {@code until}, oldest first. */
	private List<Point> yearlyTotals(IndicatorSummary indicator, Audience audience, Period until) {
		return catalog.series(indicator.id(),
				IndicatorCatalog.SeriesQuery.yearlyTotal(municipality(indicator, audience)).between(null, until),
				audience).points();
	}

	/** A scale for the indicator's unit: percentages from 0 to 100, other units as they are named. */
	public Scale scale(IndicatorSummary indicator, Locale locale) {
		String unit = indicator.unit().strip();
		String label = unit.isEmpty() ? indicator.name() : Character.toUpperCase(unit.charAt(0)) + unit.substring(1);
		return scale(label, unit, indicator.setup().measure());
	}

	private static Scale scale(String label, String unit, IndicatorSetup.MeasureType measure) {
		if (percent(unit) || measure.isShare()) {
			return Scale.percent(label, 1);
		}
		int decimals = measure == IndicatorSetup.MeasureType.INDEX ? 1 : 0;
		return new Scale(label, "", decimals, null);
	}

	/**
	 * "62,5 % (2023)", "412 (2023)" or "395 per 100 000 invånare (2023)": the latest value for the municipality with
	 * its period ("12 (2026, preliminärt)" while the period runs), or null.
	 */
	public static @Nullable String latestText(IndicatorSummary indicator, Locale locale) {
		Point latest = indicator.latest();
		if (latest == null) {
			return null;
		}
		String unit = unitAfterNumber(indicator.unit());
		boolean unitShown = !"%".equals(unit) && !unit.isEmpty() && latest.value() != null;
		// a value of a period still running (this year's count so far) must not read as the whole period's
		String preliminary = latest.status() != MeasurementStatus.PRELIMINARY ? ""
				: "en".equals(locale.getLanguage()) ? ", preliminary" : ", preliminärt";
		return format(latest.value(), indicator, locale) + (unitShown ? " " + unit : "") + " (" + latest.period()
				+ preliminary + ")";
	}

	/**
	 * "62,5 %" or "412", ".." for no value: written exactly as the indicator's charts and their tables write it (one
	 * decimal for percentages and indexes, whole numbers otherwise), so every figure of an indicator on a page agrees.
	 */
	public static String format(@Nullable BigDecimal value, IndicatorSummary indicator, Locale locale) {
		return format(value, indicator.unit(), indicator.setup().measure(), locale);
	}

	/** As {@link #format(BigDecimal, IndicatorSummary, Locale)} from the indicator's unit and measure. */
	public static String format(@Nullable BigDecimal value, String unit, IndicatorSetup.MeasureType measure,
			Locale locale) {
		// the chart's own formatter, fed the same double the chart is drawn from, so the two round alike
		return scale("-", unit, measure).format(value == null ? null : value.doubleValue(), locale);
	}

	/** The unit as a page writes it in a heading or caption: % for percent, otherwise the plan's own word. */
	public static String unit(String unit) {
		return percent(unit) ? "%" : unit;
	}

	/**
	 * The unit as it reads after a number: "%" for percent, nothing for a plain count ("412", not "412 antal") and
	 * "per 100 000 invånare" for a count per inhabitants.
	 */
	static String unitAfterNumber(String unit) {
		String u = unit.strip();
		String lower = u.toLowerCase(Locale.ROOT);
		if (lower.equals("antal")) {
			return "";
		}
		if (lower.startsWith("antal ")) {
			return u.substring("antal ".length()).strip();
		}
		return unit(u);
	}

	private static boolean percent(String unit) {
		String u = unit.strip().toLowerCase(Locale.ROOT);
		return u.equals("procent") || u.equals("%") || u.equals("percent");
	}

	private se.trygghet.area.AreaId municipality(IndicatorSummary indicator, Audience audience) {
		if (indicator.latest() != null) {
			return indicator.latest().area();
		}
		// no area matches the nil id, so an indicator without values gets an empty series
		return catalog.kommun().orElse(new se.trygghet.area.AreaId(new java.util.UUID(0, 0)));
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
