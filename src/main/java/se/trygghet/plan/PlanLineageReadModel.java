package se.trygghet.plan;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link PlanLineage} read straight from the plan tables. */
@Component
class PlanLineageReadModel implements PlanLineage {

	private final JdbcClient jdbc;

	PlanLineageReadModel(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<ActionPlanId> predecessorOf(ActionPlanId plan) {
		return jdbc.sql("select predecessor_id from action_plan where id = :id and predecessor_id is not null")
			.param("id", plan.value())
			.query(UUID.class)
			.optional()
			.map(ActionPlanId::new);
	}

	@Override
	public Optional<ActionPlanId> successorOf(ActionPlanId plan) {
		return jdbc.sql("select id from action_plan where predecessor_id = :id")
			.param("id", plan.value())
			.query(UUID.class)
			.optional()
			.map(ActionPlanId::new);
	}

	@Override
	public Optional<ActivityOrigin> originOf(ActivityId activity) {
		return jdbc.sql("""
				select o.id, o.plan_id, p.name, o.number
				  from activity a join activity o on o.id = a.origin_id join action_plan p on p.id = o.plan_id
				 where a.id = :id
				""")
			.param("id", activity.value())
			.query((rs, n) -> new ActivityOrigin(new ActivityId(rs.getObject(1, UUID.class)),
					new ActionPlanId(rs.getObject(2, UUID.class)), rs.getString(3), ActivityNumber.parse(rs.getString(4))))
			.optional();
	}

	@Override
	public List<ActivityFate> fatesOf(ActionPlanId previousPlan) {
		return jdbc.sql("""
				select a.id, a.number, a.text, d.plan_id, d.disposition, d.reason, s.id as s_id, s.number as s_number,
				       s.text as s_text
				  from activity a
				  join activity_disposition d on d.activity_id = a.id
				  left join activity s on s.id = d.successor_id
				 where a.plan_id = :plan
				 order by a.number_major, a.number_minor
				""").param("plan", previousPlan.value()).query((rs, n) -> {
			UUID successor = rs.getObject("s_id", UUID.class);
			return new ActivityFate(new ActivityId(rs.getObject("id", UUID.class)),
					ActivityNumber.parse(rs.getString("number")), rs.getString("text"),
					new ActionPlanId(rs.getObject("plan_id", UUID.class)),
					Disposition.valueOf(rs.getString("disposition")), rs.getString("reason"),
					successor == null ? null : new ActivityId(successor),
					successor == null ? null : ActivityNumber.parse(rs.getString("s_number")), rs.getString("s_text"));
		}).list();
	}

	@Override
	public IndicatorId seriesOf(IndicatorId indicator) {
		return jdbc.sql("select series_id from indicator where id = :id")
			.param("id", indicator.value())
			.query(UUID.class)
			.optional()
			.map(IndicatorId::new)
			.orElse(indicator);
	}

	@Override
	public Map<IndicatorId, IndicatorId> seriesOf(Collection<IndicatorId> indicators) {
		Map<IndicatorId, IndicatorId> series = new HashMap<>();
		indicators.forEach(id -> series.put(id, id));
		if (!indicators.isEmpty()) {
			jdbc.sql("select id, series_id from indicator where id in (:ids)")
				.param("ids", indicators.stream().map(IndicatorId::value).distinct().toList())
				.query(rs -> {
					series.put(new IndicatorId(rs.getObject(1, UUID.class)), new IndicatorId(rs.getObject(2, UUID.class)));
				});
		}
		return series;
	}

}
