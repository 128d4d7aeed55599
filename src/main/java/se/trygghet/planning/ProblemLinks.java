package se.trygghet.planning;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.plan.ActivityId;

/** Stores which activities of a draft the coordinator decided address each prioritised problem of the lägesbild. */
@Repository
class ProblemLinks {

	private final JdbcClient jdbc;

	ProblemLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every decided link of a plan in one query: problem id → the activities linked to it, in the order linked. */
	Map<UUID, Set<ActivityId>> of(ActionPlanId plan) {
		Map<UUID, Set<ActivityId>> links = new LinkedHashMap<>();
		jdbc.sql("select problem_id, activity_id from problem_activity_link where plan_id = :p order by linked_at, activity_id")
			.param("p", plan.value())
			.query(rs -> {
				links.computeIfAbsent(rs.getObject(1, UUID.class), k -> new LinkedHashSet<>())
					.add(new ActivityId(rs.getObject(2, UUID.class)));
			});
		return links;
	}

	/** True when the link is new; false when it was already there. */
	boolean add(ActionPlanId plan, UUID problem, ActivityId activity, String problemTitle, String by, Instant at) {
		return jdbc.sql("""
				insert into problem_activity_link (plan_id, problem_id, activity_id, problem_title, linked_by, linked_at)
				values (:p, :problem, :activity, :title, :by, :at) on conflict do nothing
				""")
			.param("p", plan.value())
			.param("problem", problem)
			.param("activity", activity.value())
			.param("title", problemTitle)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	/** True when there was such a link. */
	boolean remove(ActionPlanId plan, UUID problem, ActivityId activity) {
		return jdbc.sql("""
				delete from problem_activity_link where plan_id = :p and problem_id = :problem and activity_id = :activity
				""")
			.param("p", plan.value())
			.param("problem", problem)
			.param("activity", activity.value())
			.update() == 1;
	}

}
