package se.trygghet.plan;

import java.sql.Date;
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
		return jdbc.sql("select * from action_plan where plan_key = :k").param("k", key).query((rs, n) -> {
			Date adopted = rs.getDate("adopted_on");
			return new ActionPlan(new ActionPlanId(rs.getObject("id", UUID.class)), rs.getString("plan_key"),
					rs.getString("name"), PlanState.valueOf(rs.getString("state")), rs.getString("adopted_by"),
					rs.getString("adoption_decision"), adopted == null ? null : adopted.toLocalDate(),
					rs.getInt("version"));
		}).optional();
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

}
