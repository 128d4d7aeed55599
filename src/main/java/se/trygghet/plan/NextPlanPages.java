package se.trygghet.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
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
		model.put("carriedItems", planPages.carriedItems(plan));
		return model;
	}

	/**
	 * A carried focus area, goal or indicator's page: the draft and the plan it was drawn from, the item's fate, its
	 * copy in the draft as it stands (null once ended), the item's path under the draft's succession pages, and
	 * whether its fate may still be chosen.
	 */
	public record CarriedItemPage(PlanView plan, PlanView previous, CarriedItems.Kind kind, PlanLineage.ItemFate fate,
			@Nullable DraftCopy copy, String itemPath, boolean choosing) {

		/** What the template reads. */
		Map<String, Object> model() {
			Map<String, Object> model = new HashMap<>();
			model.put("plan", plan);
			model.put("previous", previous);
			model.put("kind", kind);
			model.put("fate", fate);
			model.put("itemPath", itemPath);
			model.put("choosing", choosing);
			model.put("directions", Direction.values());
			return model;
		}

	}

	/** A carried item's copy in the draft, of its kind, as the change form starts from it. */
	sealed interface DraftCopy {

		record OfFocusArea(PlanView.FocusAreaView focusArea) implements DraftCopy {
		}

		record OfGoal(PlanView.GoalView goal) implements DraftCopy {
		}

		record OfIndicator(PlanView.IndicatorView indicator) implements DraftCopy {
		}

	}

	/**
	 * One focus area (by its number), goal or indicator (by its id) of the plan a draft was drawn from, its fate, and
	 * its copy in the draft (null once ended). Not found for a plan drawn from none, or an item not of its predecessor.
	 */
	CarriedItemPage carriedItem(String key, CarriedItems.Kind kind, String item) {
		PlanView draft = plan(key);
		ActionPlanId previousId = lineage.predecessorOf(new ActionPlanId(draft.id()))
			.orElseThrow(() -> new NotFoundException("Den föregående planen"));
		PlanView previous = views.byId(previousId.value()).orElseThrow(() -> new NotFoundException("Planen"));
		UUID id = previous.focusAreas()
			.stream()
			.flatMap(f -> switch (kind) {
				case FOCUS_AREA -> String.valueOf(f.number()).equals(item) ? Stream.of(f.id()) : Stream.<UUID>empty();
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
		DraftCopy copy = fate.successor() == null ? null : draft.focusAreas()
			.stream()
			.flatMap(f -> switch (kind) {
				case FOCUS_AREA -> f.id().equals(fate.successor()) ? Stream.<DraftCopy>of(new DraftCopy.OfFocusArea(f))
						: Stream.<DraftCopy>empty();
				case GOAL -> f.goals().stream().filter(g -> g.id().equals(fate.successor()))
					.<DraftCopy>map(DraftCopy.OfGoal::new);
				case INDICATOR -> f.indicators().stream().filter(i -> i.id().equals(fate.successor()))
					.<DraftCopy>map(DraftCopy.OfIndicator::new);
			})
			.findFirst()
			.orElse(null);
		String path = kind.path() + "/" + (kind == CarriedItems.Kind.FOCUS_AREA ? item : id);
		return new CarriedItemPage(draft, previous, kind, fate, copy, path,
				draft.state() == PlanState.DRAFT && copy != null);
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
