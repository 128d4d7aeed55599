package se.trygghet.intervention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.trygghet.actor.Actor;
import se.trygghet.actor.ActorCatalog;
import se.trygghet.actor.ActorId;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;
import se.trygghet.area.AreaLevel;
import se.trygghet.plan.ActivityId;
import se.trygghet.plan.CommitteeId;
import se.trygghet.plan.IndicatorId;
import se.trygghet.plan.PlanCatalog;
import se.trygghet.plan.PlanState;
import se.trygghet.situation.IncidentCounts;
import se.trygghet.system.Refusal;

/**
 * The things forms choose among and pages name — areas, incident categories, the plans' activities, indicators and
 * committees, actors — read from the modules that own them, with labels in the request's language.
 */
@Component
class Choices {

	/** One option of a select or a group of checkboxes. */
	public record Option(String value, String label) {
	}

	/** Options under one heading, e.g. one focus area's indicators. */
	public record Group(String label, List<Option> options) {
	}

	/** Where an activity's page is: its plan's key and its number. */
	public record ActivityRef(ActivityId id, String planKey, String planName, String number, String text) {

		public String href() {
			return "/plans/" + planKey + "/activities/" + number;
		}

	}

	private final AreaCatalog areas;

	private final IncidentCounts incidents;

	private final PlanCatalog plans;

	private final ActorCatalog actors;

	private final MessageSource messages;

	private final String municipality;

	Choices(AreaCatalog areas, IncidentCounts incidents, PlanCatalog plans, ActorCatalog actors,
			MessageSource messages, @Value("${app.situation.municipality:1980}") String municipality) {
		this.areas = areas;
		this.incidents = incidents;
		this.plans = plans;
		this.actors = actors;
		this.messages = messages;
		this.municipality = municipality;
	}

	/** The municipality itself, for counting when a problem names no area. */
	Optional<AreaId> municipalityArea() {
		return areas.area(municipality, AreaLevel.KOMMUN, municipality).map(AreaCatalog.AreaRef::id);
	}

	List<Option> areas(Locale locale) {
		List<Option> options = new ArrayList<>();
		for (AreaLevel level : AreaLevel.values()) {
			for (AreaCatalog.AreaRef a : areas.atLevel(municipality, level)) {
				options.add(new Option(a.id().toString(), a.name() + " (" + message("area.level." + level, locale) + ")"
						+ (a.demo() ? " – " + message("area.demo", locale) : "")));
			}
		}
		return options;
	}

	public String areaName(@Nullable AreaId id) {
		return id == null ? "" : areas.area(id).map(AreaCatalog.AreaRef::name).orElse(id.toString());
	}

	boolean demoArea(@Nullable AreaId id) {
		return id != null && areas.area(id).map(AreaCatalog.AreaRef::demo).orElse(false);
	}

	List<Option> categories(Locale locale) {
		return incidents.categories()
			.stream()
			.map(c -> new Option(c.code(), "en".equals(locale.getLanguage()) ? c.nameEn() : c.nameSv()))
			.toList();
	}

	String categoryNames(List<String> codes, Locale locale) {
		if (codes.isEmpty()) {
			return message("intervention.categories.all", locale);
		}
		Map<String, String> names = new HashMap<>();
		categories(locale).forEach(o -> names.put(o.value(), o.label()));
		return String.join(", ", codes.stream().map(c -> names.getOrDefault(c, c)).toList());
	}

	private List<PlanCatalog.PlanOutline> outlines() {
		return plans.plans().stream().flatMap(p -> plans.outline(p.id()).stream()).toList();
	}

	List<ActivityRef> activities() {
		List<ActivityRef> all = new ArrayList<>();
		for (PlanCatalog.PlanOutline plan : outlines()) {
			for (PlanCatalog.ActivityOutline a : plan.activities()) {
				all.add(new ActivityRef(a.id(), plan.key(), plan.name(), a.number().toString(), a.text()));
			}
		}
		return all;
	}

	Optional<ActivityRef> activity(@Nullable ActivityId id) {
		return id == null ? Optional.empty() : activities().stream().filter(a -> a.id().equals(id)).findFirst();
	}

	List<Option> activityOptions() {
		return activities().stream()
			.map(a -> new Option(a.id().toString(), a.planName() + ": " + a.number() + " " + shorten(a.text())))
			.toList();
	}

