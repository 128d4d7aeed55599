package se.trygghet.intervention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.trygghet.chart.BarChart;
import se.trygghet.chart.Charts;
import se.trygghet.chart.FigureTable;
import se.trygghet.chart.Scale;
import se.trygghet.chart.Series;
import se.trygghet.chart.SvgChart;
import se.trygghet.cost.CostEstimates;
import se.trygghet.cost.CrimeCosts;
import se.trygghet.cost.PreventedValue;
import se.trygghet.intervention.EffectEvaluation.Measure;
import se.trygghet.intervention.EffectEvaluation.Verdict;
import se.trygghet.system.Decimals;

/**
 * A stored evaluation as a page shows it: its inputs, counts, the verdict of its primary measure with the reason for
 * that measure, the other measure's disagreement explained, the figures in words and numbers, and a chart whose table
 * holds the same rates as the counts table.
 */
@Component
class EvaluationViews {

	/** Rates, ratios and differences: the chart's scale has as many, so the figure and both tables agree. */
	private static final int DECIMALS = 2;

	private final Choices choices;

	private final Charts charts;

	private final MessageSource messages;

	private final CrimeCosts costs;

	EvaluationViews(Choices choices, Charts charts, MessageSource messages, CrimeCosts costs) {
		this.choices = choices;
		this.charts = charts;
		this.messages = messages;
		this.costs = costs;
	}

	/** One zone's counts and rates per month. */
	public record ZoneRow(String zone, String area, long before, long after, String rateBefore, String rateAfter,
			double rateBeforeValue, double rateAfterValue) {
	}

	/** A measure with its 95 % interval in words; {@code css} names it on the page. */
	public record Figure(String label, String css, String value, String interval) {
	}

	/**
	 * {@code verdict} follows the primary measure, which {@code primary} names with the reason; {@code measures} lists
	 * the primary first; {@code disagreement} explains a secondary measure that reads differently, and
	 * {@code totalNetEffectNote} a total net effect (with its buffer) that reads differently from the verdict;
	 * {@code prevented} the estimated value of the incidents prevented (the total net effect's interval times the unit
	 * costs of the evaluation's categories).
	 */
	public record View(StoredEvaluation stored, EffectEvaluation.Result result, List<ZoneRow> zones, String verdict,
			String primary, @Nullable String disagreement, List<Figure> measures, @Nullable String wdq,
			String wdqReading, @Nullable Figure totalNetEffect, @Nullable String totalNetEffectNote,
			List<String> warnings, SvgChart chart, boolean demo, String categories, String monthsBefore,
			String monthsAfter, PreventedValue prevented) {
	}

	View view(StoredEvaluation e, String title, Locale locale) {
		return view(e, title, locale, costs.estimates());
	}

	/** An intervention's evaluations, valued with the unit costs and index read once for them all. */
	List<View> views(List<StoredEvaluation> stored, String title, Locale locale) {
		if (stored.isEmpty()) {
			return List.of();
		}
		CostEstimates estimates = costs.estimates();
		return stored.stream().map(e -> view(e, title, locale, estimates)).toList();
	}

	private View view(StoredEvaluation e, String title, Locale locale, CostEstimates estimates) {
		EffectEvaluation.Result r = e.result();
		StoredEvaluation.Request q = e.request();
		List<ZoneRow> zones = new ArrayList<>();
		zones.add(new ZoneRow(message("evaluation.zone.target", locale), choices.areaName(q.target()),
				e.targetBefore(), e.targetAfter(), two(r.targetRateBefore(), locale),
				two(r.targetRateAfter(), locale), r.targetRateBefore(), r.targetRateAfter()));
		zones.add(new ZoneRow(message("evaluation.zone.control", locale), choices.areaName(q.control()),
				e.controlBefore(), e.controlAfter(), two(r.controlRateBefore(), locale),
				two(r.controlRateAfter(), locale), r.controlRateBefore(), r.controlRateAfter()));
		if (r.bufferRateBefore() != null && r.bufferRateAfter() != null) {
			zones.add(new ZoneRow(message("evaluation.zone.buffer", locale),
					message("evaluation.zone.bufferOf", locale, q.bufferMetres(), choices.areaName(q.target())),
					e.bufferBefore(), e.bufferAfter(), two(r.bufferRateBefore(), locale),
					two(r.bufferRateAfter(), locale), r.bufferRateBefore(), r.bufferRateAfter()));
		}
		List<String> warnings = r.warnings()
			.stream()
			.map(w -> message(warningCode(w, r), locale, EffectEvaluation.MIN_COUNT, two(r.longRunRate(), locale),
					Decimals.format(r.longRunMonths(), 0, locale),
					Math.round(r.longRunMonths() * EffectEvaluation.DAYS_PER_MONTH)))
			.toList();
		return new View(e, r, zones, verdict(r, locale), message("evaluation.primary." + r.primary(), locale),
				disagreement(r, locale), measures(r, locale), r.wdq() == null ? null : two(r.wdq(), locale),
				message("evaluation.wdq." + r.wdqReading(), locale), totalNetEffect(r, locale),
				totalNetEffectNote(r, locale), warnings, chart(r, zones, title, locale),
				choices.demoArea(q.target()) || choices.demoArea(q.control()),
				choices.categoryNames(q.categories(), locale),
				two(EffectEvaluation.months(q.beforeFrom(), q.beforeTo()), locale),
				two(EffectEvaluation.months(q.afterFrom(), q.afterTo()), locale),
				estimates.prevented(r.totalNetEffectLow(), r.totalNetEffectHigh(), q.categories()));
	}

