package se.trygghet.followup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.trygghet.indicator.Audience;
import se.trygghet.indicator.Breakdown;
import se.trygghet.indicator.IndicatorCatalog;
import se.trygghet.indicator.IndicatorCharts;
import se.trygghet.indicator.MeasurementStatus;
import se.trygghet.indicator.Period;
import se.trygghet.plan.PlanCatalog;

/**
 * The plan's indicators broken down by gender (kön) and age (ålder) for the municipality, as the annual report's
 * chapter on perspectives shows them beside the reports: values of the round's period only, as the public may see
 * them. A breakdown an indicator has but no value for reads "saknas" (never 0), a withheld one says it is withheld.
 */
@Component
class BreakdownFigures {

	static final String GENDER = "kon";

	static final String AGE = "alder";

	private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

	private final IndicatorCatalog catalog;

	private final MessageSource messages;

	BreakdownFigures(IndicatorCatalog catalog, MessageSource messages) {
		this.catalog = catalog;
		this.messages = messages;
	}

	/** The rows of one category ({@link #GENDER} or {@link #AGE}) for the indicators that are broken down by it. */
	List<AnnualReport.BreakdownRow> rows(List<PlanCatalog.IndicatorOutline> indicators, String category,
			Period period) {
		List<AnnualReport.BreakdownRow> rows = new ArrayList<>();
		for (PlanCatalog.IndicatorOutline indicator : indicators) {
			Optional<IndicatorCatalog.IndicatorSummary> found = catalog.indicator(indicator.id(), Audience.PUBLIC,
					period);
			if (found.isEmpty()) {
				continue;
			}
			IndicatorCatalog.IndicatorSummary summary = found.get();
			List<String> options = summary.setup().breakdowns().getOrDefault(category, List.of());
			if (options.isEmpty()) {
				continue;
			}
			Set<Breakdown> wanted = new LinkedHashSet<>();
			wanted.add(Breakdown.TOTAL);
			options.forEach(option -> wanted.add(Breakdown.of(category, option)));
			// the municipality is the area of the indicator's latest total; with no value up to the period, there is
			// nothing to read and every cell is missing
			List<IndicatorCatalog.Point> points = summary.latest() == null ? List.of()
					: catalog.series(indicator.id(),
							IndicatorCatalog.SeriesQuery.all()
								.inAreas(Set.of(summary.latest().area()))
								.withBreakdowns(wanted)
								.between(period, period),
							Audience.PUBLIC)
						.points()
						.stream()
						.filter(p -> p.period().equals(period))
						.toList();
			String name = indicator.name() + " (" + indicator.unit() + ")";
			for (Breakdown breakdown : wanted) {
				String group = breakdown.isTotal() ? msg("followup.annual.perspectives.total")
						: optionName(category, breakdown.options().get(category));
				Optional<IndicatorCatalog.Point> point = points.stream()
					.filter(p -> p.breakdown().equals(breakdown) && p.status() != MeasurementStatus.MISSING)
					.findFirst();
				rows.add(new AnnualReport.BreakdownRow(name, group, breakdown.isTotal(), cell(summary, point),
						point.isPresent()));
			}
		}
		return rows;
	}

	private String cell(IndicatorCatalog.IndicatorSummary summary, Optional<IndicatorCatalog.Point> point) {
		if (point.isEmpty()) {
			return msg("followup.annual.perspectives.missing");
		}
		IndicatorCatalog.Point p = point.get();
		if (p.value() == null) {
			return msg("followup.annual.perspectives.withheld");
		}
		return IndicatorCharts.format(p.value(), summary, SWEDISH) + (p.demo() ? " (" + msg("indicator.demo") + ")" : "");
	}

	private String optionName(String category, String option) {
		return catalog.categories()
			.stream()
			.filter(c -> c.key().equals(category))
			.flatMap(c -> c.options().stream())
			.filter(o -> o.key().equals(option))
			.findFirst()
			.map(o -> o.name(SWEDISH))
			.orElse(option);
	}

	private String msg(String key) {
		return messages.getMessage(key, null, SWEDISH);
	}

}
