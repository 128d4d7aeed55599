package se.trygghet.intervention;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.trygghet.chart.BarChart;
import se.trygghet.chart.Charts;
import se.trygghet.chart.Scale;
import se.trygghet.chart.Series;
import se.trygghet.chart.SvgChart;

/** A stored evaluation as a page shows it: its inputs, counts, results in words and numbers, and a chart. */
@Component
class EvaluationViews {

	private final Choices choices;

	private final Charts charts;

	private final MessageSource messages;

	EvaluationViews(Choices choices, Charts charts, MessageSource messages) {
		this.choices = choices;
		this.charts = charts;
		this.messages = messages;
	}

	/** One zone's counts and rates per month. */
	record ZoneRow(String zone, String area, long before, long after, String rateBefore, String rateAfter) {
	}

	record View(StoredEvaluation stored, EffectEvaluation.Result result, List<ZoneRow> zones, String did,
			String interval, @Nullable String rateRatio, @Nullable String wdq, String wdqReading,
			@Nullable String totalNetEffect, String verdict, List<String> warnings, SvgChart chart, boolean demo,
			String categories, String monthsBefore, String monthsAfter) {
	}

	View view(StoredEvaluation e, String title, Locale locale) {
		EffectEvaluation.Result r = e.result();
		StoredEvaluation.Request q = e.request();
		NumberFormat two = NumberFormat.getNumberInstance(locale);
		two.setMinimumFractionDigits(2);
		two.setMaximumFractionDigits(2);
		List<ZoneRow> zones = new ArrayList<>();
		zones.add(new ZoneRow(message("evaluation.zone.target", locale), choices.areaName(q.target()),
				e.targetBefore(), e.targetAfter(), two.format(r.targetRateBefore()), two.format(r.targetRateAfter())));
		zones.add(new ZoneRow(message("evaluation.zone.control", locale), choices.areaName(q.control()),
				e.controlBefore(), e.controlAfter(), two.format(r.controlRateBefore()),
				two.format(r.controlRateAfter())));
		if (e.bufferBefore() != null) {
			zones.add(new ZoneRow(message("evaluation.zone.buffer", locale),
					message("evaluation.zone.bufferOf", locale, q.bufferMetres(), choices.areaName(q.target())),
					e.bufferBefore(), e.bufferAfter(), two.format(r.bufferRateBefore()),
					two.format(r.bufferRateAfter())));
		}
		List<Series> series = new ArrayList<>();
		series.add(new Series(zones.get(0).zone(), List.of(round(r.targetRateBefore()), round(r.targetRateAfter()))));
		series.add(new Series(zones.get(1).zone(), List.of(round(r.controlRateBefore()), round(r.controlRateAfter()))));
		if (r.bufferRateBefore() != null) {
			series.add(new Series(zones.get(2).zone(),
					List.of(round(r.bufferRateBefore()), round(r.bufferRateAfter()))));
		}
		SvgChart chart = charts.render(new BarChart(message("evaluation.chart.title", locale, title),
				message("evaluation.chart.period", locale),
				List.of(message("evaluation.before", locale), message("evaluation.after", locale)),
				new Scale(message("evaluation.chart.rate", locale), "", 1, null), series,
				BarChart.Orientation.VERTICAL, true), locale);
		List<String> warnings = r.warnings().stream().map(w -> message("evaluation.warning." + w, locale,
				EffectEvaluation.MIN_COUNT, two.format(r.longRunRate()), EffectEvaluation.LONG_RUN_MONTHS)).toList();
		String verdict = message("evaluation.verdict." + r.verdict(), locale, two.format(Math.abs(r.did())));
		return new View(e, r, zones, two.format(r.did()),
				message("evaluation.interval", locale, two.format(r.low()), two.format(r.high())),
				r.rateRatio() == null ? null
						: message("evaluation.irr", locale, two.format(r.rateRatio()), two.format(r.rateRatioLow()),
								two.format(r.rateRatioHigh())),
				r.wdq() == null ? null : two.format(r.wdq()), message("evaluation.wdq." + r.wdqReading(), locale),
				r.totalNetEffect() == null ? null : two.format(r.totalNetEffect()), verdict, warnings, chart,
				choices.demoArea(q.target()) || choices.demoArea(q.control()),
				choices.categoryNames(q.categories(), locale),
				two.format(EffectEvaluation.months(q.beforeFrom(), q.beforeTo())),
				two.format(EffectEvaluation.months(q.afterFrom(), q.afterTo())));
	}

	private static Double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private String message(String code, Locale locale, Object... args) {
		return messages.getMessage(code, args, code, locale);
	}

}
