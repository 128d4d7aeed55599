package se.trygghet.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.trygghet.system.NotFoundException;

/**
 * What the pages for the next plan and for amendments show: starting a draft, choosing an activity's fate, the
 * comparison of the two plans, and an adopted plan's amendments. Assembled here so that {@code NextPlanController}
 * only binds, calls and picks the view.
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
		return model;
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
