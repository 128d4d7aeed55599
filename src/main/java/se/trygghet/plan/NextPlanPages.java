package se.trygghet.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import se.trygghet.system.NotFoundException;

/**
 * What the pages for the next plan and for amendments show: starting a draft, choosing the fate of an activity or
 * of a carried focus area, goal or indicator, the comparison of the two plans, and an adopted plan's amendments.
 * Assembled here so that {@code NextPlanController} and {@code CarriedItemController} only bind, call and pick the
 * view.
 */
@Component
class NextPlanPages {

	private final PlanViews views;

	private final PlanLineage lineage;

	private final PlanComparisons comparisons;

	private final ActionPlans plans;

	private final PlanPages planPages;

	NextPlanPages(PlanViews views, PlanLineage lineage, PlanComparisons comparisons, ActionPlans plans,
			PlanPages planPages) {
		this.planPages = planPages;
		this.views = views;
		this.lineage = lineage;
		this.comparisons = comparisons;
		this.plans = plans;
	}

	/** The plan a next plan would be drawn from; its item is the period suggested (the years after it, four). */
	PlanPages.Page<int[]> next(String key) {
		PlanView plan = plan(key);
		Map<String, Object> model = new HashMap<>();
		model.put("plan", plan);
		model.put("successor", lineage.successorOf(new ActionPlanId(plan.id())).flatMap(id -> views.byId(id.value()))
			.orElse(null));
		return new PlanPages.Page<>(new int[] { plan.periodTo() + 1, plan.periodTo() + 4 }, model);
	}

	/** The comparison of a drawn plan with its predecessor, and whether its fates may still be chosen. */
	Map<String, Object> comparison(String key) {
		PlanView plan = plan(key);
		PlanComparison comparison = comparisons.of(key);
		Map<String, Object> model = new HashMap<>();
		model.put("plan", plan);
		model.put("comparison", comparison);
		model.put("choosing", plan.state() == PlanState.DRAFT);
		// the draft's choices are made here, so its consultation (send, read, answer) is one step away
		model.put("planLinks", planPages.planLinks(plan));
		model.put("carriedItems", carriedItems(plan));
		return model;
	}

	/** A focus area, goal or indicator of the previous plan as the comparison lists it to choose its fate. */
	record Choosable(CarriedItems.Kind kind, String text, Disposition disposition, String path) {
	}

	/** Every focus area, goal and indicator of the previous plan, with the page where its fate is chosen. */
	private List<Choosable> carriedItems(PlanView draft) {
		Optional<ActionPlanId> previousId = lineage.predecessorOf(new ActionPlanId(draft.id()));
		if (previousId.isEmpty() || draft.state() != PlanState.DRAFT) {
			return List.of();
		}
		Map<UUID, Integer> areaNumbers = new HashMap<>();
		views.byId(previousId.get().value())
			.ifPresent(p -> p.focusAreas().forEach(f -> areaNumbers.put(f.id(), f.number())));
		List<Choosable> items = new ArrayList<>();
		lineage.focusAreaFatesOf(previousId.get())
			.forEach(f -> items.add(new Choosable(CarriedItems.Kind.FOCUS_AREA, f.text(), f.disposition(),
					"focus-areas/" + areaNumbers.get(f.item()))));
		lineage.goalFatesOf(previousId.get())
			.forEach(f -> items.add(new Choosable(CarriedItems.Kind.GOAL, f.text(), f.disposition(), "goals/" + f.item())));
		lineage.indicatorFatesOf(previousId.get())
			.forEach(f -> items.add(new Choosable(CarriedItems.Kind.INDICATOR, f.text(), f.disposition(),
					"indicators/" + f.item())));
		return items;
	}

