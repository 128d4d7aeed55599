package se.trygghet.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import se.trygghet.system.NotFoundException;

/**
 * What each internal plan page shows, assembled from the read models ({@link PlanViews},
 * {@link PlanHistory}, {@link Committees} and whatever refers to an activity through {@link ActivityLinks}), so that
 * {@code PlanPageController} and {@code StartController} only bind, call this and pick the view. Each page comes as the item it is about (for
 * a form to start from) and the model attributes its template reads. Anything the URL names that the plan does not
 * have is a {@link NotFoundException}.
 */
@Component
class PlanPages {

	private final PlanViews views;

	private final PlanHistory history;

	private final Committees committees;

	/** Modules above the plan that tie work to activities; there may be none. */
	private final ObjectProvider<ActivityLinks> activityLinks;

	private final ActivityIndicatorsReadModel activityIndicators;

	/** Modules above the plan with work about a whole plan (its consultation); there may be none. */
	private final ObjectProvider<PlanLinks> planLinks;

	private final PlanLineage lineage;

	private final ActionPlans plans;

	PlanPages(PlanViews views, PlanHistory history, Committees committees, ObjectProvider<ActivityLinks> activityLinks,
			ActivityIndicatorsReadModel activityIndicators, ObjectProvider<PlanLinks> planLinks, PlanLineage lineage,
			ActionPlans plans) {
		this.lineage = lineage;
		this.plans = plans;
		this.views = views;
		this.history = history;
		this.committees = committees;
		this.activityLinks = activityLinks;
		this.activityIndicators = activityIndicators;
		this.planLinks = planLinks;
	}

	/** One page: the item it is about and its template's model. */
	public record Page<T>(T item, Map<String, Object> model) {
	}

	Map<String, Object> plans() {
		return model("plans", views.summaries());
	}

	PlanView plan(String key) {
		return views.byKey(key).orElseThrow(() -> new NotFoundException("Planen"));
	}

	/** The overview with its filters applied: the focus areas shown and, in each, the activities shown. */
	Page<PlanView> overview(String key, @Nullable Integer focusArea, @Nullable CommitteeId committee) {
		PlanView plan = plan(key);
		UUID committeeId = committee == null ? null : committee.value();
		List<PlanView.FocusAreaView> shown = new ArrayList<>();
		for (PlanView.FocusAreaView area : plan.focusAreas()) {
			if (focusArea != null && area.number() != focusArea) {
				continue;
			}
			List<PlanView.ActivityView> activities = committeeId == null ? area.activities()
					: area.activities().stream().filter(a -> a.involves(committeeId)).toList();
			if (committeeId != null && activities.isEmpty()) {
				continue;
			}
			shown.add(new PlanView.FocusAreaView(area.id(), area.number(), area.title(), area.description(),
					area.version(), area.goals(), area.indicators(), activities));
		}
		Map<String, Object> model = model("plan", plan);
		model.put("shown", shown);
		model.put("focusArea", focusArea);
		model.put("committee", committeeId);
		model.put("shownActivities", shown.stream().mapToInt(f -> f.activities().size()).sum());
		model.put("planLinks", planLinks(plan));
		ActionPlanId id = new ActionPlanId(plan.id());
		// each of these moves the plan's revision when it changes, so the cached overview shows it at once
		model.put("amendment", plans.byId(id).map(ActionPlan::openAmendment).orElse(null));
		model.put("predecessor", lineage.predecessorOf(id).orElse(null));
		model.put("successor", lineage.successorOf(id).orElse(null));
		// a draft's carried focus areas, goals and indicators are chosen from its own page as from the comparison
		model.put("carriedItems", carriedItems(plan));
		return new Page<>(plan, model);
	}

	/**
	 * A focus area, goal or indicator of the previous plan as a draft lists it to choose its fate (on the comparison
	 * and the draft's own page); {@code path} is its page under the draft's succession pages.
	 */
	public record Choosable(CarriedItems.Kind kind, String text, Disposition disposition, String path) {
	}

