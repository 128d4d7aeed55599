package se.trygghet.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lineage of a plan as its plan file writes it, and resolving a file's lineage against the plans here. In the file
 * every reference is by key, number, position or name (never a database id), so a chain of plans can move to another
 * installation: the predecessor by its key, each item's origin by its number, position or name in the predecessor.
 */
@Component
class PlanFileLineage {

	/** A plan's lineage for export, keyed by the ids of its items; {@link #NONE} for a plan drawn from none. */
	public record Lineage(@Nullable String predecessor, Map<UUID, Integer> focusAreas, Map<UUID, PlanDocument.GoalRef> goals,
			Map<UUID, PlanDocument.IndicatorRef> indicators, Map<UUID, String> activities,
			Map<UUID, List<PlanDocument.IndicatorRef>> named, List<PlanDocument.FateEntry> fates,
			List<PlanDocument.ItemEnding> endings) {

		static final Lineage NONE = new Lineage(null, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), List.of(),
				List.of());

	}

	private final JdbcClient jdbc;

	PlanFileLineage(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	Lineage of(UUID plan) {
		String predecessor = jdbc.sql("""
				select p.plan_key from action_plan a join action_plan p on p.id = a.predecessor_id where a.id = :plan
				""").param("plan", plan).query(String.class).optional().orElse(null);
		Map<UUID, Integer> focusAreas = new HashMap<>();
		jdbc.sql("""
				select f.id, o.number from focus_area f join focus_area o on o.id = f.origin_id where f.plan_id = :plan
				""").param("plan", plan).query(rs -> {
			focusAreas.put(rs.getObject(1, UUID.class), rs.getInt(2));
		});
		Map<UUID, PlanDocument.GoalRef> goals = new HashMap<>();
		jdbc.sql("""
				select g.id, of.number, o.position + 1
				  from goal g join focus_area f on f.id = g.focus_area_id
				  join goal o on o.id = g.origin_id join focus_area of on of.id = o.focus_area_id
				 where f.plan_id = :plan
				""").param("plan", plan).query(rs -> {
			goals.put(rs.getObject(1, UUID.class), new PlanDocument.GoalRef(rs.getInt(2), rs.getInt(3)));
		});
		Map<UUID, PlanDocument.IndicatorRef> indicators = new HashMap<>();
		jdbc.sql("""
				select i.id, of.number, o.name
				  from indicator i join focus_area f on f.id = i.focus_area_id
				  join indicator o on o.id = i.origin_id join focus_area of on of.id = o.focus_area_id
				 where f.plan_id = :plan
				""").param("plan", plan).query(rs -> {
			indicators.put(rs.getObject(1, UUID.class), new PlanDocument.IndicatorRef(rs.getInt(2), rs.getString(3)));
		});
		Map<UUID, String> activities = new HashMap<>();
		jdbc.sql("select a.id, o.number from activity a join activity o on o.id = a.origin_id where a.plan_id = :plan")
			.param("plan", plan)
			.query(rs -> {
				activities.put(rs.getObject(1, UUID.class), rs.getString(2));
			});
		Map<UUID, List<PlanDocument.IndicatorRef>> named = new HashMap<>();
		jdbc.sql("""
				select ai.activity_id, f.number, i.name
				  from activity_indicator ai join activity a on a.id = ai.activity_id
				  join indicator i on i.id = ai.indicator_id join focus_area f on f.id = i.focus_area_id
				 where a.plan_id = :plan order by ai.activity_id, ai.position
				""").param("plan", plan).query(rs -> {
			named.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
				.add(new PlanDocument.IndicatorRef(rs.getInt(2), rs.getString(3)));
		});
		List<PlanDocument.FateEntry> fates = jdbc.sql("""
				select a.number, d.disposition, d.reason, s.number
				  from activity_disposition d join activity a on a.id = d.activity_id
				  left join activity s on s.id = d.successor_id
				 where d.plan_id = :plan order by a.number_major, a.number_minor
				""")
			.param("plan", plan)
			.query((rs, n) -> new PlanDocument.FateEntry(rs.getString(1), Disposition.valueOf(rs.getString(2)),
					rs.getString(3), rs.getString(4)))
			.list();
		// the predecessor's focus areas, goals and indicators this plan ended, by number, position or name there
		List<PlanDocument.ItemEnding> endings = jdbc.sql("""
				select e.reason, fa.number, gf.number, g.position + 1, inf.number, i.name
				  from carried_item_ending e
				  left join focus_area fa on e.item_kind = 'FOCUS_AREA' and fa.id = e.item_id
				  left join goal g on e.item_kind = 'GOAL' and g.id = e.item_id
				  left join focus_area gf on gf.id = g.focus_area_id
				  left join indicator i on e.item_kind = 'INDICATOR' and i.id = e.item_id
				  left join focus_area inf on inf.id = i.focus_area_id
				 where e.plan_id = :plan
				 order by e.item_kind, coalesce(fa.number, gf.number, inf.number), g.position, i.position
				""")
			.param("plan", plan)
			.query((rs, n) -> new PlanDocument.ItemEnding(rs.getObject(2, Integer.class),
					rs.getObject(3) == null ? null : new PlanDocument.GoalRef(rs.getInt(3), rs.getInt(4)),
					rs.getObject(5) == null ? null : new PlanDocument.IndicatorRef(rs.getInt(5), rs.getString(6)),
					rs.getString(1)))
			.list()
			.stream()
			.filter(e -> e.focusArea() != null || e.goal() != null || e.indicator() != null)
			.toList();
		if (predecessor == null && fates.isEmpty()) {
			return new Lineage(null, Map.of(), Map.of(), Map.of(), Map.of(), named, List.of(), List.of());
		}
		return new Lineage(predecessor, focusAreas, goals, indicators, activities, named, fates, endings);
	}

}
