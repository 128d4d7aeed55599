package se.trygghet.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The catalog other modules see, read from the same cached views as the plan pages. */
@Component
class PlanCatalogReadModel implements PlanCatalog {

	private final PlanViews views;

	PlanCatalogReadModel(PlanViews views) {
		this.views = views;
	}

	@Override
	public List<PlanRef> plans() {
		return views.summaries()
			.stream()
			.map(p -> new PlanRef(new ActionPlanId(p.id()), p.key(), p.name(), p.periodFrom(), p.periodTo(),
					p.state()))
			.toList();
	}

	@Override
	public Optional<PlanOutline> outline(ActionPlanId plan) {
		return views.byId(plan.value())
			.map(view -> new PlanOutline(plan, view.key(), view.name(), view.municipality(), view.state(),
					view.periodFrom(), view.periodTo(), view.focusAreas().stream().map(PlanCatalogReadModel::focusArea).toList(),
					view.focusAreas()
						.stream()
						.flatMap(area -> area.activities()
							.stream()
							.map(a -> new ActivityOutline(new ActivityId(a.id()), ActivityNumber.parse(a.number()),
									area.title(), a.text(),
									a.committees().stream().map(c -> new CommitteeId(c.committeeId())).toList(),
									new CommitteeId(a.lead().committeeId()))))
						.toList(),
					view.committees()
						.stream()
						.map(c -> new CommitteeOutline(new CommitteeId(c.id()), c.name(), c.shortName()))
						.toList()));
	}

	private static FocusAreaOutline focusArea(PlanView.FocusAreaView area) {
		return new FocusAreaOutline(area.number(), area.title(), area.description(),
				area.goals().stream().map(PlanView.GoalView::text).toList(),
				area.indicators()
					.stream()
					.map(i -> new IndicatorOutline(new IndicatorId(i.id()), i.name(), i.unit(), i.direction(), i.source(),
							i.koladaKpi(), i.definition(),
							i.statedFigures()
								.stream()
								.map(f -> new StatedFigure(f.description(), f.period(), f.value(), f.unit()))
								.toList()))
					.toList());
	}

}
