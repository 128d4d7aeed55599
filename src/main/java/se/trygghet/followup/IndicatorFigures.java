package se.trygghet.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.trygghet.chart.Charts;
import se.trygghet.indicator.Audience;
import se.trygghet.indicator.IndicatorCatalog;
import se.trygghet.indicator.IndicatorCharts;
import se.trygghet.indicator.Period;
import se.trygghet.plan.PlanCatalog;

/**
 * What the annual report shows of an indicator: its latest value and verdict and a line chart of its yearly totals,
 * as the public may see them (the report goes to politicians and may be published) and as they stood at the end of the
 * round's period, and the figures the plan itself states. Demo values are marked as such.
 */
@Component
class IndicatorFigures {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

	private final IndicatorCatalog catalog;

	private final IndicatorCharts charts;

	private final Charts drawing;

	private final MessageSource messages;

	IndicatorFigures(IndicatorCatalog catalog, IndicatorCharts charts, Charts drawing, MessageSource messages) {
		this.catalog = catalog;
		this.charts = charts;
		this.drawing = drawing;
		this.messages = messages;
	}

	/** The indicator as it stood at the end of {@code until}: nothing measured later is shown or judged. */
	AnnualReport.IndicatorRow row(PlanCatalog.IndicatorOutline indicator, Period until) {
		List<String> parts = new ArrayList<>();
		Optional<IndicatorCatalog.IndicatorSummary> summary = catalog.indicator(indicator.id(), Audience.PUBLIC, until);
		AnnualReport.Figure chart = null;
		if (summary.isPresent()) {
			IndicatorCatalog.IndicatorSummary s = summary.get();
			// "81,7 % (2022)": the latest value always names the period it is from
			String latest = IndicatorCharts.latestText(s, SWEDISH);
			if (latest != null) {
				parts.add(msg("indicator.page.latest") + ": " + latest
						+ (s.latest().demo() ? " (" + msg("indicator.demo") + ")" : ""));
			}
			parts.add(msg("indicator.page.verdict") + ": " + s.assessment().verdict().symbol() + " "
					+ msg(s.assessment().verdict().messageKey()).toLowerCase(SWEDISH));
			chart = charts.trendFigure(s, Audience.PUBLIC, SWEDISH, until)
				.map(f -> new AnnualReport.Figure(f.title(), f.alternativeText(), f.chart(),
						drawing.render(f.chart(), SWEDISH).svgForPdf(f.alternativeText())))
				.orElse(null);
		}
		String stated = indicator.statedFigures()
			.stream()
			.filter(f -> notAfter(f.period(), until))
			.map(f -> f.description() + " " + f.period() + ": " + f.value().stripTrailingZeros().toPlainString()
					.replace('.', ',') + " " + f.unit())
			.collect(Collectors.joining("; "));
		if (!stated.isEmpty()) {
			parts.add(stated);
		}
		return new AnnualReport.IndicatorRow(indicator.name(), indicator.unit(), indicator.direction(),
				indicator.source(), String.join(". ", parts), chart);
	}

	/** A figure the plan states for something that is not a period (such as "2018–2019") is shown as it is. */
	private static boolean notAfter(String period, Period until) {
		try {
			return !Period.parse(period).end().isAfter(until.end());
		}
		catch (IllegalArgumentException notAPeriod) {
			return true;
		}
	}

	private String msg(String key) {
		return messages.getMessage(key, null, SWEDISH);
	}

}