	/**
	 * One focus area (by its number), goal or indicator (by its id) of the plan a draft was drawn from, its fate, and
	 * its copy in the draft (null once ended). Not found for a plan drawn from none, or an item not of its predecessor.
	 */
	PlanPages.Page<PlanLineage.ItemFate> carriedItem(String key, CarriedItems.Kind kind, String item) {
		PlanView draft = plan(key);
		ActionPlanId previousId = lineage.predecessorOf(new ActionPlanId(draft.id()))
			.orElseThrow(() -> new NotFoundException("Den föregående planen"));
		PlanView previous = views.byId(previousId.value()).orElseThrow(() -> new NotFoundException("Planen"));
		UUID id = previous.focusAreas()
			.stream()
			.flatMap(f -> switch (kind) {
				case FOCUS_AREA -> String.valueOf(f.number()).equals(item) ? java.util.stream.Stream.of(f.id())
						: java.util.stream.Stream.<UUID>empty();
				case GOAL -> f.goals().stream().map(PlanView.GoalView::id).filter(g -> g.toString().equals(item));
				case INDICATOR -> f.indicators().stream().map(PlanView.IndicatorView::id)
					.filter(i -> i.toString().equals(item));
			})
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Fokusområdet, målet eller indikatorn"));
		List<PlanLineage.ItemFate> fates = switch (kind) {
			case FOCUS_AREA -> lineage.focusAreaFatesOf(previousId);
			case GOAL -> lineage.goalFatesOf(previousId);
			case INDICATOR -> lineage.indicatorFatesOf(previousId);
		};
		PlanLineage.ItemFate fate = fates.stream()
			.filter(f -> f.item().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Fokusområdet, målet eller indikatorn"));
		Object copy = fate.successor() == null ? null : draft.focusAreas()
			.stream()
			.flatMap(f -> switch (kind) {
				case FOCUS_AREA -> f.id().equals(fate.successor()) ? java.util.stream.Stream.<Object>of(f)
						: java.util.stream.Stream.empty();
				case GOAL -> f.goals().stream().filter(g -> g.id().equals(fate.successor())).map(Object.class::cast);
				case INDICATOR -> f.indicators().stream().filter(i -> i.id().equals(fate.successor()))
					.map(Object.class::cast);
			})
			.findFirst()
			.orElse(null);
		Map<String, Object> model = new HashMap<>();
		model.put("plan", draft);
		model.put("previous", previous);
		model.put("kind", kind);
		model.put("fate", fate);
		model.put("copy", copy);
		model.put("itemPath", switch (kind) {
			case FOCUS_AREA -> "focus-areas/" + item;
			case GOAL -> "goals/" + id;
			case INDICATOR -> "indicators/" + id;
		});
		model.put("choosing", draft.state() == PlanState.DRAFT && copy != null);
		model.put("directions", Direction.values());
		return new PlanPages.Page<>(fate, model);
	}

	/** One activity of the previous plan, its fate in the draft, and the draft's activities it could merge into. */
	PlanPages.Page<PlanLineage.ActivityFate> disposition(String key, ActivityNumber previousNumber) {
		PlanView draft = plan(key);
		ActionPlanId previousId = lineage.predecessorOf(new ActionPlanId(draft.id()))
			.orElseThrow(() -> new NotFoundException("Den föregående planen"));
		PlanView previous = views.byId(previousId.value()).orElseThrow(() -> new NotFoundException("Planen"));
		PlanLineage.ActivityFate fate = lineage.fatesOf(previousId)
			.stream()
			.filter(f -> f.number().equals(previousNumber))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Aktiviteten " + previousNumber));
		Map<String, Object> model = new HashMap<>();
		model.put("plan", draft);
		model.put("previous", previous);
		model.put("activity", previous.activity(previousNumber.toString()));
		model.put("fate", fate);
		model.put("carried", fate.disposition() == Disposition.CONTINUED || fate.disposition() == Disposition.CHANGED);
		model.put("targets", draft.activities()
			.stream()
			.filter(a -> fate.successor() == null || fate.disposition() == Disposition.MERGED
					|| !a.id().equals(fate.successor().value()))
			.toList());
		return new PlanPages.Page<>(fate, model);
	}

	/** An adopted plan's amendments: the open one (if any) and those decided. */
	Map<String, Object> amendments(String key) {
		PlanView plan = plan(key);
		List<ActionPlan.Amendment> amendments = plans.amendments(new ActionPlanId(plan.id()));
		Map<String, Object> model = new HashMap<>();
		model.put("plan", plan);
		model.put("open", amendments.stream().filter(a -> !a.closed()).findFirst().orElse(null));
		model.put("amendments", amendments.stream().filter(ActionPlan.Amendment::closed).toList());
		return model;
	}

	private PlanView plan(String key) {
		return views.byKey(key).orElseThrow(() -> new NotFoundException("Planen"));
	}

}
