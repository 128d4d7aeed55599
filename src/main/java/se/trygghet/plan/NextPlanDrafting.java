package se.trygghet.plan;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghet.system.NotFoundException;
import se.trygghet.system.Refusal;

/**
 * Drafting the next plan from an adopted one, and choosing what becomes of each of its activities. The draft is an
 * ordinary plan in state DRAFT: everything else (editing, adding activities, adoption) works on it as on any plan.
 * Every choice is recorded in the draft's history and published as an audited event, in one transaction.
 */
@Service
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class NextPlanDrafting {

	private static final Pattern PERIOD_IN_KEY = Pattern.compile("^(.*)-\\d{4}-\\d{4}$");

	private static final Pattern PERIOD_IN_NAME = Pattern.compile("\\d{4}\\s*[–-]\\s*\\d{4}");

	private final ActionPlans plans;

	private final Successions successions;

	private final PlanHistory history;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Clock clock;

	NextPlanDrafting(ActionPlans plans, Successions successions, PlanHistory history,
			ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
		this.plans = plans;
		this.successions = successions;
		this.history = history;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Draws a draft for {@code periodFrom}–{@code periodTo} from the adopted plan: every focus area, goal, indicator,
	 * the organisation and every activity are carried over with their lineage, the activities numbered anew within
	 * their focus area and each marked as continuing. Returns the draft's key.
	 */
	@Transactional
	String draft(String fromKey, int periodFrom, int periodTo) {
		ActionPlan previous = plans.byKey(fromKey).orElseThrow(() -> new NotFoundException("Planen"));
		if (previous.state() != PlanState.ADOPTED) {
			throw Refusal.of("plan.next.notAdopted");
		}
		record Period(int from, int to, @Nullable UUID successor) {
		}
		Period period = jdbc.sql("""
				select period_from, period_to, (select s.id from action_plan s where s.predecessor_id = p.id)
				  from action_plan p where p.id = :id
				""").param("id", previous.id().value())
			.query((rs, n) -> new Period(rs.getInt(1), rs.getInt(2), rs.getObject(3, UUID.class)))
			.single();
		if (period.successor() != null) {
			throw Refusal.of("plan.next.exists");
		}
		if (periodFrom <= period.from() || periodFrom > 2100) {
			throw Refusal.on("periodFrom", "plan.next.periodFrom", String.valueOf(period.from()));
		}
		if (periodTo < periodFrom || periodTo > periodFrom + 10) {
			throw Refusal.on("periodTo", "plan.next.periodTo");
		}
		Matcher keyMatch = PERIOD_IN_KEY.matcher(previous.key());
		String key = (keyMatch.matches() ? keyMatch.group(1) : previous.key()) + "-" + periodFrom + "-" + periodTo;
		if (plans.byKey(key).isPresent()) {
			throw Refusal.on("periodFrom", "plan.next.keyTaken", key);
		}
		String years = periodFrom + "–" + periodTo;
		Matcher nameMatch = PERIOD_IN_NAME.matcher(previous.name());
		String name = nameMatch.find() ? nameMatch.replaceFirst(years) : previous.name() + " " + years;

		UUID draft = UUID.randomUUID();
		copy(previous.id().value(), draft, key, name, periodFrom, periodTo);
		int activities = jdbc.sql("select count(*) from activity where plan_id = :d")
			.param("d", draft)
			.query(Integer.class)
			.single();
		Map<IndicatorId, IndicatorId> indicators = new LinkedHashMap<>();
		jdbc.sql("""
				select i.origin_id, i.id from indicator i join focus_area f on f.id = i.focus_area_id
				 where f.plan_id = :d order by f.number, i.position
				""").param("d", draft).query(rs -> {
			indicators.put(new IndicatorId(rs.getObject(1, UUID.class)), new IndicatorId(rs.getObject(2, UUID.class)));
		});
		history.record(draft, "ActionPlan", draft, name, "plan.history.drafted", Map.of(),
				Map.of("from", previous.name(), "activities", activities));
		// the previous plan's history says so too, which also moves its revision (its cached pages show the draft)
		history.record(previous.id().value(), "ActionPlan", previous.id().value(), previous.name(),
				"plan.history.nextDrafted", Map.of(), Map.of("next", name));
		events.publishEvent(new PlanEvents.PlanDrafted(new ActionPlanId(draft), key, name, previous.id(),
				activities, indicators));
		return key;
	}

	/** The activity of the previous plan ends with the next one, for the given reason. */
	@Transactional
	void end(String draftKey, ActivityNumber previousNumber, @Nullable String reason) {
		choose(draftKey, previousNumber, (succession, activity) -> succession.end(activity, reason));
	}

	/** The activity's work continues in the draft's activity {@code target} (a number of the draft). */
	@Transactional
	void merge(String draftKey, ActivityNumber previousNumber, ActivityNumber target, @Nullable String reason) {
		choose(draftKey, previousNumber, (succession, activity) -> {
			ActivityId targetId = successions.activityId(succession.draft(), target)
				.orElseThrow(() -> Refusal.on("target", "plan.succession.merge.unknown", target.toString()));
			return succession.merge(activity, targetId, succession.draft(), reason);
		});
	}

	/**
	 * Merges into an activity given by id, which may belong to any plan: the succession refuses one that is not in
	 * the draft (the page offers only the draft's activities; this is the verb the rule is stated on).
	 */
	@Transactional
	void merge(String draftKey, ActivityNumber previousNumber, ActivityId target, @Nullable String reason) {
		choose(draftKey, previousNumber, (succession, activity) -> {
			ActionPlanId targetPlan = successions.planOf(target)
				.orElseThrow(() -> Refusal.on("target", "plan.succession.merge.otherPlan"));
			return succession.merge(activity, target, targetPlan, reason);
		});
	}

	/** An ended or merged activity is carried over after all, as a new last activity of its focus area. */
	@Transactional
	void restore(String draftKey, ActivityNumber previousNumber) {
		choose(draftKey, previousNumber, (succession, activity) -> {
			succession.fate(activity);
			UUID copy = UUID.randomUUID();
			jdbc.sql("""
					insert into activity (id, plan_id, focus_area_id, number, number_major, number_minor, text, note,
					                      lead_confirmed, origin_id)
					select :copy, :draft, f.id, f.number || '.' || next.minor, f.number, next.minor, a.text, a.note,
					       a.lead_confirmed, a.id
					  from activity a join focus_area o on o.id = a.focus_area_id
					  join focus_area f on f.origin_id = o.id and f.plan_id = :draft
					  cross join lateral (select coalesce(max(x.number_minor), 0) + 1 as minor from activity x
					                       where x.plan_id = :draft and x.number_major = f.number) next
					 where a.id = :activity
					""")
				.param("copy", copy)
				.param("draft", succession.draft().value())
				.param("activity", activity.value())
				.update();
			jdbc.sql("""
					insert into activity_committee (activity_id, committee_id, position, lead)
					select :copy, committee_id, position, lead from activity_committee where activity_id = :activity
					""").param("copy", copy).param("activity", activity.value()).update();
			return succession.restore(activity, new ActivityId(copy));
		});
	}

	/**
	 * The carried focus area, goal or indicator ({@code previous}: its id in the previous plan) ends with the next
	 * plan, for the given reason, which is required; its copy leaves the draft. An indicator's series stays readable on
	 * the old plan. A focus area is refused while its copy in the draft still holds activities, goals or indicators:
	 * each of those gets its own fate first, so nothing leaves the draft unaccounted for.
	 */
	@Transactional
	void end(String draftKey, CarriedItems.Kind kind, UUID previous, @Nullable String reason) {
		endItem(draftKey, kind, previous, reason);
	}

	/**
	 * The carried indicator continues changed. It keeps its measurement series unless {@code newSeries}, which a
	 * change of unit or direction requires (the old figures could not be read on the same scale).
	 */
	@Transactional
	void changeIndicator(String draftKey, IndicatorId previous, String name, String unit, Direction direction,
			@Nullable String definition, boolean newSeries) {
		Carried carried = carried(draftKey, CarriedItems.Kind.INDICATOR, previous.value());
		record Row(CarriedItems.Indicator indicator, UUID series) {
		}
		Row before = jdbc.sql("select name, unit, direction, definition, series_id from indicator where id = :id")
			.param("id", carried.copy())
			.query((rs, n) -> new Row(new CarriedItems.Indicator(rs.getString(1), rs.getString(2),
					Direction.valueOf(rs.getString(3)), rs.getString(4)), rs.getObject(5, UUID.class)))
			.single();
		String cleanDefinition = definition == null || definition.isBlank() ? null : definition.strip();
		CarriedItems.Indicator after = new CarriedItems.Indicator(name == null ? "" : name.strip(),
				unit == null ? "" : unit.strip(), direction, cleanDefinition);
		boolean starts = carried.rules().changeIndicator(before.indicator(), after, newSeries);
		jdbc.sql("""
				update indicator set name = :name, unit = :unit, direction = :direction, definition = :definition,
				       series_id = :series, version = version + 1
				 where id = :id
				""")
			.param("name", after.name())
			.param("unit", after.unit())
			.param("direction", after.direction().name())
			.param("definition", after.definition())
			.param("series", starts ? carried.copy() : before.series())
			.param("id", carried.copy())
			.update();
		Map<String, Object> was = new LinkedHashMap<>(indicatorValues(before.indicator()));
		Map<String, Object> is = new LinkedHashMap<>(indicatorValues(after));
		is.put("newSeries", starts);
		recordFate(carried, "Indicator", was, is);
	}

	/** The carried goal continues with a new text. */
	@Transactional
	void changeGoal(String draftKey, UUID previousGoal, @Nullable String text) {
		Carried carried = carried(draftKey, CarriedItems.Kind.GOAL, previousGoal);
		String clean = carried.rules().change("text", text);
		String before = jdbc.sql("select text from goal where id = :id").param("id", carried.copy()).query(String.class)
			.single();
		jdbc.sql("update goal set text = :text, version = version + 1 where id = :id")
			.param("text", clean)
			.param("id", carried.copy())
			.update();
		recordFate(carried, "Goal", Map.of("text", before), Map.of("text", clean));
	}

	/** The carried focus area continues with a new title or description. */
	@Transactional
	void changeFocusArea(String draftKey, UUID previousFocusArea, @Nullable String title, @Nullable String description) {
		Carried carried = carried(draftKey, CarriedItems.Kind.FOCUS_AREA, previousFocusArea);
		String clean = carried.rules().change("title", title);
		String cleanDescription = description == null || description.isBlank() ? null : description.strip();
		Map<String, Object> was = jdbc.sql("select title, coalesce(description, '') from focus_area where id = :id")
			.param("id", carried.copy())
			.query((rs, n) -> Map.<String, Object>of("title", rs.getString(1), "description", rs.getString(2)))
			.single();
		jdbc.sql("update focus_area set title = :title, description = :description, version = version + 1 where id = :id")
			.param("title", clean)
			.param("description", cleanDescription)
			.param("id", carried.copy())
			.update();
		recordFate(carried, "FocusArea", was,
				Map.of("title", clean, "description", cleanDescription == null ? "" : cleanDescription));
	}

	/** A carried item's copy in the draft, the item it came from, and the rules for the draft as it stands. */
	private record Carried(ActionPlan draft, CarriedItems.Kind kind, UUID previous, UUID copy, String label,
			CarriedItems rules) {
	}

	private Carried carried(String draftKey, CarriedItems.Kind kind, UUID previous) {
		ActionPlan draft = plans.byKey(draftKey).orElseThrow(() -> new NotFoundException("Planen"));
		Succession succession = successions.of(draft).orElseThrow(() -> Refusal.of("plan.succession.none"));
		CarriedItems rules = new CarriedItems(draft.state());
		String table = switch (kind) {
			case FOCUS_AREA -> "focus_area";
			case GOAL -> "goal";
			case INDICATOR -> "indicator";
		};
		String planOf = kind == CarriedItems.Kind.FOCUS_AREA ? "x.plan_id"
				: "(select f.plan_id from focus_area f where f.id = x.focus_area_id)";
		String labelOf = switch (kind) {
			case FOCUS_AREA -> "x.number || '. ' || x.title";
			case GOAL -> "x.text";
			case INDICATOR -> "x.name";
		};
		String label = jdbc.sql("select " + labelOf + " from " + table + " x where x.id = :id and " + planOf + " = :plan")
			.param("id", previous)
			.param("plan", succession.predecessor().value())
			.query(String.class)
			.optional()
			.orElseThrow(() -> Refusal.of("plan.succession.item.unknown"));
		UUID copy = jdbc.sql("select x.id from " + table + " x where x.origin_id = :id and " + planOf + " = :plan")
			.param("id", previous)
			.param("plan", draft.id().value())
			.query(UUID.class)
			.optional()
			.orElse(null);
		if (copy == null) {
			// ended already (or removed while editing): the state is checked first, so an adopted plan says so
			rules.requireDraft();
			throw Refusal.of("plan.succession.item.notCarried");
		}
		return new Carried(draft, kind, previous, copy, label, rules);
	}

	private void endItem(String draftKey, CarriedItems.Kind kind, UUID previous, @Nullable String reason) {
		Carried carried = carried(draftKey, kind, previous);
		String why;
		if (kind == CarriedItems.Kind.FOCUS_AREA) {
			int left = jdbc.sql("""
					select (select count(*) from activity where focus_area_id = :f)
					     + (select count(*) from goal where focus_area_id = :f)
					     + (select count(*) from indicator where focus_area_id = :f)
					""").param("f", carried.copy()).query(Integer.class).single();
			why = carried.rules().endFocusArea(reason, left);
		}
		else {
			why = carried.rules().end(reason);
		}
		jdbc.sql("insert into carried_item_ending (plan_id, item_kind, item_id, reason) values (:plan, :kind, :item, :reason)")
			.param("plan", carried.draft().id().value())
			.param("kind", kind.name())
			.param("item", previous)
			.param("reason", why)
			.update();
		String table = switch (kind) {
			case FOCUS_AREA -> "focus_area";
			case GOAL -> "goal";
			case INDICATOR -> "indicator";
		};
		jdbc.sql("delete from " + table + " where id = :id").param("id", carried.copy()).update();
		recordFate(carried, switch (kind) {
			case FOCUS_AREA -> "FocusArea";
			case GOAL -> "Goal";
			case INDICATOR -> "Indicator";
		}, Map.of("disposition", Disposition.CONTINUED.name()),
				Map.of("disposition", Disposition.ENDED.name(), "reason", why));
	}

	private void recordFate(Carried carried, String itemType, Map<String, Object> was, Map<String, Object> is) {
		String label = carried.label() + " (" + carried.draft().name() + ")";
		history.record(carried.draft().id().value(), itemType, carried.previous(), label,
				"plan.history.itemDisposition", was, is);
		events.publishEvent(new PlanEvents.PlanItemRevised(carried.draft().id(), itemType + "Disposition",
				carried.previous().toString(), label, was, is));
	}

	private static Map<String, Object> indicatorValues(CarriedItems.Indicator indicator) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("name", indicator.name());
		values.put("unit", indicator.unit());
		values.put("direction", indicator.direction().name());
		values.put("definition", indicator.definition() == null ? "" : indicator.definition());
		return values;
	}

	private interface Choice {

		Succession.Fate apply(Succession succession, ActivityId activity);

	}

	private void choose(String draftKey, ActivityNumber previousNumber, Choice choice) {
		ActionPlan draft = plans.byKey(draftKey).orElseThrow(() -> new NotFoundException("Planen"));
		Succession succession = successions.of(draft).orElseThrow(() -> Refusal.of("plan.succession.none"));
		ActivityId activity = successions.activityId(succession.predecessor(), previousNumber)
			.orElseThrow(() -> new NotFoundException("Aktiviteten " + previousNumber));
		Succession.Fate before = succession.fate(activity);
		ActivityId copy = succession.copyOf(activity);
		Succession.Fate after = choice.apply(succession, activity);
		successions.save(succession);
		if (copy != null && !after.carried()) {
			// the copy leaves the draft: the activity's work is no longer an activity of its own in the next plan
			jdbc.sql("delete from activity where id = :id").param("id", copy.value()).update();
		}
		String label = previousNumber + " (" + plans.byId(succession.predecessor()).orElseThrow().name() + ")";
		Map<String, Object> was = fateValues(before);
		Map<String, Object> is = fateValues(after);
		history.record(draft.id().value(), "Activity", activity.value(), label, "plan.history.disposition", was, is);
		events.publishEvent(new PlanEvents.PlanItemRevised(draft.id(), "Disposition", activity.toString(), label,
				was, is));
	}

	private Map<String, Object> fateValues(Succession.Fate fate) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("disposition", fate.disposition().name());
		values.put("reason", fate.reason() == null ? "" : fate.reason());
		values.put("successor", fate.successor() == null ? ""
				: jdbc.sql("select number from activity where id = :id")
					.param("id", fate.successor().value())
					.query(String.class)
					.optional()
					.orElse(""));
		return values;
	}

	private void copy(UUID previous, UUID draft, String key, String name, int from, int to) {
		jdbc.sql("""
				insert into action_plan (id, plan_key, name, municipality, period_from, period_to, state, source,
				                         description, imported_at, predecessor_id)
				select :draft, :key, :name, municipality, :from, :to, 'DRAFT', null, description, :now, id
				  from action_plan where id = :previous
				""")
			.param("draft", draft)
			.param("key", key)
			.param("name", name)
			.param("from", from)
			.param("to", to)
			.param("now", Timestamp.from(clock.instant()))
			.param("previous", previous)
			.update();
		for (String statement : List.of("""
				insert into org_body (id, plan_id, position, name, level, role_text, committee_id, all_committees)
				select gen_random_uuid(), :draft, position, name, level, role_text, committee_id, all_committees
				  from org_body where plan_id = :previous
				""", """
				insert into focus_area (id, plan_id, number, title, description, origin_id)
				select gen_random_uuid(), :draft, number, title, description, id from focus_area where plan_id = :previous
				""", """
				insert into goal (id, focus_area_id, position, text, origin_id)
				select gen_random_uuid(), f.id, g.position, g.text, g.id
				  from goal g join focus_area f on f.origin_id = g.focus_area_id where f.plan_id = :draft
				""", """
				insert into indicator (id, focus_area_id, position, name, unit, direction, source, kolada_kpi,
				                       definition, origin_id, series_id)
				select gen_random_uuid(), f.id, i.position, i.name, i.unit, i.direction, i.source, i.kolada_kpi,
				       i.definition, i.id, i.series_id
				  from indicator i join focus_area f on f.origin_id = i.focus_area_id where f.plan_id = :draft
				""", """
				insert into activity (id, plan_id, focus_area_id, number, number_major, number_minor, text, note,
				                      lead_confirmed, origin_id)
				select gen_random_uuid(), :draft, f.id, f.number || '.' || a.minor, f.number, a.minor, a.text, a.note,
				       a.lead_confirmed, a.id
				  from (select a.*, row_number() over (partition by a.focus_area_id
				                                        order by a.number_major, a.number_minor) as minor
				          from activity a where a.plan_id = :previous) a
				  join focus_area f on f.origin_id = a.focus_area_id
				""", """
				insert into activity_committee (activity_id, committee_id, position, lead)
				select n.id, c.committee_id, c.position, c.lead
				  from activity n join activity_committee c on c.activity_id = n.origin_id where n.plan_id = :draft
				""", """
				insert into activity_disposition (plan_id, activity_id, disposition, successor_id)
				select :draft, n.origin_id, 'CONTINUED', n.id from activity n where n.plan_id = :draft
				""", """
				insert into activity_indicator (activity_id, indicator_id, position)
				select n.id, ni.id, ai.position
				  from activity n
				  join activity_indicator ai on ai.activity_id = n.origin_id
				  join indicator ni on ni.origin_id = ai.indicator_id
				  join focus_area f on f.id = ni.focus_area_id and f.plan_id = :draft
				 where n.plan_id = :draft
				""")) {
			var sql = jdbc.sql(statement);
			if (statement.contains(":draft")) {
				sql = sql.param("draft", draft);
			}
			if (statement.contains(":previous")) {
				sql = sql.param("previous", previous);
			}
			sql.update();
		}
	}

}
