package se.trygghet.intervention;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghet.actor.ActorId;
import se.trygghet.area.AreaId;
import se.trygghet.plan.ActivityId;
import se.trygghet.plan.CommitteeId;
import se.trygghet.plan.IndicatorId;

@Repository
class Interventions {

	private final JdbcClient jdbc;

	Interventions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Intervention i, String by, Instant now) {
		Map<String, Object> p = params(i);
		p.put("by", by);
		p.put("now", Timestamp.from(now));
		jdbc.sql("""
				insert into intervention (id, problem_id, title, kind, committees, actors, area_id, starts_on, ends_on,
				                          activity_id, expected_effect, indicator_ids, categories, evidence_level,
				                          cost_sek, status, visibility, demo, created_by, created_at, updated_at)
				values (:id, :problem, :title, :kind, cast(:committees as uuid[]), cast(:actors as uuid[]), :area,
				        :startsOn, :endsOn, :activity, :effect, cast(:indicators as uuid[]), cast(:categories as text[]),
				        :evidence, :cost, :status, :visibility, :demo, :by, :now, :now)
				""")
			.params(p)
			.update();
	}

	/**
	 * Saves every field but the status, which stays as stored ({@code status} is what it was read as), unless someone
	 * saved since the version read.
	 */
	void update(Intervention i, InterventionStatus status, Instant now) {
		Map<String, Object> p = params(i);
		p.put("status", status.name());
		p.put("now", Timestamp.from(now));
		p.put("version", i.version());
		int updated = jdbc.sql("""
				update intervention set title = :title, kind = :kind, committees = cast(:committees as uuid[]),
				       actors = cast(:actors as uuid[]), area_id = :area, starts_on = :startsOn, ends_on = :endsOn,
				       activity_id = :activity, expected_effect = :effect, indicator_ids = cast(:indicators as uuid[]),
				       categories = cast(:categories as text[]), evidence_level = :evidence, cost_sek = :cost,
				       visibility = :visibility, updated_at = :now, version = version + 1
				 where id = :id and version = :version and status = :status
				""")
			.params(p)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Intervention " + i.id() + " was changed by someone else");
		}
	}

	private static Map<String, Object> params(Intervention i) {
		Map<String, Object> p = new HashMap<>();
		p.put("id", i.id().value());
		p.put("problem", i.problem().value());
		p.put("title", i.title().strip());
		p.put("kind", i.kind().name());
		p.put("committees", SqlArrays.literal(i.committees()));
		p.put("actors", SqlArrays.literal(i.actors()));
		p.put("area", i.area() == null ? null : i.area().value());
		p.put("startsOn", i.startsOn());
		p.put("endsOn", i.endsOn());
		p.put("activity", i.activity() == null ? null : i.activity().value());
		p.put("effect", i.expectedEffect().strip());
		p.put("indicators", SqlArrays.literal(i.indicators()));
		p.put("categories", SqlArrays.literal(i.categories()));
		p.put("evidence", i.evidenceLevel().name());
		p.put("cost", i.costSek());
		p.put("status", i.status().name());
		p.put("visibility", i.visibility().name());
		p.put("demo", i.demo());
		return p;
	}

	void updateStatus(Intervention i, Instant now) {
		int updated = jdbc.sql("""
				update intervention set status = :status, updated_at = :now, version = version + 1
				 where id = :id and version = :version
				""")
			.param("id", i.id().value())
			.param("status", i.status().name())
			.param("now", Timestamp.from(now))
			.param("version", i.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Intervention " + i.id() + " was changed by someone else");
		}
	}

	Optional<Intervention> find(InterventionId id) {
		return jdbc.sql("select * from intervention where id = :id")
			.param("id", id.value())
			.query(Interventions::intervention)
			.optional();
	}

	List<Intervention> all() {
		return jdbc.sql("select * from intervention order by title, starts_on").query(Interventions::intervention).list();
	}

	List<Intervention> ofProblem(ProblemId problem) {
		return jdbc.sql("select * from intervention where problem_id = :id order by starts_on, title")
			.param("id", problem.value())
			.query(Interventions::intervention)
			.list();
	}

	List<Intervention> forActivity(ActivityId activity) {
		return jdbc.sql("select * from intervention where activity_id = :id order by starts_on, title")
			.param("id", activity.value())
			.query(Interventions::intervention)
			.list();
	}

	/** The interventions that aim to move the indicator. */
	List<Intervention> aimingAt(IndicatorId indicator) {
		return jdbc.sql("select * from intervention where indicator_ids @> array[:id]::uuid[] order by starts_on desc, title")
			.param("id", indicator.value())
			.query(Interventions::intervention)
			.list();
	}

	/** The interventions of several activities in one read. */
	List<Intervention> forActivities(java.util.Collection<ActivityId> activities) {
		if (activities.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from intervention where activity_id in (:ids) order by starts_on, title")
			.param("ids", activities.stream().map(ActivityId::value).distinct().toList())
			.query(Interventions::intervention)
			.list();
	}

	List<Intervention> inArea(AreaId area) {
		return jdbc.sql("select * from intervention where area_id = :id order by starts_on desc, title")
			.param("id", area.value())
			.query(Interventions::intervention)
			.list();
	}

	private static Intervention intervention(ResultSet rs, int row) throws SQLException {
		UUID area = rs.getObject("area_id", UUID.class);
		UUID activity = rs.getObject("activity_id", UUID.class);
		BigDecimal cost = rs.getBigDecimal("cost_sek");
		return new Intervention(new InterventionId(rs.getObject("id", UUID.class)),
				new ProblemId(rs.getObject("problem_id", UUID.class)), rs.getString("title"),
				InterventionKind.valueOf(rs.getString("kind")),
				SqlArrays.list(rs.getArray("committees"), s -> new CommitteeId(UUID.fromString(s))),
				SqlArrays.list(rs.getArray("actors"), ActorId::of), area == null ? null : new AreaId(area),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
				activity == null ? null : new ActivityId(activity), rs.getString("expected_effect"),
				SqlArrays.list(rs.getArray("indicator_ids"), IndicatorId::of), SqlArrays.list(rs.getArray("categories"), s -> s),
				EvidenceLevel.valueOf(rs.getString("evidence_level")), cost,
				InterventionStatus.valueOf(rs.getString("status")), Visibility.valueOf(rs.getString("visibility")),
				rs.getBoolean("demo"), rs.getInt("version"));
	}

	long revision() {
		return jdbc.sql("select revision from intervention_revision").query(Long.class).single();
	}

	/** Bumped in the transaction of every change here, so readers above can key what they derive on it. */
	void bumpRevision() {
		jdbc.sql("update intervention_revision set revision = revision + 1").update();
	}

}
