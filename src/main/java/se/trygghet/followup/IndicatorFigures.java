package se.trygghet.followup;

import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import se.trygghet.plan.PlanCatalog;

/**
 * What the annual report shows of an indicator. Today that is the figures the plan itself states; when the indicator
 * module has measured series, this is the one place that reads them (and their chart) for the report.
 */
@Component
class IndicatorFigures {

	AnnualReport.IndicatorRow row(PlanCatalog.IndicatorOutline indicator, String period) {
		String figures = indicator.statedFigures()
			.stream()
			.map(f -> f.description() + " " + f.period() + ": " + f.value().stripTrailingZeros().toPlainString()
					.replace('.', ',') + " " + f.unit())
			.collect(Collectors.joining("; "));
		return new AnnualReport.IndicatorRow(indicator.name(), indicator.unit(), indicator.direction(),
				indicator.source(), figures, null);
	}

}