	List<Option> indicators() {
		List<Option> options = new ArrayList<>();
		Map<IndicatorId, Boolean> seen = new HashMap<>();
		for (PlanCatalog.PlanOutline plan : outlines()) {
			for (PlanCatalog.FocusAreaOutline f : plan.focusAreas()) {
				for (PlanCatalog.IndicatorOutline i : f.indicators()) {
					if (seen.put(i.id(), true) == null) {
						options.add(new Option(i.id().toString(), plan.name() + ": " + i.name()));
					}
				}
			}
		}
		return options;
	}

	/**
	 * The indicators a form offers: the current plan's (the adopted one, else the latest) by focus area, and under a
	 * heading of their own those already chosen from another plan, so that editing keeps them.
	 */
	List<Group> indicatorGroups(List<String> chosen, Locale locale) {
		List<Group> groups = new ArrayList<>();
		java.util.Set<String> offered = new java.util.HashSet<>();
		currentPlan().ifPresent(plan -> plan.focusAreas().forEach(area -> {
			List<Option> options = area.indicators().stream()
				.map(i -> new Option(i.id().toString(), i.name()))
				.toList();
			options.forEach(o -> offered.add(o.value()));
			groups.add(new Group(area.number() + ". " + area.title(), options));
		}));
		List<Option> others = indicators().stream()
			.filter(o -> chosen.contains(o.value()) && !offered.contains(o.value()))
			.toList();
		if (!others.isEmpty()) {
			groups.add(new Group(message("intervention.indicators.otherPlans", locale), others));
		}
		return groups;
	}

	/** Refuses, on the form's field, an indicator that no plan has (a tampered or stale id). */
	void requireKnownIndicators(List<IndicatorId> chosen) {
		java.util.Set<String> known = new java.util.HashSet<>(indicators().stream().map(Option::value).toList());
		if (!chosen.stream().allMatch(id -> known.contains(id.toString()))) {
			throw Refusal.on("indicators", "intervention.indicators.unknown");
		}
	}

	/** The indicators by id and their own names, for links to their pages. */
	List<Option> indicatorLinks(List<IndicatorId> ids) {
		Map<IndicatorId, String> names = new HashMap<>();
		outlines().forEach(plan -> plan.focusAreas()
			.forEach(f -> f.indicators().forEach(i -> names.putIfAbsent(i.id(), i.name()))));
		return ids.stream().map(id -> new Option(id.toString(), names.getOrDefault(id, id.toString()))).toList();
	}

	private Optional<PlanCatalog.PlanOutline> currentPlan() {
		List<PlanCatalog.PlanRef> all = plans.plans();
		return all.stream()
			.filter(p -> p.state() == PlanState.ADOPTED)
			.findFirst()
			.or(() -> all.stream().findFirst())
			.flatMap(p -> plans.outline(p.id()));
	}

	String indicatorName(IndicatorId id) {
		return indicators().stream().filter(o -> o.value().equals(id.toString())).map(Option::label).findFirst()
			.orElse(id.toString());
	}

	List<Option> committees() {
		Map<CommitteeId, String> byId = new java.util.LinkedHashMap<>();
		for (PlanCatalog.PlanOutline plan : outlines()) {
			plan.committees().forEach(c -> byId.putIfAbsent(c.id(), c.name()));
		}
		return byId.entrySet().stream().map(e -> new Option(e.getKey().toString(), e.getValue()))
			.sorted(java.util.Comparator.comparing(Option::label)).toList();
	}

	String committeeNames(List<CommitteeId> ids) {
		Map<String, String> names = new HashMap<>();
		committees().forEach(o -> names.put(o.value(), o.label()));
		return String.join(", ", ids.stream().map(id -> names.getOrDefault(id.toString(), id.toString())).toList());
	}

	List<Option> actors() {
		return actors.all().stream().map(a -> new Option(a.id().toString(), a.name())).toList();
	}

	String actorNames(List<ActorId> ids) {
		return String.join(", ",
				ids.stream().map(id -> actors.byId(id).map(Actor::name).orElse(id.toString())).toList());
	}

	<E extends Enum<E>> List<Option> of(Class<E> type, String prefix, Locale locale) {
		return java.util.Arrays.stream(type.getEnumConstants())
			.map(e -> new Option(e.name(), message(prefix + e.name(), locale)))
			.toList();
	}

	private String message(String code, Locale locale) {
		return messages.getMessage(code, null, code, locale);
	}

	private static String shorten(String text) {
		return text.length() <= 80 ? text : text.substring(0, 79) + "…";
	}

}