	/**
	 * An evaluation's table of counts and rates per zone as a download: the page's rows, the rates with its two
	 * decimals, and what the page says beside the table as notes (verdict, measures with their intervals, WDQ, total
	 * net effect, warnings, demo data), in the page's words.
	 */
	FigureTable table(StoredEvaluation e, String title, Locale locale) {
		View view = view(e, title, locale);
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (ZoneRow z : view.zones()) {
			rows.add(java.util.Arrays.asList(z.zone(), z.area(), z.before(), z.after(), z.rateBeforeValue(),
					z.rateAfterValue()));
		}
		List<String> notes = new ArrayList<>();
		if (view.demo()) {
			notes.add(message("evaluation.demo", locale));
		}
		notes.add(view.verdict());
		notes.add(view.primary());
		if (view.disagreement() != null) {
			notes.add(view.disagreement());
		}
		view.measures().forEach(m -> notes.add(m.label() + ": " + m.value() + " " + m.interval()));
		notes.add(message("evaluation.wdqLabel", locale) + ": " + (view.wdq() == null ? "–" : view.wdq()) + " – "
				+ view.wdqReading());
		if (view.totalNetEffect() != null) {
			notes.add(view.totalNetEffect().label() + ": " + view.totalNetEffect().value());
		}
		if (view.totalNetEffectNote() != null) {
			notes.add(view.totalNetEffectNote());
		}
		view.warnings().forEach(w -> notes.add(message("evaluation.warning", locale) + ": " + w));
		StoredEvaluation.Request q = e.request();
		return new FigureTable(
				message("evaluation.counts.caption", locale, view.categories(), view.monthsBefore(),
						view.monthsAfter()),
				"utvardering-" + q.afterFrom() + "-" + q.afterTo(),
				List.of(FigureTable.Column.text(message("evaluation.zone", locale)),
						FigureTable.Column.text(message("problem.area", locale)),
						FigureTable.Column.number(message("evaluation.before", locale), 0),
						FigureTable.Column.number(message("evaluation.after", locale), 0),
						FigureTable.Column.number(message("evaluation.rateBefore", locale), DECIMALS),
						FigureTable.Column.number(message("evaluation.rateAfter", locale), DECIMALS)),
				rows, notes);
	}

	/**
	 * What an evaluation comes to, for a list elsewhere: the same verdict and primary measure (label, value, interval)
	 * that {@link #view} puts at the top of the evaluation's own page; {@code demo} when its areas are invented (the
	 * caller looks them up for many evaluations at once).
	 */
	InterventionEvidence.Evaluation headline(StoredEvaluation e, Locale locale, boolean demo) {
		EffectEvaluation.Result r = e.result();
		Figure primary = measures(r, locale).get(0);
		StoredEvaluation.Request q = e.request();
		return new InterventionEvidence.Evaluation(q.beforeFrom(), q.beforeTo(), q.afterFrom(), q.afterTo(),
				verdict(r, locale), primary.label(), primary.value(), primary.interval(), demo);
	}

	/** The headline: the primary measure's verdict, with its size in that measure's own terms. */
	private String verdict(EffectEvaluation.Result r, Locale locale) {
		String code = "evaluation.verdict." + r.primary() + "." + r.verdict();
		if (r.primary() == Measure.RATE_RATIO && r.rateRatio() != null) {
			double percent = Math.abs(1 - r.rateRatio()) * 100;
			return message(code, locale, Decimals.format(percent, 0, locale), two(r.rateRatio(), locale));
		}
		return message(code, locale, two(Math.abs(r.did()), locale));
	}

	private @Nullable String disagreement(EffectEvaluation.Result r, Locale locale) {
		return switch (r.disagreement()) {
			case NONE -> null;
			case OPPOSITE, CERTAINTY -> message("evaluation.disagreement." + r.disagreement(), locale,
					message("evaluation.reading." + r.didVerdict(), locale), two(r.targetRateBefore(), locale),
					two(r.controlRateBefore(), locale));
		};
	}

