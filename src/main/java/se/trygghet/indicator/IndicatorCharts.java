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
		List<Point> totals = yearlyTotals(indicator, audience);
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
		return Optional.of(charts.render(new LineChart(title, msg("indicator.page.year", locale), years,
				scale, List.of(new Series(msg("indicator.page.total", locale), values)), target(indicator, scale, locale)),
				locale));
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
	 * its period, or null.
	 */
	public static @Nullable String latestText(IndicatorSummary indicator, Locale locale) {
		Point latest = indicator.latest();
		if (latest == null) {
			return null;
		}
		String unit = unitAfterNumber(indicator.unit());
		boolean unitShown = !"%".equals(unit) && !unit.isEmpty() && latest.value() != null;
		return format(latest.value(), indicator, locale) + (unitShown ? " " + unit : "") + " (" + latest.period()
				+ ")";
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
