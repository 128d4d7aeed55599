package se.trygghet.plan;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ActionPlans {

	private final JdbcClient jdbc;

	ActionPlans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ActionPlan> byKey(String key) {
		return load("plan_key = :k", key);
	}

	Optional<ActionPlan> byId(ActionPlanId id) {
		return load("id = :k", id.value());
	}

	private Optional<ActionPlan> load(String where, Object value) {
		return jdbc.sql("""
				select p.*, (select count(*) from plan_amendment a where a.plan_id = p.id) as amendments
				  from action_plan p where p.""" + where).param("k", value).query((rs, n) -> {
			Date adopted = rs.getDate("adopted_on");
			ActionPlanId id = new ActionPlanId(rs.getObject("id", UUID.class));
			return new ActionPlan(id, rs.getString("plan_key"), rs.getString("name"),
					PlanState.valueOf(rs.getString("state")), rs.getString("adopted_by"),
					rs.getString("adoption_decision"), adopted == null ? null : adopted.toLocalDate(),
					rs.getInt("version"), openAmendment(id), rs.getInt("amendments"));
		}).optional();
	}

	private ActionPlan.Amendment openAmendment(ActionPlanId plan) {
		return jdbc.sql("select id, number, reason from plan_amendment where plan_id = :p and closed_at is null")
			.param("p", plan.value())
			.query((rs, n) -> new ActionPlan.Amendment(rs.getObject("id", UUID.class), rs.getInt("number"),
					rs.getString("reason"), null, null, null))
			.optional()
			.orElse(null);
	}

	void save(ActionPlan plan) {
		int updated = jdbc.sql("""
				update action_plan set state = :state, adopted_by = :by, adoption_decision = :decision,
				       adopted_on = :on, version = version + 1
				 where id = :id and version = :version
				""")
			.param("id", plan.id().value())
			.param("state", plan.state().name())
			.param("by", plan.adoptedBy())
			.param("decision", plan.adoptionDecision())
			.param("on", plan.adoptedOn() == null ? null : Date.valueOf(plan.adoptedOn()))
			.param("version", plan.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Plan " + plan.key() + " was changed by someone else");
		}
	}

	/** Stores an amendment just opened; the unique index keeps a second open one out even between two requests. */
	void opened(ActionPlan plan, ActionPlan.Amendment amendment, String actor, Instant at) {
		save(plan);
		jdbc.sql("""
				insert into plan_amendment (id, plan_id, number, reason, opened_by, opened_at)
				values (:id, :plan, :number, :reason, :actor, :at)
				""")
			.param("id", amendment.id())
			.param("plan", plan.id().value())
			.param("number", amendment.number())
			.param("reason", amendment.reason())
			.param("actor", actor)
			.param("at", Timestamp.from(at))
			.update();
	}

	void closed(ActionPlan plan, ActionPlan.Amendment amendment, Instant at) {
		save(plan);
		jdbc.sql("""
				update plan_amendment set decided_by = :by, decision = :decision, decided_on = :on, closed_at = :at
				 where id = :id and closed_at is null
				""")
			.param("id", amendment.id())
			.param("by", amendment.decidedBy())
			.param("decision", amendment.decision())
			.param("on", Date.valueOf(amendment.decidedOn()))
			.param("at", Timestamp.from(at))
			.update();
	}

	/** Every amendment of a plan, the open one first, then the latest decided. */
	java.util.List<ActionPlan.Amendment> amendments(ActionPlanId plan) {
		return jdbc.sql("""
				select id, number, reason, decided_by, decision, decided_on from plan_amendment
				 where plan_id = :p order by closed_at is null desc, number desc
				""").param("p", plan.value()).query((rs, n) -> {
			Date decided = rs.getDate("decided_on");
			return new ActionPlan.Amendment(rs.getObject("id", UUID.class), rs.getInt("number"), rs.getString("reason"),
					rs.getString("decided_by"), rs.getString("decision"), decided == null ? null : decided.toLocalDate());
		}).list();
	}

}
