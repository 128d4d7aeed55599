package se.trygghet.plan;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a plan file as a new plan. Everything is checked first; a file with any problem writes nothing. Committees are
 * shared by a municipality's plans, so a committee that already exists under the same name is reused.
 */
@Service
class PlanImport {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final PlanHistory history;

	private final ApplicationEventPublisher events;

	PlanImport(JdbcClient jdbc, Clock clock, PlanHistory history, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.history = history;
		this.events = events;
	}

	public record Outcome(@Nullable String planKey, List<PlanFileProblem> problems) {

		boolean imported() {
			return planKey != null;
		}

	}

	@Transactional
	Outcome importFile(byte[] content) {
		PlanFileReader.Result read = PlanFileReader.read(content);
		if (!read.ok()) {
			return new Outcome(null, read.problems());
		}
		PlanDocument document = read.document();
		if (keyTaken(document.plan().key())) {
			return new Outcome(null,
					List.of(new PlanFileProblem("plan.key", "plan.key.taken", document.plan().key())));
		}
		Predecessor predecessor = new Predecessor();
		List<PlanFileProblem> problems = predecessor.resolve(document);
		if (!problems.isEmpty()) {
			return new Outcome(null, problems);
		}
		UUID planId = write(document, predecessor);
		events.publishEvent(new PlanEvents.PlanImported(new ActionPlanId(planId), document.plan().key(),
				document.plan().name(), document.focusAreas().size(),
				document.focusAreas().stream().mapToInt(f -> f.activities().size()).sum()));
		history.record(planId, "ActionPlan", planId, document.plan().name(), "plan.history.imported", null, null);
		if (predecessor.id != null) {
			// as when a draft is drawn: the previous plan's history says so, which moves its revision, so its cached
			// pages show what became of its activities
			history.record(predecessor.id, "ActionPlan", predecessor.id, predecessor.name, "plan.history.nextImported",
					Map.of(), Map.of("next", document.plan().name()));
		}
		return new Outcome(document.plan().key(), List.of());
	}

	boolean keyTaken(String key) {
		return jdbc.sql("select exists (select 1 from action_plan where plan_key = :k)")
			.param("k", key)
			.query(Boolean.class)
			.single();
	}

	/** An indicator of the predecessor an indicator of the file came from, and the series it continues. */
	private record Origin(UUID id, UUID series) {
	}

	/**
	 * The plan a file names as its predecessor, by key, and its items the file's origins name, by number, position or
	 * name. A predecessor that is not here, or that already has a successor, and an origin it does not have are
	 * problems of the file: the import writes nothing rather than a plan with half its lineage.
	 */
	private final class Predecessor {

		private @Nullable UUID id;

		private String name = "";

		private final Map<Integer, UUID> focusAreas = new HashMap<>();

		private final Map<PlanDocument.GoalRef, UUID> goals = new HashMap<>();

		private final Map<PlanDocument.IndicatorRef, Origin> indicators = new HashMap<>();

		private final Map<String, UUID> activities = new HashMap<>();