	/**
	 * Every focus area, goal and indicator of the plan a draft was drawn from, with the page where its fate is chosen;
	 * none for a plan drawn from none or no longer a draft.
	 */
	List<Choosable> carriedItems(PlanView draft) {
		Optional<ActionPlanId> previousId = lineage.predecessorOf(new ActionPlanId(draft.id()));
		if (previousId.isEmpty() || draft.state() != PlanState.DRAFT) {
			return List.of();
		}
		Map<UUID, Integer> areaNumbers = new HashMap<>();
		views.byId(previousId.get().value())
			.ifPresent(p -> p.focusAreas().forEach(f -> areaNumbers.put(f.id(), f.number())));
		List<Choosable> items = new ArrayList<>();
		lineage.focusAreaFatesOf(previousId.get())
			.forEach(f -> items.add(choosable(CarriedItems.Kind.FOCUS_AREA, f, String.valueOf(areaNumbers.get(f.item())))));
		lineage.goalFatesOf(previousId.get())
			.forEach(f -> items.add(choosable(CarriedItems.Kind.GOAL, f, f.item().toString())));
		lineage.indicatorFatesOf(previousId.get())
			.forEach(f -> items.add(choosable(CarriedItems.Kind.INDICATOR, f, f.item().toString())));
		return items;
	}

	private static Choosable choosable(CarriedItems.Kind kind, PlanLineage.ItemFate fate, String item) {
		return new Choosable(kind, fate.text(), fate.disposition(), kind.path() + "/" + item);
	}

	Map<String, Object> activity(String key, ActivityNumber number) {
		PlanView plan = plan(key);
		PlanView.ActivityView activity = activity(plan, number);
		Map<String, Object> model = model("plan", plan);
		model.put("activity", activity);
		model.put("area", plan.focusArea(activity.focusAreaNumber()));
		model.put("revisions", history.forItem(activity.id()));
		ActivityId id = new ActivityId(activity.id());
		model.put("links", activityLinks.orderedStream().flatMap(l -> l.linksFor(id).stream()).toList());
		model.put("indicatorRows", activityIndicators.rows(id));
		// where the activity came from, and what became of it in the next plan
		PlanLineage.ActivityOrigin origin = lineage.originOf(id).orElse(null);
		model.put("origin", origin);
		model.put("originPlan", origin == null ? null : views.byId(origin.plan().value()).orElse(null));
		PlanLineage.ActivityFate fate = lineage.fatesOf(new ActionPlanId(plan.id()))
			.stream()
			.filter(f -> f.activity().equals(id))
			.findFirst()
			.orElse(null);
		model.put("fate", fate);
		model.put("successorPlan", fate == null ? null : views.byId(fate.successorPlan().value()).orElse(null));
		return model;
	}

	Page<PlanView.ActivityView> activityForm(String key, ActivityNumber number) {
		PlanView plan = plan(key);
		PlanView.ActivityView activity = activity(plan, number);
		Map<String, Object> model = model("plan", plan);
		model.put("activity", activity);
		model.put("allCommittees", committees.ofMunicipality(plan.municipality()));
		return new Page<>(activity, model);
	}

	/** The form for a new activity in a focus area; its item is the number suggested for it. */
	Page<String> newActivityForm(String key, int focusArea) {
		PlanView plan = plan(key);
		PlanView.FocusAreaView area = focusArea(plan, focusArea);
		Map<String, Object> model = model("plan", plan);
		model.put("area", area);
		model.put("allCommittees", committees.ofMunicipality(plan.municipality()));
		return new Page<>(suggestedNumber(area), model);
	}

	Page<PlanView.FocusAreaView> focusAreaForm(String key, int number) {
		PlanView plan = plan(key);
		PlanView.FocusAreaView area = focusArea(plan, number);
		Map<String, Object> model = model("plan", plan);
		model.put("area", area);
		model.put("revisions", history.forItem(area.id()));
		return new Page<>(area, model);
	}

