package se.trygghet.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.trygghet.chart.SvgChart;
import se.trygghet.indicator.Audience;
import se.trygghet.indicator.IndicatorCatalog;
import se.trygghet.indicator.IndicatorCharts;
import se.trygghet.plan.PlanCatalog;

/**
 * What the annual report shows of an indicator: its latest value and verdict and a line chart of its yearly totals,
 * as the public may see them (the report goes to politicians and may be published), and the figures the plan itself
 * states. Demo values are marked as such.
 */
@Component
class IndicatorFigures {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

	private final IndicatorCatalog catalog;

	private final IndicatorCharts charts;

	private final MessageSource messages;

	IndicatorFigures(IndicatorCatalog catalog, IndicatorCharts charts, MessageSource messages) {
		this.catalog = catalog;
		this.charts = charts;
		this.messages = messages;
	}

	AnnualReport.IndicatorRow row(PlanCatalog.IndicatorOutline indicator, String period) {
		List<String> parts = new ArrayList<>();
		Optional<IndicatorCatalog.IndicatorSummary> summary = catalog.indicator(indicator.id(), Audience.PUBLIC);
		String chart = null;
		if (summary.isPresent()) {
			IndicatorCatalog.IndicatorSummary s = summary.get();
			String latest = IndicatorCharts.latestText(s, SWEDISH);
			if (latest != null) {
				parts.add(msg("indicator.page.latest") + ": " + latest
						+ (s.latest().demo() ? " (" + msg("indicator.demo") + ")" : ""));
			}
			parts.add(msg("indicator.page.verdict") + ": " + s.assessment().verdict().symbol() + " "
					+ msg(s.assessment().verdict().messageKey()).toLowerCase(SWEDISH));
			chart = charts.trend(s, Audience.PUBLIC, SWEDISH).map(SvgChart::svg).orElse(null);
		}
		String stated = indicator.statedFigures()
			.stream()
			.map(f -> f.description() + " " + f.period() + ": " + f.value().stripTrailingZeros().toPlainString()
					.replace('.', ',') + " " + f.unit())
			.collect(Collectors.joining("; "));
		if (!stated.isEmpty()) {
			parts.add(stated);
		}
		return new AnnualReport.IndicatorRow(indicator.name(), indicator.unit(), indicator.direction(),
				indicator.source(), String.join(". ", parts), chart);
	}

	private String msg(String key) {
		return messages.getMessage(key, null, SWEDISH);
	}

}
