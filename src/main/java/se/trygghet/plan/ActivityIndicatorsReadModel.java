package se.trygghet.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import se.trygghet.system.NotFoundException;

/**
 * The activity–indicator chain composed in the plan: the focus area's indicators and the activity's own choice from
 * the plan's tables, the links of other work through every {@link ActivityIndicatorLinks}, and how each indicator
 * stands through {@link IndicatorReadings} (implemented by {@code indicator}), so the plan depends on neither. Read per
 * request: the links and the values change outside the plan's revision.
 */
@Component
class ActivityIndicatorsReadModel implements ActivityIndicators {

	private final PlanViews views;

	private final ActivityAims aims;

	private final ObjectProvider<ActivityIndicatorLinks> links;

	private final ObjectProvider<IndicatorReadings> readings;

	ActivityIndicatorsReadModel(PlanViews views, ActivityAims aims, ObjectProvider<ActivityIndicatorLinks> links,
			ObjectProvider<IndicatorReadings> readings) {
		this.views = views;
		this.aims = aims;
		this.links = links;
		this.readings = readings;
	}

	/** One of the activity's indicators on its page, with how it stands (none when no module measures it). */
	public record Row(Aim aim, IndicatorReadings.@Nullable Reading reading) {
	}

	/** One focus area's indicators, as a picker groups them. */
	public record Group(String label, List<Option> options) {
	}

	public record Option(String value, String label) {
	}

	@Override
	public List<Aim> ofActivity(ActivityId activity) {
		Optional<PlanView> plan = aims.planOfActivity(activity).flatMap(views::byId);
		if (plan.isEmpty()) {
			return List.of();
		}
		PlanView.ActivityView view = plan.get().activities().stream()
			.filter(a -> a.id().equals(activity.value()))
			.findFirst()
			.orElse(null);
		if (view == null) {
			return List.of();
		}
		Set<IndicatorId> named = Set.copyOf(aims.named(activity));
		Map<IndicatorId, List<String>> linked = new HashMap<>();
		links.orderedStream().flatMap(l -> l.forActivity(activity).stream())
			.forEach(l -> linked.computeIfAbsent(l.indicator(), i -> new ArrayList<>()).add(l.by()));
		List<Aim> result = new ArrayList<>();
		for (PlanView.FocusAreaView area : plan.get().focusAreas()) {
			for (PlanView.IndicatorView indicator : area.indicators()) {
				IndicatorId id = new IndicatorId(indicator.id());
				boolean inArea = area.number() == view.focusAreaNumber();
				List<String> by = linked.getOrDefault(id, List.of());
				if (inArea || named.contains(id) || !by.isEmpty()) {
					result.add(aim(plan.get(), view, area, indicator, inArea, named.contains(id), by));
				}
			}
		}
		// the focus area's own first, the rest in the plan's order (the sort is stable)
		result.sort(Comparator.comparing(a -> !a.inFocusArea()));
		return result;
	}

	@Override
	public List<Aim> atIndicator(IndicatorId indicator) {
		Optional<PlanView> plan = aims.planOfIndicator(indicator).flatMap(views::byId);
		if (plan.isEmpty()) {
			return List.of();
		}
		PlanView.FocusAreaView area = null;
		PlanView.IndicatorView view = null;
		for (PlanView.FocusAreaView f : plan.get().focusAreas()) {
			for (PlanView.IndicatorView i : f.indicators()) {
				if (i.id().equals(indicator.value())) {
					area = f;
					view = i;
				}
			}
		}
		if (view == null) {
			return List.of();
		}
		Set<ActivityId> naming = aims.naming(indicator);
		Map<ActivityId, List<String>> linked = new HashMap<>();
		links.orderedStream().flatMap(l -> l.forIndicator(indicator).stream())
			.forEach(l -> linked.computeIfAbsent(l.activity(), a -> new ArrayList<>()).add(l.by()));
		List<Aim> result = new ArrayList<>();
		for (PlanView.ActivityView activity : plan.get().activities()) {
			ActivityId id = new ActivityId(activity.id());
			boolean inArea = activity.focusAreaNumber() == area.number();
			List<String> by = linked.getOrDefault(id, List.of());
			if (inArea || naming.contains(id) || !by.isEmpty()) {
				result.add(aim(plan.get(), activity, area, view, inArea, naming.contains(id), by));
			}
		}
		return result;
	}

	/** The activity's indicators with how each stands, as the activity page lists them. */
	List<Row> rows(ActivityId activity) {
		IndicatorReadings reading = readings.getIfAvailable();
		return ofActivity(activity).stream()
			.map(a -> new Row(a, reading == null ? null : reading.reading(a.indicator()).orElse(null)))
			.toList();
	}

	/** The page of the form that chooses the activity's own indicators among its plan's, grouped by focus area. */
	Map<String, Object> formPage(String key, ActivityNumber number) {
		PlanView plan = views.byKey(key).orElseThrow(() -> new NotFoundException("Planen"));
		PlanView.ActivityView activity = plan.activity(number.toString());
		if (activity == null) {
			throw new NotFoundException("Aktiviteten " + number);
		}
		List<Group> groups = new ArrayList<>();
		for (PlanView.FocusAreaView area : plan.focusAreas()) {
			groups.add(new Group(area.number() + ". " + area.title(), area.indicators().stream()
				.map(i -> new Option(i.id().toString(), i.name()))
				.toList()));
		}
		Map<String, Object> model = new HashMap<>();
		model.put("plan", plan);
		model.put("activity", activity);
		model.put("area", plan.focusArea(activity.focusAreaNumber()));
		model.put("groups", groups);
		return model;
	}

	/** The indicators the activity names now, as the form starts from them. */
	List<UUID> named(String key, ActivityNumber number) {
		PlanView plan = views.byKey(key).orElseThrow(() -> new NotFoundException("Planen"));
		PlanView.ActivityView activity = plan.activity(number.toString());
		if (activity == null) {
			throw new NotFoundException("Aktiviteten " + number);
		}
		return aims.named(new ActivityId(activity.id())).stream().map(IndicatorId::value).toList();
	}

	/** The plan's indicators by id with their names. */
	static Map<IndicatorId, String> indicatorNames(PlanView plan) {
		Map<IndicatorId, String> names = new LinkedHashMap<>();
		plan.focusAreas().forEach(f -> f.indicators().forEach(i -> names.put(new IndicatorId(i.id()), i.name())));
		return names;
	}

	private static Aim aim(PlanView plan, PlanView.ActivityView activity, PlanView.FocusAreaView area,
			PlanView.IndicatorView indicator, boolean inArea, boolean named, List<String> by) {
		return new Aim(new ActivityId(activity.id()), plan.key(), ActivityNumber.parse(activity.number()),
				activity.text(), new IndicatorId(indicator.id()), indicator.name(), area.number(), inArea, named, by);
	}

}
