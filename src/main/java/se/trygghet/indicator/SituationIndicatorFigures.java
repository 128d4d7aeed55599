package se.trygghet.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;
import se.trygghet.area.AreaLevel;
import se.trygghet.plan.PlanCatalog;
import se.trygghet.plan.PlanState;
import se.trygghet.situation.KartlaggningFigures;

/**
 * Gives the joint lägesbild's kartläggning the current plan's indicators that are measured per area: each area's
 * yearly total for the year and the year before. Read with the internal audience, since the lägesbild is internal;
 * the municipality's own figure is left out (the kartläggning compares areas).
 */
@Component
class SituationIndicatorFigures implements KartlaggningFigures {

	private final IndicatorCatalog catalog;

	private final PlanCatalog plans;

	private final AreaCatalog areas;

	SituationIndicatorFigures(IndicatorCatalog catalog, PlanCatalog plans, AreaCatalog areas) {
		this.catalog = catalog;
		this.plans = plans;
		this.areas = areas;
	}

	@Override
	public List<IndicatorFigure> forYear(int year) {
		Optional<PlanCatalog.PlanRef> plan = plans.plans()
			.stream()
			.filter(p -> p.state() == PlanState.ADOPTED)
			.findFirst()
			.or(() -> plans.plans().stream().findFirst());
		if (plan.isEmpty()) {
			return List.of();
		}
		List<IndicatorFigure> figures = new ArrayList<>();
		IndicatorCatalog.SeriesQuery query = new IndicatorCatalog.SeriesQuery(java.util.Set.of(),
				java.util.Set.of(Breakdown.TOTAL), Period.year(year - 1), Period.year(year), Period.Type.YEAR,
				java.util.Set.of());
		for (IndicatorCatalog.IndicatorSummary indicator : catalog.indicators(plan.get().id(), Audience.INTERNAL)) {
			Map<AreaId, IndicatorCatalog.Point[]> byArea = new HashMap<>();
			for (IndicatorCatalog.Point point : catalog.series(indicator.id(), query, Audience.INTERNAL).points()) {
				Optional<AreaCatalog.AreaRef> area = areas.area(point.area());
				if (area.isEmpty() || area.get().level() == AreaLevel.KOMMUN) {
					continue;
				}
				IndicatorCatalog.Point[] pair = byArea.computeIfAbsent(point.area(), a -> new IndicatorCatalog.Point[2]);
				pair[point.period().year() == year ? 0 : 1] = point;
			}
			byArea.entrySet()
				.stream()
				.filter(e -> e.getValue()[0] != null)
				.map(e -> figure(indicator, areas.area(e.getKey()).orElseThrow().name(), e.getValue()))
				.sorted(Comparator.comparing(IndicatorFigure::area,
						java.text.Collator.getInstance(java.util.Locale.forLanguageTag("sv-SE"))))
				.forEach(figures::add);
		}
		return figures;
	}

	private static IndicatorFigure figure(IndicatorCatalog.IndicatorSummary indicator, String area,
			IndicatorCatalog.Point[] pair) {
		BigDecimal previous = pair[1] == null ? null : pair[1].value();
		boolean demo = pair[0].demo() || (pair[1] != null && pair[1].demo());
		return new IndicatorFigure(indicator.name(), area, pair[0].value(), previous, indicator.unit(), demo);
	}

}
