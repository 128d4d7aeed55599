package se.trygghet.plan;

import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghet.system.NotFoundException;
import se.trygghet.system.Refusal;

/**
 * A coordinator chooses which of the plan's indicators an activity aims to move besides its focus area's. Only the
 * activity's own plan's indicators may be chosen; the change is kept in the plan's history and audited, in one
 * transaction.
 */
@Service
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class ActivityAimsEditing {

	private final ActionPlans plans;

	private final Activities activities;

	private final ActivityAims aims;

	private final PlanViews views;

	private final PlanHistory history;

	private final ApplicationEventPublisher events;

	ActivityAimsEditing(ActionPlans plans, Activities activities, ActivityAims aims, PlanViews views,
			PlanHistory history, ApplicationEventPublisher events) {
		this.plans = plans;
		this.activities = activities;
		this.aims = aims;
		this.views = views;
		this.history = history;
		this.events = events;
	}

	@Transactional
	void choose(String planKey, ActivityNumber number, List<IndicatorId> chosen) {
		ActionPlan plan = plans.byKey(planKey).orElseThrow(() -> new NotFoundException("Planen"));
		plan.requireEditable();
		Activity activity = activities.byNumber(plan.id(), number)
			.orElseThrow(() -> new NotFoundException("Aktiviteten " + number));
		Map<IndicatorId, String> names = ActivityIndicatorsReadModel.indicatorNames(
				views.byId(plan.id().value()).orElseThrow(() -> new NotFoundException("Planen")));
		if (!names.keySet().containsAll(chosen)) {
			throw Refusal.on("indicators", "plan.activity.indicators.unknown");
		}
		List<IndicatorId> before = aims.named(activity.id());
		if (before.equals(chosen)) {
			return;
		}
		aims.replace(activity.id(), chosen);
		Map<String, Object> was = Map.of("indicators", before.stream().map(names::get).toList());
		Map<String, Object> now = Map.of("indicators", chosen.stream().map(names::get).toList());
		history.record(plan.id().value(), "Activity", activity.id().value(), number.toString(),
				"plan.history.indicatorsChosen", was, now);
		events.publishEvent(new PlanEvents.PlanItemRevised(plan.id(), "Activity", activity.id().toString(),
				number.toString(), was, now));
	}

}