	/** The rate ratio and the difference-in-differences, the primary first and marked as such. */
	private List<Figure> measures(EffectEvaluation.Result r, Locale locale) {
		Figure ratio = r.rateRatio() == null || r.rateRatioLow() == null || r.rateRatioHigh() == null
				? new Figure(message("evaluation.irrLabel", locale), "irr", "–",
						message("evaluation.irr.none", locale))
				: new Figure(message("evaluation.irrLabel", locale), "irr", two(r.rateRatio(), locale),
						message("evaluation.interval", locale, two(r.rateRatioLow(), locale),
								two(r.rateRatioHigh(), locale)));
		Figure did = new Figure(message("evaluation.did", locale), "did", two(r.did(), locale),
				message("evaluation.interval", locale, two(r.low(), locale), two(r.high(), locale)));
		Figure primary = r.primary() == Measure.RATE_RATIO ? ratio : did;
		Figure secondary = primary == ratio ? did : ratio;
		return List.of(new Figure(message("evaluation.primaryLabel", locale, primary.label()), primary.css(),
				primary.value(), primary.interval()), secondary);
	}

	/**
	 * Incidents prevented net of displacement, as a headline number only when its interval excludes zero; otherwise
	 * the interval first and the estimate after it.
	 */
	private @Nullable Figure totalNetEffect(EffectEvaluation.Result r, Locale locale) {
		Double tne = r.totalNetEffect();
		if (tne == null) {
			return null;
		}
		String label = message(r.bufferRateBefore() == null ? "evaluation.tne" : "evaluation.tne.buffer", locale);
		Verdict verdict = r.totalNetEffectVerdict();
		Double low = r.totalNetEffectLow();
		Double high = r.totalNetEffectHigh();
		String value = verdict == null || low == null || high == null
				? message("evaluation.tne.NO_INTERVAL", locale, one(tne, locale))
				: switch (verdict) {
					case FEWER -> message("evaluation.tne.FEWER", locale, one(tne, locale), one(low, locale),
							one(high, locale));
					// more incidents: said as a positive number of them, the interval's ends swapped
					case MORE -> message("evaluation.tne.MORE", locale, one(-tne, locale), one(-high, locale),
							one(-low, locale));
					case UNCLEAR -> message("evaluation.tne.UNCLEAR", locale, one(tne, locale), one(low, locale),
							one(high, locale));
				};
		return new Figure(label, "tne", value, "");
	}

	/** Why the total net effect, which counts the buffer too, may read differently from the target's verdict. */
	private @Nullable String totalNetEffectNote(EffectEvaluation.Result r, Locale locale) {
		Verdict tne = r.totalNetEffectVerdict();
		return r.bufferRateBefore() != null && tne != null && tne != r.verdict()
				? message("evaluation.tne.differs", locale) : null;
	}

	private SvgChart chart(EffectEvaluation.Result r, List<ZoneRow> zones, String title, Locale locale) {
		List<Series> series = new ArrayList<>();
		series.add(new Series(zones.get(0).zone(), List.of(r.targetRateBefore(), r.targetRateAfter())));
		series.add(new Series(zones.get(1).zone(), List.of(r.controlRateBefore(), r.controlRateAfter())));
		if (r.bufferRateBefore() != null && r.bufferRateAfter() != null) {
			series.add(new Series(zones.get(2).zone(), List.of(r.bufferRateBefore(), r.bufferRateAfter())));
		}
		return charts.render(new BarChart(message("evaluation.chart.title", locale, title),
				message("evaluation.chart.period", locale),
				List.of(message("evaluation.before", locale), message("evaluation.after", locale)),
				new Scale(message("evaluation.chart.rate", locale), "", DECIMALS, null), series,
				BarChart.Orientation.VERTICAL, true), locale);
	}

	private static String warningCode(EffectEvaluation.Warning warning, EffectEvaluation.Result r) {
		String code = "evaluation.warning." + warning;
		return warning == EffectEvaluation.Warning.NOT_ENOUGH_HISTORY && r.longRunMonths() == 0 ? code + ".none"
				: code;
	}

	private static String two(double value, Locale locale) {
		return Decimals.format(value, DECIMALS, locale);
	}

	/** Incidents (the total net effect) with one decimal: a count estimated, not measured to the hundredth. */
	private static String one(double value, Locale locale) {
		return Decimals.format(value, 1, locale);
	}

	private String message(String code, Locale locale, Object... args) {
		return messages.getMessage(code, args, code, locale);
	}

}
