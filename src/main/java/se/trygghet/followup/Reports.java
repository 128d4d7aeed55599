package se.trygghet.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghet.plan.ActivityId;
import se.trygghet.plan.ActivityNumber;
import se.trygghet.plan.CommitteeId;
import se.trygghet.plan.IndicatorId;
import tools.jackson.databind.json.JsonMapper;

/** Reports and contributions; every save also keeps the saved version, so versions can be compared later. */
@Repository
class Reports {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	Reports(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<Report> byId(ReportId id) {
		return jdbc.sql("select * from report where id = :id").param("id", id.value()).query(this::row).optional();
	}

	/** The round's reports in the plan's order of activities (2.9 before 2.10), the lead's report first. */
	List<Report> ofRound(RoundId round) {
		List<Report> all = new java.util.ArrayList<>(
				jdbc.sql("select * from report where round_id = :r order by kind, committee_id")
					.param("r", round.value())
					.query(this::row)
					.list());
		// stable: within an activity the order of kind and committee is kept
		all.sort(java.util.Comparator.comparing(Report::activityNumber));
		return all;
	}

	/** The contributions that the lead's report of the same activity compiles. */
	List<Report> contributionsTo(Report report) {
		return jdbc.sql("""
				select * from report where round_id = :r and activity_id = :a and kind = 'CONTRIBUTION'
				order by committee_id
				""")
			.param("r", report.round().value())
			.param("a", report.activity().value())
			.query(this::row)
			.list();
	}

	Optional<Report> activityReportOf(RoundId round, ActivityId activity) {
		return jdbc.sql("select * from report where round_id = :r and activity_id = :a and kind = 'ACTIVITY_REPORT'")
			.param("r", round.value())
			.param("a", activity.value())
			.query(this::row)
			.optional();
	}

	void add(Report report) {
		jdbc.sql("""
				insert into report (id, round_id, kind, activity_id, activity_number, activity_text, committee_id, state)
				values (:id, :round, :kind, :activity, :number, :text, :committee, :state)
				""")
			.param("id", report.id().value())
			.param("round", report.round().value())
			.param("kind", report.kind().name())
			.param("activity", report.activity().value())
			.param("number", report.activityNumber().toString())
			.param("text", report.activityText())
			.param("committee", report.committee().value())
			.param("state", report.state().name())
			.update();
	}

	/** Saves unless someone saved the report since it was read, and keeps the saved text as a new version. */
	void save(Report report, String actor, @Nullable String note) {
		ReportContent c = report.content();
		int updated = jdbc.sql("""
				update report set state = :state, status = :status, status_reason = :reason, done = :done,
				       effects = :effects, next_steps = :next, assessment = :assessment, review_comment = :comment,
				       submitted_at = :submitted, indicator_ids = cast(:indicators as uuid[]),
				       child_rights = :childRights, children_consulted = :consulted, gender_equality = :gender,
				       other_groupings = :otherGroupings, groupings = cast(:groupings as text[]), version = version + 1
				 where id = :id and version = :version
				""")
			.param("id", report.id().value())
			.param("state", report.state().name())
			.param("status", c.status() == null ? null : c.status().name())
			.param("reason", c.statusReason())
			.param("done", c.done())
			.param("effects", c.effects())
			.param("next", c.nextSteps())
			.param("assessment", c.assessment() == null ? null : c.assessment().name())
			.param("comment", report.reviewComment())
			.param("indicators", "{" + String.join(",", c.indicators().stream().map(IndicatorId::toString).toList()) + "}")
			.param("submitted", report.submittedAt() == null ? null : Timestamp.from(report.submittedAt()))
			.param("childRights", c.perspectives().childRights())
			.param("consulted", c.perspectives().childrenConsulted() == null ? null
					: c.perspectives().childrenConsulted().name())
			.param("gender", c.perspectives().genderEquality())
			.param("otherGroupings", c.perspectives().otherGroupings())
			.param("groupings", "{" + String.join(",",
					c.perspectives().groupings().stream().map(Perspectives.Grouping::name).toList()) + "}")
			.param("version", report.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Report " + report.id() + " was changed by someone else");
		}
		jdbc.sql("""
				insert into report_version (report_id, version, state, content, actor, at, note)
				values (:id, :version, :state, cast(:content as jsonb), :actor, :at, :note)
				""")
			.param("id", report.id().value())
			.param("version", report.version() + 1)
			.param("state", report.state().name())
			.param("content", json.writeValueAsString(c.asMap()))
			.param("actor", actor)
			.param("at", Timestamp.from(clock.instant()))
			.param("note", note)
			.update();
	}

	public record Version(int version, ReportState state, String content, String actor, java.time.Instant at,
			@Nullable String note) {
	}

	List<Version> versions(ReportId report) {
		return jdbc.sql("""
				select version, state, content::text as content, actor, at, note from report_version
				 where report_id = :id order by version
				""")
			.param("id", report.value())
			.query((rs, n) -> new Version(rs.getInt("version"), ReportState.valueOf(rs.getString("state")),
					rs.getString("content"), rs.getString("actor"), rs.getTimestamp("at").toInstant(),
					rs.getString("note")))
			.list();
	}

	private static List<IndicatorId> indicators(ResultSet rs) throws SQLException {
		java.sql.Array array = rs.getArray("indicator_ids");
		if (array == null) {
			return List.of();
		}
		return java.util.Arrays.stream((Object[]) array.getArray()).map(id -> new IndicatorId((UUID) id)).toList();
	}

	private static Perspectives perspectives(ResultSet rs) throws SQLException {
		String consulted = rs.getString("children_consulted");
		java.util.Set<Perspectives.Grouping> groupings = java.util.EnumSet.noneOf(Perspectives.Grouping.class);
		java.sql.Array array = rs.getArray("groupings");
		if (array != null) {
			for (Object name : (Object[]) array.getArray()) {
				groupings.add(Perspectives.Grouping.valueOf((String) name));
			}
		}
		return new Perspectives(rs.getString("child_rights"),
				consulted == null ? null : Perspectives.ChildrenConsulted.valueOf(consulted),
				rs.getString("gender_equality"), rs.getString("other_groupings"), groupings);
	}

	private Report row(ResultSet rs, int n) throws SQLException {
		String status = rs.getString("status");
		String assessment = rs.getString("assessment");
		Timestamp submitted = rs.getTimestamp("submitted_at");
		return new Report(new ReportId(rs.getObject("id", UUID.class)), new RoundId(rs.getObject("round_id", UUID.class)),
				Report.Kind.valueOf(rs.getString("kind")), new ActivityId(rs.getObject("activity_id", UUID.class)),
				ActivityNumber.parse(rs.getString("activity_number")), rs.getString("activity_text"),
				new CommitteeId(rs.getObject("committee_id", UUID.class)), ReportState.valueOf(rs.getString("state")),
				new ReportContent(status == null ? null : ActivityStatus.valueOf(status), rs.getString("status_reason"),
						rs.getString("done"), rs.getString("effects"), rs.getString("next_steps"),
						assessment == null ? null : GoalContribution.valueOf(assessment), indicators(rs),
						perspectives(rs)),
				rs.getString("review_comment"), submitted == null ? null : submitted.toInstant(),
				rs.getInt("version"));
	}

}
