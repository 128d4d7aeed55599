package se.trygghet.plan;

import java.sql.Timestamp;
import java.time.Clock;
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

	record Outcome(@Nullable String planKey, List<PlanFileProblem> problems) {

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
		UUID planId = write(document);
		events.publishEvent(new PlanEvents.PlanImported(new ActionPlanId(planId), document.plan().key(),
				document.plan().name(), document.focusAreas().size(),
				document.focusAreas().stream().mapToInt(f -> f.activities().size()).sum()));
		history.record(planId, "ActionPlan", planId, document.plan().name(), "plan.history.imported", null, null);
		return new Outcome(document.plan().key(), List.of());
	}

	boolean keyTaken(String key) {
		return jdbc.sql("select exists (select 1 from action_plan where plan_key = :k)")
			.param("k", key)
			.query(Boolean.class)
			.single();
	}

	private UUID write(PlanDocument document) {
		PlanDocument.Header h = document.plan();
		UUID planId = UUID.randomUUID();
		jdbc.sql("""
				insert into action_plan (id, plan_key, name, municipality, period_from, period_to, state, adopted_by,
				                         adoption_decision, adopted_on, source, description, imported_at)
				values (:id, :key, :name, :municipality, :from, :to, :state, :adoptedBy, :decision, :adoptedOn,
				        :source, :description, :now)
				""")
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

		for (PlanDocument.FocusAreaEntry area : document.focusAreas()) {
			UUID areaId = UUID.randomUUID();
			jdbc.sql("""
					insert into focus_area (id, plan_id, number, title, description)
					values (:id, :plan, :number, :title, :description)
					""")
				.param("id", areaId)
				.param("plan", planId)
				.param("number", area.number())
				.param("title", area.title())
				.param("description", area.description())
				.update();
			int goal = 0;
			for (String text : area.goals()) {
				jdbc.sql("insert into goal (id, focus_area_id, position, text) values (:id, :area, :position, :text)")
					.param("id", UUID.randomUUID())
					.param("area", areaId)
					.param("position", goal++)
					.param("text", text)
					.update();
			}
			int indicatorPosition = 0;
			for (PlanDocument.IndicatorEntry indicator : area.indicators()) {
				UUID indicatorId = UUID.randomUUID();
				jdbc.sql("""
						insert into indicator (id, focus_area_id, position, name, unit, direction, source, kolada_kpi,
						                       definition)
						values (:id, :area, :position, :name, :unit, :direction, :source, :kpi, :definition)
						""")
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
				jdbc.sql("""
						insert into activity (id, plan_id, focus_area_id, number, number_major, number_minor, text, note,
						                      lead_confirmed)
						values (:id, :plan, :area, :number, :major, :minor, :text, :note, :confirmed)
						""")
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
