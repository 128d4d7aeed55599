package se.trygghet.plan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghet.identity.CurrentUsers;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who changed which plan item, when, and what it said before and after. Kept for every change, so an adopted plan's
 * revisions stay visible next to the item they changed. Recording a revision also moves the plan's revision counter,
 * which tells cached read models on every node that the plan has changed.
 */
@Component
class PlanHistory implements PlanJournal {

	private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final Clock clock;

	private final CurrentUsers currentUsers;

	private final JsonMapper json = JsonMapper.builder().build();

	PlanHistory(JdbcClient jdbc, Clock clock, CurrentUsers currentUsers) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.currentUsers = currentUsers;
	}

	/** One field that changed: its name and the values on either side. */
	public record Change(String field, @Nullable Object before, @Nullable Object after) {
	}

	public record Revision(long id, String itemType, UUID itemId, String itemLabel, String actor, Instant at, String summary,
			List<Change> changes) {
	}

	void record(UUID planId, String itemType, UUID itemId, String itemLabel, String summary,
			@Nullable Map<String, ?> before, @Nullable Map<String, ?> after) {
		jdbc.sql("""
				insert into plan_revision (plan_id, item_type, item_id, item_label, actor, at, summary, before, after)
				values (:plan, :type, :item, :label, :actor, :at, :summary, cast(:before as jsonb), cast(:after as jsonb))
				""")
			.param("plan", planId)
			.param("type", itemType)
			.param("item", itemId)
			.param("label", itemLabel)
			.param("actor", currentUsers.actorName())
			.param("at", Timestamp.from(clock.instant()))
			.param("summary", summary)
			.param("before", before == null ? null : json.writeValueAsString(before))
			.param("after", after == null ? null : json.writeValueAsString(after))
			.update();
		jdbc.sql("update action_plan set revision = revision + 1 where id = :plan").param("plan", planId).update();
	}

	@Override
	public void note(ActionPlanId plan, String itemType, UUID itemId, String itemLabel, String summaryKey,
			@Nullable Map<String, ?> after) {
		record(plan.value(), itemType, itemId, itemLabel, summaryKey, null, after);
	}

	List<Revision> forItem(UUID itemId) {
		return jdbc.sql("""
				select id, item_type, item_id, item_label, actor, at, summary, before::text as b, after::text as a
				  from plan_revision where item_id = :item order by at desc, id desc
				""").param("item", itemId).query((rs, n) -> revision(rs)).list();
	}

	List<Revision> forPlan(UUID planId, int limit) {
		return jdbc.sql("""
				select id, item_type, item_id, item_label, actor, at, summary, before::text as b, after::text as a
				  from plan_revision where plan_id = :plan order by at desc, id desc limit :limit
				""").param("plan", planId).param("limit", limit).query((rs, n) -> revision(rs)).list();
	}

	private Revision revision(java.sql.ResultSet rs) throws java.sql.SQLException {
		Map<String, Object> before = parse(rs.getString("b"));
		Map<String, Object> after = parse(rs.getString("a"));
		Set<String> fields = new LinkedHashSet<>(before.keySet());
		fields.addAll(after.keySet());
		List<Change> changes = new ArrayList<>();
		for (String field : fields) {
			Object was = before.get(field);
			Object is = after.get(field);
			if (was == null ? is != null : !was.equals(is)) {
				changes.add(new Change(field, was, is));
			}
		}
		return new Revision(rs.getLong("id"), rs.getString("item_type"), rs.getObject("item_id", UUID.class),
				rs.getString("item_label"), rs.getString("actor"), rs.getTimestamp("at").toInstant(),
				rs.getString("summary"), changes);
	}

	private Map<String, Object> parse(@Nullable String value) {
		return value == null ? Map.of() : json.readValue(value, MAP);
	}

}