		List<PlanFileProblem> resolve(PlanDocument document) {
			String key = document.plan().predecessor();
			if (key == null) {
				return List.of();
			}
			record Found(UUID id, String name, boolean succeeded) {
			}
			Found found = jdbc.sql("""
					select p.id, p.name, exists (select 1 from action_plan s where s.predecessor_id = p.id)
					  from action_plan p where p.plan_key = :k
					""")
				.param("k", key)
				.query((rs, n) -> new Found(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3)))
				.optional()
				.orElse(null);
			if (found == null) {
				return List.of(new PlanFileProblem("plan.predecessor", "plan.predecessor.unknown", key));
			}
			if (found.succeeded()) {
				return List.of(new PlanFileProblem("plan.predecessor", "plan.predecessor.taken", key));
			}
			id = found.id();
			name = found.name();
			jdbc.sql("select number, id from focus_area where plan_id = :p").param("p", id).query(rs -> {
				focusAreas.put(rs.getInt(1), rs.getObject(2, UUID.class));
			});
			jdbc.sql("""
					select f.number, g.position + 1, g.id from goal g join focus_area f on f.id = g.focus_area_id
					 where f.plan_id = :p
					""").param("p", id).query(rs -> {
				goals.put(new PlanDocument.GoalRef(rs.getInt(1), rs.getInt(2)), rs.getObject(3, UUID.class));
			});
			jdbc.sql("""
					select f.number, i.name, i.id, i.series_id from indicator i join focus_area f on f.id = i.focus_area_id
					 where f.plan_id = :p order by f.number, i.position desc
					""").param("p", id).query(rs -> {
				// the first of equal names in the plan's order wins (read last, so it is put last)
				indicators.put(new PlanDocument.IndicatorRef(rs.getInt(1), rs.getString(2)),
						new Origin(rs.getObject(3, UUID.class), rs.getObject(4, UUID.class)));
			});
			jdbc.sql("select number, id from activity where plan_id = :p").param("p", id).query(rs -> {
				activities.put(rs.getString(1), rs.getObject(2, UUID.class));
			});
			List<PlanFileProblem> problems = new ArrayList<>();
			List<PlanDocument.FocusAreaEntry> areas = document.focusAreas();
			for (int f = 0; f < areas.size(); f++) {
				PlanDocument.FocusAreaEntry area = areas.get(f);
				String at = "focusAreas[" + f + "]";
				if (area.origin() != null && !focusAreas.containsKey(area.origin())) {
					problems.add(new PlanFileProblem(at + ".origin", "plan.origin.focusArea", area.origin().toString(),
							key));
				}
				for (int g = 0; g < area.goalOrigins().size(); g++) {
					PlanDocument.GoalRef goal = area.goalOrigins().get(g);
					if (goal != null && !goals.containsKey(goal)) {
						problems.add(new PlanFileProblem(at + ".goals[" + g + "].origin", "plan.origin.goal",
								String.valueOf(goal.position()), String.valueOf(goal.focusArea()), key));
					}
				}
				for (int i = 0; i < area.indicators().size(); i++) {
					PlanDocument.IndicatorRef indicator = area.indicators().get(i).origin();
					if (indicator != null && !indicators.containsKey(indicator)) {
						problems.add(new PlanFileProblem(at + ".indicators[" + i + "].origin", "plan.origin.indicator",
								indicator.name(), String.valueOf(indicator.focusArea()), key));
					}
				}
				for (int a = 0; a < area.activities().size(); a++) {
					PlanDocument.ActivityEntry activity = area.activities().get(a);
					if (activity.origin() != null && !activities.containsKey(activity.origin())) {
						problems.add(new PlanFileProblem(at + ".activities[" + a + "] (" + activity.number() + ").origin",
								"plan.origin.activity", activity.origin(), key));
					}
				}
			}
			for (int i = 0; i < document.fates().size(); i++) {
				String activity = document.fates().get(i).activity();
				if (!activities.containsKey(activity)) {
					problems.add(new PlanFileProblem("fates[" + i + "].activity", "plan.origin.activity", activity, key));
				}
			}
			for (int i = 0; i < document.endings().size(); i++) {
				PlanDocument.ItemEnding ending = document.endings().get(i);
				String at = "endings[" + i + "]";
				if (ending.focusArea() != null && !focusAreas.containsKey(ending.focusArea())) {
					problems.add(new PlanFileProblem(at + ".focusArea", "plan.origin.focusArea",
							ending.focusArea().toString(), key));
				}
				if (ending.goal() != null && !goals.containsKey(ending.goal())) {
					problems.add(new PlanFileProblem(at + ".goal", "plan.origin.goal",
							String.valueOf(ending.goal().position()), String.valueOf(ending.goal().focusArea()), key));
				}
				if (ending.indicator() != null && !indicators.containsKey(ending.indicator())) {
					problems.add(new PlanFileProblem(at + ".indicator", "plan.origin.indicator", ending.indicator().name(),
							String.valueOf(ending.indicator().focusArea()), key));
				}
			}
			return problems;
		}

	}

	private UUID write(PlanDocument document, Predecessor predecessor) {
		PlanDocument.Header h = document.plan();
		UUID planId = UUID.randomUUID();
		jdbc.sql("""
				insert into action_plan (id, plan_key, name, municipality, period_from, period_to, state, adopted_by,
				                         adoption_decision, adopted_on, source, description, imported_at, predecessor_id)
				values (:id, :key, :name, :municipality, :from, :to, :state, :adoptedBy, :decision, :adoptedOn,
				        :source, :description, :now, :predecessor)
				""")
			.param("predecessor", predecessor.id)
			.param("id", planId)
			.param("key", h.key())
			.param("name", h.name())
			.param("municipality", h.municipality())
			.param("from", h.periodFrom())
			.param("to", h.periodTo())
			.param("state", h.state().name())
			.param("adoptedBy", h.adoptedBy())
			.param("decision", h.adoptionDecision())
			.param("adoptedOn", h.adoptedOn() == null ? null : java.sql.Date.valueOf(h.adoptedOn()))
			.param("source", h.source())
			.param("description", h.description())
			.param("now", Timestamp.from(clock.instant()))
			.update();

		Map<String, UUID> committees = new HashMap<>();
		for (PlanDocument.CommitteeEntry committee : document.committees()) {
			committees.put(committee.name(), committeeId(h.municipality(), committee));
		}

		int position = 0;
		for (PlanDocument.OrgBodyEntry body : document.organisation()) {
			jdbc.sql("""
					insert into org_body (id, plan_id, position, name, level, role_text, committee_id, all_committees)
					values (:id, :plan, :position, :name, :level, :role, :committee, :all)
					""")
				.param("id", UUID.randomUUID())
				.param("plan", planId)
				.param("position", position++)
				.param("name", body.name())
				.param("level", body.level().name())
				.param("role", body.role())
				.param("committee", body.committee() == null ? null : committees.get(body.committee()))
				.param("all", body.allCommittees())
				.update();
		}

		Map<PlanDocument.IndicatorRef, UUID> indicatorIds = new HashMap<>();
		Map<String, UUID> activityIds = new HashMap<>();
		for (PlanDocument.FocusAreaEntry area : document.focusAreas()) {
			UUID areaId = UUID.randomUUID();
			jdbc.sql("""
					insert into focus_area (id, plan_id, number, title, description, origin_id)
					values (:id, :plan, :number, :title, :description, :origin)
					""")
				.param("origin", area.origin() == null ? null : predecessor.focusAreas.get(area.origin()))
				.param("id", areaId)
				.param("plan", planId)
				.param("number", area.number())
				.param("title", area.title())
				.param("description", area.description())
				.update();
			int goal = 0;
			for (String text : area.goals()) {
				PlanDocument.GoalRef origin = area.goalOrigins().get(goal);
				jdbc.sql("""
						insert into goal (id, focus_area_id, position, text, origin_id)
						values (:id, :area, :position, :text, :origin)
						""")
					.param("origin", origin == null ? null : predecessor.goals.get(origin))
					.param("id", UUID.randomUUID())
					.param("area", areaId)
					.param("position", goal++)
					.param("text", text)
					.update();
			}
			int indicatorPosition = 0;
			for (PlanDocument.IndicatorEntry indicator : area.indicators()) {
				UUID indicatorId = UUID.randomUUID();
				indicatorIds.putIfAbsent(new PlanDocument.IndicatorRef(area.number(), indicator.name()), indicatorId);
				// a carried indicator continues its origin's series; a new one starts its own (the insert trigger)
				Origin origin = indicator.origin() == null ? null : predecessor.indicators.get(indicator.origin());
				jdbc.sql("""
						insert into indicator (id, focus_area_id, position, name, unit, direction, source, kolada_kpi,
						                       definition, origin_id, series_id)
						values (:id, :area, :position, :name, :unit, :direction, :source, :kpi, :definition, :origin,
						        :series)
						""")
					.param("origin", origin == null ? null : origin.id())
					.param("series", origin == null ? null : origin.series())
					.param("id", indicatorId)
					.param("area", areaId)
					.param("position", indicatorPosition++)
					.param("name", indicator.name())
					.param("unit", indicator.unit())
					.param("direction", indicator.direction().name())
					.param("source", indicator.source())
					.param("kpi", indicator.koladaKpi())
					.param("definition", indicator.definition())
					.update();
				int figure = 0;
				for (PlanDocument.StatedFigure stated : indicator.statedFigures()) {
					jdbc.sql("""
							insert into indicator_stated_figure (id, indicator_id, position, description, period, value, unit)
							values (:id, :indicator, :position, :description, :period, :value, :unit)
							""")
						.param("id", UUID.randomUUID())
						.param("indicator", indicatorId)
						.param("position", figure++)
						.param("description", stated.description())
						.param("period", stated.period())
						.param("value", stated.value())
						.param("unit", stated.unit())
						.update();
				}
			}
			for (PlanDocument.ActivityEntry activity : area.activities()) {
				ActivityNumber number = ActivityNumber.parse(activity.number());
				UUID activityId = UUID.randomUUID();
				activityIds.put(number.toString(), activityId);
				jdbc.sql("""
						insert into activity (id, plan_id, focus_area_id, number, number_major, number_minor, text, note,
						                      lead_confirmed, origin_id)
						values (:id, :plan, :area, :number, :major, :minor, :text, :note, :confirmed, :origin)
						""")
					.param("origin", activity.origin() == null ? null : predecessor.activities.get(activity.origin()))
					.param("id", activityId)
					.param("plan", planId)
					.param("area", areaId)
					.param("number", number.toString())
					.param("major", number.focusArea())
					.param("minor", number.position())
					.param("text", activity.text())
					.param("note", activity.note())
					.param("confirmed", activity.leadConfirmed())
					.update();
				int order = 0;
				for (String committee : activity.committees()) {
					jdbc.sql("""
							insert into activity_committee (activity_id, committee_id, position, lead)
							values (:activity, :committee, :position, :lead)
							""")
						.param("activity", activityId)
						.param("committee", committees.get(committee))
						.param("position", order++)
						.param("lead", committee.equals(activity.lead()))
						.update();
				}
			}
		}
		// the indicators an activity names may be in a later focus area, so they are linked once all are written
		for (PlanDocument.FocusAreaEntry area : document.focusAreas()) {
			for (PlanDocument.ActivityEntry activity : area.activities()) {
				int order = 0;
				for (PlanDocument.IndicatorRef named : activity.indicators()) {
					jdbc.sql("""
							insert into activity_indicator (activity_id, indicator_id, position)
							values (:activity, :indicator, :position) on conflict do nothing
							""")
						.param("activity", activityIds.get(activity.number()))
						.param("indicator", indicatorIds.get(named))
						.param("position", order++)
						.update();
				}
			}
		}
		for (PlanDocument.FateEntry fate : document.fates()) {
			jdbc.sql("""
					insert into activity_disposition (plan_id, activity_id, disposition, reason, successor_id)
					values (:plan, :activity, :disposition, :reason, :successor)
					""")
				.param("plan", planId)
				.param("activity", predecessor.activities.get(fate.activity()))
				.param("disposition", fate.disposition().name())
				.param("reason", fate.reason())
				.param("successor", fate.successor() == null ? null : activityIds.get(fate.successor()))
				.update();
		}
		for (PlanDocument.ItemEnding ending : document.endings()) {
			UUID item = switch (ending.kind()) {
				case FOCUS_AREA -> predecessor.focusAreas.get(ending.focusArea());
				case GOAL -> predecessor.goals.get(ending.goal());
				case INDICATOR -> predecessor.indicators.get(ending.indicator()).id();
			};
			jdbc.sql("""
					insert into carried_item_ending (plan_id, item_kind, item_id, reason)
					values (:plan, :kind, :item, :reason)
					""")
				.param("plan", planId)
				.param("kind", ending.kind().name())
				.param("item", item)
				.param("reason", ending.reason())
				.update();
		}
		return planId;
	}

	private UUID committeeId(String municipality, PlanDocument.CommitteeEntry committee) {
		return jdbc.sql("select id from committee where municipality = :m and name = :n")
			.param("m", municipality)
			.param("n", committee.name())
			.query(UUID.class)
			.optional()
			.orElseGet(() -> {
				UUID id = UUID.randomUUID();
				jdbc.sql("insert into committee (id, municipality, name, short_name) values (:id, :m, :n, :s)")
					.param("id", id)
					.param("m", municipality)
					.param("n", committee.name())
					.param("s", committee.shortName())
					.update();
				return id;
			});
	}

}
