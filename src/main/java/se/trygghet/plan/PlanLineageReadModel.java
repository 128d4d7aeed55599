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
	public List<ItemFate> indicatorFatesOf(ActionPlanId previousPlan) {
		return itemFates(previousPlan, "INDICATOR", """
				select i.id, i.name || ' (' || i.unit || ')' as text, c.id as s_id, c.name || ' (' || c.unit || ')' as s_text,
				       (c.name, c.unit, c.direction, coalesce(c.definition, ''), c.series_id)
				         is distinct from (i.name, i.unit, i.direction, coalesce(i.definition, ''), i.series_id) as changed
				  from indicator i join focus_area f on f.id = i.focus_area_id
				  left join (select x.* from indicator x join focus_area xf on xf.id = x.focus_area_id
				              where xf.plan_id = :next) c on c.origin_id = i.id
				 where f.plan_id = :plan
				 order by f.number, i.position
				""");
	}

	@Override
	public List<ItemFate> goalFatesOf(ActionPlanId previousPlan) {
		return itemFates(previousPlan, "GOAL", """
				select g.id, g.text, c.id as s_id, c.text as s_text, c.text is distinct from g.text as changed
				  from goal g join focus_area f on f.id = g.focus_area_id
				  left join (select x.* from goal x join focus_area xf on xf.id = x.focus_area_id
				              where xf.plan_id = :next) c on c.origin_id = g.id
				 where f.plan_id = :plan
				 order by f.number, g.position
				""");
	}

	@Override
	public List<ItemFate> focusAreaFatesOf(ActionPlanId previousPlan) {
		return itemFates(previousPlan, "FOCUS_AREA", """
				select f.id, f.number || '. ' || f.title as text, c.id as s_id, c.number || '. ' || c.title as s_text,
				       (c.title, coalesce(c.description, '')) is distinct from (f.title, coalesce(f.description, ''))
				         as changed
				  from focus_area f
				  left join focus_area c on c.origin_id = f.id and c.plan_id = :next
				 where f.plan_id = :plan
				 order by f.number
				""");
	}

	/** The fates of one kind of carried item, from a query of the previous plan's items beside their copies. */
	private List<ItemFate> itemFates(ActionPlanId previousPlan, String kind, String query) {
		return successorOf(previousPlan).map(next -> {
			Map<UUID, String> reasons = new HashMap<>();
			jdbc.sql("select item_id, reason from carried_item_ending where plan_id = :next and item_kind = :kind")
				.param("next", next.value())
				.param("kind", kind)
				.query(rs -> {
					reasons.put(rs.getObject(1, UUID.class), rs.getString(2));
				});
			return jdbc.sql(query)
				.param("plan", previousPlan.value())
				.param("next", next.value())
				.query((rs, n) -> {
					UUID item = rs.getObject("id", UUID.class);
					UUID successor = rs.getObject("s_id", UUID.class);
					Disposition disposition = successor == null ? Disposition.ENDED
							: rs.getBoolean("changed") ? Disposition.CHANGED : Disposition.CONTINUED;
					return new ItemFate(item, rs.getString("text"), next, disposition,
							successor == null ? reasons.get(item) : null, successor,
							successor == null ? null : rs.getString("s_text"));
				})
				.list();
		}).orElse(List.of());
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
