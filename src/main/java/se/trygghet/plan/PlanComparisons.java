package se.trygghet.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import se.trygghet.system.NotFoundException;

/** Builds the {@link PlanComparison} of a plan drawn from a previous one, from the plan views and the lineage. */
@Component
class PlanComparisons {

	private final PlanViews views;

	private final PlanLineage lineage;

	PlanComparisons(PlanViews views, PlanLineage lineage) {
		this.views = views;
		this.lineage = lineage;
	}

	/** The comparison of the plan {@code key} with the plan it was drawn from; not found for a plan drawn from none. */
	PlanComparison of(String key) {
		PlanView next = views.byKey(key).orElseThrow(() -> new NotFoundException("Planen"));
		ActionPlanId previousId = lineage.predecessorOf(new ActionPlanId(next.id()))
			.orElseThrow(() -> new NotFoundException("Den föregående planen"));
		PlanView previous = views.byId(previousId.value()).orElseThrow(() -> new NotFoundException("Planen"));
		Map<UUID, PlanView.ActivityView> before = byId(previous);
		Map<UUID, PlanView.ActivityView> after = byId(next);

		List<PlanComparison.Row> rows = new ArrayList<>();
		Set<UUID> carried = new HashSet<>();
		for (PlanLineage.ActivityFate fate : lineage.fatesOf(previousId)) {
			PlanView.ActivityView old = before.get(fate.activity().value());
			PlanView.ActivityView successor = fate.successor() == null ? null : after.get(fate.successor().value());
			if (fate.disposition() == Disposition.CONTINUED || fate.disposition() == Disposition.CHANGED) {
				carried.add(fate.successor().value());
			}
			rows.add(new PlanComparison.Row(PlanComparison.Kind.of(fate.disposition()), item(old),
					successor == null ? null : item(successor), fate.reason()));
		}
		next.activities()
			.stream()
			.filter(a -> !carried.contains(a.id()))
			.forEach(a -> rows.add(new PlanComparison.Row(PlanComparison.Kind.NEW, null, item(a), null)));
		return new PlanComparison(side(previous), side(next), rows, items(previousId, next));
	}

	/** The fates of the previous plan's focus areas, goals and indicators, then the items new in the next plan. */
	private List<PlanComparison.ItemRow> items(ActionPlanId previousId, PlanView next) {
		List<PlanComparison.ItemRow> items = new ArrayList<>();
		Set<UUID> carried = new HashSet<>();
		Map<CarriedItems.Kind, List<PlanLineage.ItemFate>> fates = Map.of(CarriedItems.Kind.FOCUS_AREA,
				lineage.focusAreaFatesOf(previousId), CarriedItems.Kind.GOAL, lineage.goalFatesOf(previousId),
				CarriedItems.Kind.INDICATOR, lineage.indicatorFatesOf(previousId));
		for (CarriedItems.Kind what : CarriedItems.Kind.values()) {
			for (PlanLineage.ItemFate fate : fates.get(what)) {
				if (fate.successor() != null) {
					carried.add(fate.successor());
				}
				items.add(new PlanComparison.ItemRow(what, PlanComparison.Kind.of(fate.disposition()), fate.text(),
						fate.successorText(), fate.reason()));
			}
		}
		for (PlanView.FocusAreaView area : next.focusAreas()) {
			if (!carried.contains(area.id())) {
				items.add(new PlanComparison.ItemRow(CarriedItems.Kind.FOCUS_AREA, PlanComparison.Kind.NEW, null,
						area.number() + ". " + area.title(), null));
			}
			area.goals()
				.stream()
				.filter(g -> !carried.contains(g.id()))
				.forEach(g -> items.add(new PlanComparison.ItemRow(CarriedItems.Kind.GOAL, PlanComparison.Kind.NEW,
						null, g.text(), null)));
			area.indicators()
				.stream()
				.filter(i -> !carried.contains(i.id()))
				.forEach(i -> items.add(new PlanComparison.ItemRow(CarriedItems.Kind.INDICATOR,
						PlanComparison.Kind.NEW, null, i.name() + " (" + i.unit() + ")", null)));
		}
		return items;
	}

	private static Map<UUID, PlanView.ActivityView> byId(PlanView plan) {
		return plan.activities().stream().collect(Collectors.toMap(PlanView.ActivityView::id, Function.identity()));
	}

	private static PlanComparison.Side side(PlanView plan) {
		return new PlanComparison.Side(plan.key(), plan.name(), plan.periodFrom(), plan.periodTo(), plan.state(),
				plan.activities().size());
	}

	private static PlanComparison.Item item(PlanView.ActivityView activity) {
		PlanView.ResponsibleView lead = activity.lead();
		return new PlanComparison.Item(activity.number(), activity.text(),
				activity.committees().stream().map(PlanView.ResponsibleView::name).toList(),
				lead == null ? null : lead.name());
	}

}
