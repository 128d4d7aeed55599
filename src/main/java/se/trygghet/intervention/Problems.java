package se.trygghet.intervention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghet.area.AreaId;
import se.trygghet.plan.IndicatorId;

/** Problems with what they rest on, their cause analysis and the dialogues held about them. */
@Repository
class Problems {

	private final JdbcClient jdbc;

	Problems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A line in the list of problems. */
	public record Row(ProblemId id, String title, @Nullable AreaId area, LocalDate from, LocalDate to, Priority priority,
			ProblemStatus status, Visibility visibility, boolean demo, int interventions) {
	}

	public record DialogueRow(UUID id, LocalDate heldOn, String participants, String notes, String recordedBy) {
	}

	void insert(Problem p, String by, Instant now) {
		jdbc.sql("""
				insert into problem (id, title, description, area_id, categories, period_from, period_to, priority,
				                     status, visibility, demo, created_by, created_at, updated_at)
				values (:id, :title, :description, :area, cast(:categories as text[]), :from, :to, :priority, :status,
				        :visibility, :demo, :by, :now, :now)
				""")
			.params(params(p))
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update();
		writeEvidence(p);
	}

	/** Saves unless someone saved the problem since it was read. */
	void update(Problem p, Instant now) {
		int updated = jdbc.sql("""
				update problem set title = :title, description = :description, area_id = :area,
				       categories = cast(:categories as text[]), period_from = :from, period_to = :to,
				       priority = :priority, status = :status, visibility = :visibility, updated_at = :now,
				       version = version + 1
				 where id = :id and version = :version
				""")
			.params(params(p))
			.param("now", Timestamp.from(now))
			.param("version", p.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Problem " + p.id() + " was changed by someone else");
		}
		jdbc.sql("delete from problem_evidence where problem_id = :id").param("id", p.id().value()).update();
		writeEvidence(p);
	}

	private static java.util.Map<String, Object> params(Problem p) {
		java.util.Map<String, Object> m = new java.util.HashMap<>();
		m.put("id", p.id().value());
		m.put("title", p.title());
		m.put("description", p.description());
		m.put("area", p.area() == null ? null : p.area().value());
		m.put("categories", SqlArrays.literal(p.categories()));
		m.put("from", p.from());
		m.put("to", p.to());
		m.put("priority", p.priority().name());
		m.put("status", p.status().name());
		m.put("visibility", p.visibility().name());
		m.put("demo", p.demo());
		return m;
	}

	private void writeEvidence(Problem p) {
		int position = 0;
		for (Problem.Evidence e : p.evidence()) {
			jdbc.sql("""
					insert into problem_evidence (problem_id, position, kind, indicator_id, title, reference)
					values (:problem, :position, :kind, :indicator, :title, :reference)
					""")
				.param("problem", p.id().value())
				.param("position", position++)
				.param("kind", e.indicator() == null ? "DOCUMENT" : "INDICATOR")
				.param("indicator", e.indicator() == null ? null : e.indicator().value())
				.param("title", e.title())
				.param("reference", e.reference())
				.update();
		}
	}

	Optional<Problem> find(ProblemId id) {
		List<Problem.Evidence> evidence = jdbc
			.sql("select indicator_id, title, reference from problem_evidence where problem_id = :id order by position")
			.param("id", id.value())
			.query((rs, n) -> new Problem.Evidence(
					rs.getObject(1) == null ? null : new IndicatorId(rs.getObject(1, UUID.class)), rs.getString(2),
					rs.getString(3)))
			.list();
		return jdbc.sql("select * from problem where id = :id")
			.param("id", id.value())
			.query((rs, n) -> problem(rs, evidence))
			.optional();
	}

	private static Problem problem(ResultSet rs, List<Problem.Evidence> evidence) throws SQLException {
		UUID area = rs.getObject("area_id", UUID.class);
		return new Problem(new ProblemId(rs.getObject("id", UUID.class)), rs.getString("title"),
				rs.getString("description"), area == null ? null : new AreaId(area),
				SqlArrays.list(rs.getArray("categories"), s -> s), rs.getObject("period_from", LocalDate.class),
				rs.getObject("period_to", LocalDate.class), Priority.valueOf(rs.getString("priority")),
				ProblemStatus.valueOf(rs.getString("status")), Visibility.valueOf(rs.getString("visibility")),
				evidence, rs.getBoolean("demo"), rs.getInt("version"));
	}

	/** Every problem, open ones first by priority, then by the newest period. */
	List<Row> all() {
		return rows(null);
	}

	/** The problems a partner's organisation works on: those with an intervention it is responsible for. */
	List<Row> sharedWithActor(UUID actor) {
		return rows(actor);
	}

	java.util.Set<ProblemId> sharedWith(UUID actor) {
		return new java.util.HashSet<>(rows(actor).stream().map(Row::id).toList());
	}

