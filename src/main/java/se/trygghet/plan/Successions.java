package se.trygghet.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and stores a draft's {@link Succession}: the fate of every activity of the plan it was drawn from. */
@Repository
class Successions {

	private final JdbcClient jdbc;

	Successions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The succession of a plan drawn from another one; empty for a plan that was imported or written anew. */
	Optional<Succession> of(ActionPlan plan) {
		return jdbc.sql("select predecessor_id from action_plan where id = :id and predecessor_id is not null")
			.param("id", plan.id().value())
			.query(UUID.class)
			.optional()
			.map(predecessor -> {
				List<Succession.Fate> fates = jdbc.sql("""
						select d.activity_id, d.disposition, d.reason, d.successor_id
						  from activity_disposition d join activity a on a.id = d.activity_id
						 where d.plan_id = :plan order by a.number_major, a.number_minor
						""").param("plan", plan.id().value()).query((rs, n) -> {
					UUID successor = rs.getObject("successor_id", UUID.class);
					return new Succession.Fate(new ActivityId(rs.getObject("activity_id", UUID.class)),
							Disposition.valueOf(rs.getString("disposition")), rs.getString("reason"),
							successor == null ? null : new ActivityId(successor));
				}).list();
				Set<ActivityId> activities = new HashSet<>();
				jdbc.sql("select id from activity where plan_id = :plan")
					.param("plan", plan.id().value())
					.query(UUID.class)
					.list()
					.forEach(id -> activities.add(new ActivityId(id)));
				return new Succession(plan.id(), plan.state(), new ActionPlanId(predecessor), fates, activities);
			});
	}

	/** Stores the choices made on the succession since it was read. */
	void save(Succession succession) {
		for (Succession.Fate fate : succession.chosen()) {
			jdbc.sql("""
					update activity_disposition set disposition = :d, reason = :reason, successor_id = :successor
					 where plan_id = :plan and activity_id = :activity
					""")
				.param("plan", succession.draft().value())
				.param("activity", fate.activity().value())
				.param("d", fate.disposition().name())
				.param("reason", fate.reason())
				.param("successor", fate.successor() == null ? null : fate.successor().value())
				.update();
		}
	}

	/** The plan's activity with the given id, with the plan it belongs to, if there is one. */
	Optional<ActionPlanId> planOf(ActivityId activity) {
		return jdbc.sql("select plan_id from activity where id = :id")
			.param("id", activity.value())
			.query(UUID.class)
			.optional()
			.map(ActionPlanId::new);
	}

	Optional<ActivityId> activityId(ActionPlanId plan, ActivityNumber number) {
		return jdbc.sql("select id from activity where plan_id = :p and number = :n")
			.param("p", plan.value())
			.param("n", number.toString())
			.query(UUID.class)
			.optional()
			.map(ActivityId::new);
	}

}