	Page<PlanView.GoalView> goalForm(String key, UUID id) {
		PlanView plan = plan(key);
		PlanView.GoalView goal = plan.focusAreas()
			.stream()
			.flatMap(f -> f.goals().stream())
			.filter(g -> g.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Målet"));
		Map<String, Object> model = model("plan", plan);
		model.put("goal", goal);
		model.put("area", plan.focusAreas().stream().filter(f -> f.goals().contains(goal)).findFirst().orElseThrow());
		model.put("revisions", history.forItem(goal.id()));
		return new Page<>(goal, model);
	}

	Page<PlanView.IndicatorView> indicatorForm(String key, IndicatorId id) {
		PlanView plan = plan(key);
		PlanView.IndicatorView indicator = plan.focusAreas()
			.stream()
			.flatMap(f -> f.indicators().stream())
			.filter(i -> i.id().equals(id.value()))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Indikatorn"));
		Map<String, Object> model = model("plan", plan);
		model.put("indicator", indicator);
		model.put("area",
				plan.focusAreas().stream().filter(f -> f.indicators().contains(indicator)).findFirst().orElseThrow());
		model.put("directions", Direction.values());
		model.put("revisions", history.forItem(indicator.id()));
		return new Page<>(indicator, model);
	}

	/** A committee's page: the activities it leads, and those it shares in without leading. */
	Map<String, Object> committee(String key, CommitteeId id) {
		PlanView plan = plan(key);
		PlanView.CommitteeView committee = plan.committee(id.value());
		if (committee == null) {
			throw new NotFoundException("Nämnden");
		}
		List<PlanView.ActivityView> leads = plan.activities()
			.stream()
			.filter(a -> a.lead() != null && a.lead().committeeId().equals(id.value()))
			.toList();
		List<PlanView.ActivityView> shares = plan.activities()
			.stream()
			.filter(a -> a.involves(id.value()) && !leads.contains(a))
			.toList();
		Map<String, Object> model = model("plan", plan);
		model.put("committee", committee);
		model.put("leads", leads);
		model.put("shares", shares);
		return model;
	}

	Map<String, Object> organisation(String key) {
		Map<String, Object> model = model("plan", plan(key));
		model.put("levels", OrganisationLevel.values());
		return model;
	}

	Map<String, Object> history(String key) {
		PlanView plan = plan(key);
		Map<String, Object> model = model("plan", plan);
		model.put("revisions", history.forPlan(plan.id(), 200));
		model.put("planLinks", planLinks(plan));
		return model;
	}

	/** What the modules above link to from the plan's pages (its consultation, for one). */
	List<PlanLinks.PlanLink> planLinks(PlanView plan) {
		ActionPlanId id = new ActionPlanId(plan.id());
		return planLinks.orderedStream().flatMap(l -> l.linksFor(id, plan.state()).stream()).toList();
	}

	private static PlanView.ActivityView activity(PlanView plan, ActivityNumber number) {
		PlanView.ActivityView activity = plan.activity(number.toString());
		if (activity == null) {
			throw new NotFoundException("Aktiviteten " + number);
		}
		return activity;
	}

	private static PlanView.FocusAreaView focusArea(PlanView plan, int number) {
		PlanView.FocusAreaView area = plan.focusArea(number);
		if (area == null) {
			throw new NotFoundException("Fokusområdet " + number);
		}
		return area;
	}

	/** The next free number after the focus area's last activity, e.g. 4.7 after 4.6. */
	private static String suggestedNumber(PlanView.FocusAreaView area) {
		int last = area.activities()
			.stream()
			.mapToInt(a -> ActivityNumber.parse(a.number()).position())
			.max()
			.orElse(0);
		return new ActivityNumber(area.number(), last + 1).toString();
	}

	/** A model that may hold nulls (an unset filter), which {@code Map.of} refuses. */
	private static Map<String, Object> model(String name, Object value) {
		Map<String, Object> model = new HashMap<>();
		model.put(name, value);
		return model;
	}

}