	private List<Row> rows(@Nullable UUID actor) {
		return jdbc.sql("""
				select p.id, p.title, p.area_id, p.period_from, p.period_to, p.priority, p.status, p.visibility, p.demo,
				       (select count(*) from intervention i where i.problem_id = p.id) as interventions
				  from problem p
				 where cast(:actor as uuid) is null
				    or exists (select 1 from intervention i where i.problem_id = p.id and :actor = any (i.actors))
				 order by p.status = 'AVSLUTAT', p.priority, p.period_to desc, p.title
				""")
			.param("actor", actor, java.sql.Types.OTHER)
			.query((rs, n) -> {
				UUID area = rs.getObject("area_id", UUID.class);
				return new Row(new ProblemId(rs.getObject("id", UUID.class)), rs.getString("title"),
						area == null ? null : new AreaId(area), rs.getObject("period_from", LocalDate.class),
						rs.getObject("period_to", LocalDate.class), Priority.valueOf(rs.getString("priority")),
						ProblemStatus.valueOf(rs.getString("status")), Visibility.valueOf(rs.getString("visibility")),
						rs.getBoolean("demo"), rs.getInt("interventions"));
			})
			.list();
	}

	/** The problems that rest on the indicator, i.e. whose work aims to move it. */
	List<Row> namingIndicator(IndicatorId indicator) {
		java.util.Set<ProblemId> naming = new java.util.HashSet<>(jdbc.sql("""
				select distinct problem_id from problem_evidence where indicator_id = :id
				""").param("id", indicator.value()).query((rs, n) -> new ProblemId(rs.getObject(1, UUID.class))).list());
		return naming.isEmpty() ? List.of() : all().stream().filter(r -> naming.contains(r.id())).toList();
	}

	CauseAnalysis analysis(ProblemId id) {
		return jdbc.sql("select * from cause_analysis where problem_id = :id")
			.param("id", id.value())
			.query((rs, n) -> new CauseAnalysis(rs.getString("place"), rs.getString("victim"),
					rs.getString("offender"), SqlArrays.list(rs.getArray("risk_factors"), s -> s),
					SqlArrays.list(rs.getArray("protective_factors"), s -> s), rs.getString("sources"),
					rs.getInt("version")))
			.optional()
			.orElse(CauseAnalysis.EMPTY);
	}

	/**
	 * Writes the analysis over the one read at {@code readVersion} (−1: there was none); someone else's save since
	 * then is refused.
	 */
	void saveAnalysis(ProblemId id, CauseAnalysis a, int readVersion, String by, Instant now) {
		int written = jdbc.sql("""
				insert into cause_analysis as c (problem_id, place, victim, offender, risk_factors, protective_factors,
				                                  sources, updated_by, updated_at)
				values (:id, :place, :victim, :offender, cast(:risks as text[]), cast(:protections as text[]), :sources,
				        :by, :now)
				on conflict (problem_id) do update
				   set place = excluded.place, victim = excluded.victim, offender = excluded.offender,
				       risk_factors = excluded.risk_factors, protective_factors = excluded.protective_factors,
				       sources = excluded.sources, updated_by = excluded.updated_by, updated_at = excluded.updated_at,
				       version = c.version + 1
				 where c.version = :version
				""")
			.param("id", id.value())
			.param("place", a.place())
			.param("victim", a.victim())
			.param("offender", a.offender())
			.param("risks", SqlArrays.literal(a.riskFactors()))
			.param("protections", SqlArrays.literal(a.protectiveFactors()))
			.param("sources", a.sources())
			.param("by", by)
			.param("now", Timestamp.from(now))
			.param("version", readVersion)
			.update();
		if (written == 0) {
			throw new OptimisticLockingFailureException("The cause analysis of " + id + " was changed by someone else");
		}
	}

	List<DialogueRow> dialogues(ProblemId id) {
		return jdbc.sql("""
				select id, held_on, participants, notes, recorded_by from problem_dialogue
				 where problem_id = :id order by held_on, recorded_at
				""")
			.param("id", id.value())
			.query((rs, n) -> new DialogueRow(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
					rs.getString(3), rs.getString(4), rs.getString(5)))
			.list();
	}

	void addDialogue(ProblemId id, CauseAnalysis.Dialogue d, String by, Instant now) {
		jdbc.sql("""
				insert into problem_dialogue (id, problem_id, held_on, participants, notes, recorded_by, recorded_at)
				values (:id, :problem, :heldOn, :participants, :notes, :by, :now)
				""")
			.param("id", UUID.randomUUID())
			.param("problem", id.value())
			.param("heldOn", d.heldOn())
			.param("participants", d.participants().strip())
			.param("notes", d.notes().strip())
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update();
	}

}
