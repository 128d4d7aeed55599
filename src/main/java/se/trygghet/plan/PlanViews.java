package se.trygghet.plan;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.trygghet.system.Caches;

/**
 * SQL read model of plans. A whole plan tree is read in a few small queries regardless of its size, and kept per plan
 * revision (cache {@value #CACHE}), which keeps the plan page and the open-data API fast.
 */
@Component
class PlanViews {

	static final String CACHE = "plan-views";

	private final JdbcClient jdbc;

	private final TransactionTemplate snapshot;

	private final Caches.NamedCache views;

	PlanViews(JdbcClient jdbc, PlatformTransactionManager transactions, Caches caches) {
		this.jdbc = jdbc;
		this.views = caches.named(CACHE);
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setReadOnly(true);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	public record PlanSummary(UUID id, String key, String name, String municipality, int periodFrom, int periodTo,
			PlanState state, java.time.@org.jspecify.annotations.Nullable LocalDate adoptedOn) {
	}

	/**
	 * Every plan, newest period first. Plans of the same period and name (a copy imported beside the real one) come
	 * in the order they were imported, so "the adopted plan with the latest period" that other modules pick is
	 * always the same one and does not change with the table's physical order after an update.
	 */
	List<PlanSummary> summaries() {
		return jdbc.sql("""
				select id, plan_key, name, municipality, period_from, period_to, state, adopted_on
				  from action_plan order by period_from desc, municipality, name, imported_at, plan_key
				""").query((rs, n) -> {
			Date adopted = rs.getDate("adopted_on");
			return new PlanSummary(rs.getObject("id", UUID.class), rs.getString("plan_key"), rs.getString("name"),
					rs.getString("municipality"), rs.getInt("period_from"), rs.getInt("period_to"),
					PlanState.valueOf(rs.getString("state")), adopted == null ? null : adopted.toLocalDate());
		}).list();
	}

	Optional<UUID> idOfKey(String key) {
		return jdbc.sql("select id from action_plan where plan_key = :k").param("k", key).query(UUID.class).optional();
	}

	Optional<String> keyOfId(UUID id) {
		return jdbc.sql("select plan_key from action_plan where id = :id").param("id", id).query(String.class).optional();
	}

	/** Current revision of each plan, read with one indexed lookup before trusting the cache. */
	private record Stamp(UUID id, long revision) {
	}

	Optional<PlanView> byKey(String key) {
		return current(jdbc.sql("select id, revision from action_plan where plan_key = :k").param("k", key));
	}

	Optional<PlanView> byId(UUID planId) {
		return current(jdbc.sql("select id, revision from action_plan where id = :id").param("id", planId));
	}

	/**
	 * Plans are read far more often than they change, so a built view is kept until the plan's revision moves. The
	 * revision lives in the database, so a change made on another node is seen here at the next request.
	 */
	private Optional<PlanView> current(JdbcClient.StatementSpec stampQuery) {
		Optional<Stamp> stamp = stampQuery.query((rs, n) -> new Stamp(rs.getObject(1, UUID.class), rs.getLong(2)))
			.optional();
		if (stamp.isEmpty()) {
			return Optional.empty();
		}
		// one snapshot for all queries, so a view never mixes content from before and after a concurrent change; the
		// snapshot may be newer than the stamp, which only means a later request builds the view once more
		return views.get(stamp.get(), () -> snapshot.execute(status -> load(stamp.get().id())));
	}

	private Optional<PlanView> load(UUID planId) {
		record Header(UUID id, String key, String name, String municipality, int from, int to, PlanState state,
				String adoptedBy, String decision, java.time.LocalDate adoptedOn, String source, String description,
				int version, long revision) {
		}
		Optional<Header> found = jdbc.sql("select * from action_plan where id = :id").param("id", planId).query((rs, n) -> {
			Date adopted = rs.getDate("adopted_on");
			return new Header(rs.getObject("id", UUID.class), rs.getString("plan_key"), rs.getString("name"),
					rs.getString("municipality"), rs.getInt("period_from"), rs.getInt("period_to"),
					PlanState.valueOf(rs.getString("state")), rs.getString("adopted_by"),
					rs.getString("adoption_decision"), adopted == null ? null : adopted.toLocalDate(),
					rs.getString("source"), rs.getString("description"), rs.getInt("version"), rs.getLong("revision"));
		}).optional();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Header h = found.get();

		Map<UUID, List<PlanView.GoalView>> goals = new HashMap<>();
		jdbc.sql("""
				select g.* from goal g join focus_area f on f.id = g.focus_area_id
				 where f.plan_id = :p order by g.position
				""").param("p", planId).query(rs -> {
			goals.computeIfAbsent(rs.getObject("focus_area_id", UUID.class), k -> new ArrayList<>())
				.add(new PlanView.GoalView(rs.getObject("id", UUID.class), rs.getInt("position"), rs.getString("text"),
						rs.getInt("version")));
		});

		Map<UUID, List<PlanView.StatedFigureView>> figures = new HashMap<>();
		jdbc.sql("""
				select s.* from indicator_stated_figure s join indicator i on i.id = s.indicator_id
				  join focus_area f on f.id = i.focus_area_id where f.plan_id = :p order by s.position
				""").param("p", planId).query(rs -> {
			figures.computeIfAbsent(rs.getObject("indicator_id", UUID.class), k -> new ArrayList<>())
				.add(new PlanView.StatedFigureView(rs.getString("description"), rs.getString("period"),
						rs.getBigDecimal("value").stripTrailingZeros(), rs.getString("unit")));
		});

		Map<UUID, List<PlanView.IndicatorView>> indicators = new HashMap<>();
		jdbc.sql("""
				select i.* from indicator i join focus_area f on f.id = i.focus_area_id
				 where f.plan_id = :p order by i.position
				""").param("p", planId).query(rs -> {
			UUID id = rs.getObject("id", UUID.class);
			indicators.computeIfAbsent(rs.getObject("focus_area_id", UUID.class), k -> new ArrayList<>())
				.add(new PlanView.IndicatorView(id, rs.getInt("position"), rs.getString("name"), rs.getString("unit"),
						Direction.valueOf(rs.getString("direction")), rs.getString("source"),
						rs.getString("kolada_kpi"), rs.getString("definition"), rs.getInt("version"),
						figures.getOrDefault(id, List.of())));
		});

		Map<UUID, List<PlanView.ResponsibleView>> responsible = new HashMap<>();
		jdbc.sql("""
				select ac.activity_id, ac.lead, c.id, c.name, c.short_name
				  from activity_committee ac join activity a on a.id = ac.activity_id
				  join committee c on c.id = ac.committee_id
				 where a.plan_id = :p order by ac.position
				""").param("p", planId).query(rs -> {
			responsible.computeIfAbsent(rs.getObject("activity_id", UUID.class), k -> new ArrayList<>())
				.add(new PlanView.ResponsibleView(rs.getObject("id", UUID.class), rs.getString("name"),
						rs.getString("short_name"), rs.getBoolean("lead")));
		});

		Map<UUID, List<PlanView.ActivityView>> activities = new HashMap<>();
		jdbc.sql("select * from activity where plan_id = :p order by number_major, number_minor")
			.param("p", planId)
			.query(rs -> {
				UUID id = rs.getObject("id", UUID.class);
				activities.computeIfAbsent(rs.getObject("focus_area_id", UUID.class), k -> new ArrayList<>())
					.add(new PlanView.ActivityView(id, rs.getString("number"), rs.getInt("number_major"),
							rs.getString("text"), rs.getString("note"), rs.getBoolean("lead_confirmed"),
							rs.getInt("version"), responsible.getOrDefault(id, List.of())));
			});

		List<PlanView.FocusAreaView> focusAreas = jdbc
			.sql("select * from focus_area where plan_id = :p order by number")
			.param("p", planId)
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				return new PlanView.FocusAreaView(id, rs.getInt("number"), rs.getString("title"),
						rs.getString("description"), rs.getInt("version"), goals.getOrDefault(id, List.of()),
						indicators.getOrDefault(id, List.of()), activities.getOrDefault(id, List.of()));
			})
			.list();

		List<PlanView.OrgBodyView> organisation = jdbc
			.sql("select * from org_body where plan_id = :p order by position")
			.param("p", planId)
			.query((rs, n) -> new PlanView.OrgBodyView(rs.getString("name"),
					OrganisationLevel.valueOf(rs.getString("level")), rs.getString("role_text"),
					rs.getObject("committee_id", UUID.class), rs.getBoolean("all_committees")))
			.list();

		// the plan's committees in Swedish alphabetical order (the database collation is sv-SE)
		List<PlanView.CommitteeView> committees = jdbc.sql("""
				select c.id, c.name, c.short_name
				  from committee c
				  join activity_committee ac on ac.committee_id = c.id
				  join activity a on a.id = ac.activity_id
				 where a.plan_id = :p
				 group by c.id, c.name, c.short_name
				 order by c.name
				""").param("p", planId)
			.query((rs, n) -> new PlanView.CommitteeView(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("short_name")))
			.list();

		return Optional.of(new PlanView(h.id(), h.key(), h.name(), h.municipality(), h.from(), h.to(), h.state(),
				h.adoptedBy(), h.decision(), h.adoptedOn(), h.source(), h.description(), h.version(), h.revision(), focusAreas,
				organisation, committees));
	}

}
