package se.trygghet.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghet.plan.ActivityNumber;

/** SQL read model for the follow-up pages: rounds with their progress, and the reports of a round or a committee. */
@Component
class FollowUpViews {

	private final JdbcClient jdbc;

	FollowUpViews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * How far some of a round's work has come: how much there is, and how much of it is submitted or approved, which
	 * is what every view calls done. The lead committees' reports and the co-responsible committees' contributions are
	 * always counted apart, the same way for the round, a committee, the rounds list, the API and the export.
	 */
	public record Progress(int total, int submitted, int approved) {

		public int done() {
			return submitted + approved;
		}

		/** Done of all in whole percent, rounded half up; null when there is nothing to do (shown "–", never 0 %). */
		public @Nullable Integer percent() {
			return total == 0 ? null : Math.round(100f * done() / total);
		}

	}

	public record RoundRow(RoundId id, String planKey, String planName, String period, String title, LocalDate opensOn,
			LocalDate deadline, RoundState state, Progress reports, Progress contributions, boolean demo) {
	}

	public record ReportRow(ReportId id, RoundId round, String roundTitle, LocalDate deadline, String kind,
			ActivityNumber activityNumber,
			String activityText, UUID committeeId, String committee, ReportState state, @Nullable ActivityStatus status,
			int version) {

		public boolean activityReport() {
			return "ACTIVITY_REPORT".equals(kind);
		}

	}

	/** The columns {@link #progress} reads: lead reports and contributions, each in all, submitted and approved. */
	private static final String PROGRESS = """
			count(rep.id) filter (where rep.kind = 'ACTIVITY_REPORT') as reports,
			count(rep.id) filter (where rep.kind = 'ACTIVITY_REPORT' and rep.state = 'SUBMITTED')
			  as reports_submitted,
			count(rep.id) filter (where rep.kind = 'ACTIVITY_REPORT' and rep.state = 'APPROVED') as reports_approved,
			count(rep.id) filter (where rep.kind = 'CONTRIBUTION') as contributions,
			count(rep.id) filter (where rep.kind = 'CONTRIBUTION' and rep.state = 'SUBMITTED')
			  as contributions_submitted,
			count(rep.id) filter (where rep.kind = 'CONTRIBUTION' and rep.state = 'APPROVED')
			  as contributions_approved
			""";

	private static final String ROUND_SELECT = """
			select r.id, p.plan_key, p.name, r.period, r.title, r.opens_on, r.deadline, r.state, r.demo,
			""" + PROGRESS + """
			  from reporting_round r
			  join action_plan p on p.id = r.plan_id
			  left join report rep on rep.round_id = r.id
			""";

	List<RoundRow> rounds(boolean publishedOnly) {
		return jdbc.sql(ROUND_SELECT + (publishedOnly ? " where r.state = 'PUBLISHED'" : "")
				+ " group by r.id, p.plan_key, p.name order by r.deadline desc, r.title")
			.query((rs, n) -> roundRow(rs))
			.list();
	}

	/** The rounds in one state, the latest deadline first: what a start page asks for, without counting the others. */
	List<RoundRow> rounds(RoundState state) {
		return jdbc.sql(ROUND_SELECT + " where r.state = :state"
				+ " group by r.id, p.plan_key, p.name order by r.deadline desc, r.title")
			.param("state", state.name())
			.query((rs, n) -> roundRow(rs))
			.list();
	}

	/** The round closed or published with the latest deadline, of any plan. */
	Optional<RoundId> latestReported() {
		return jdbc.sql("""
				select id from reporting_round where state in ('CLOSED', 'PUBLISHED')
				 order by deadline desc, title limit 1
				""").query((rs, n) -> new RoundId(rs.getObject(1, UUID.class))).optional();
	}

	Optional<RoundRow> round(RoundId id) {
		return jdbc.sql(ROUND_SELECT + " where r.id = :id group by r.id, p.plan_key, p.name")
			.param("id", id.value())
			.query((rs, n) -> roundRow(rs))
			.optional();
	}

	List<ReportRow> reportsOfRound(RoundId round) {
		return inPlanOrder(jdbc.sql(REPORT_SELECT + " where rep.round_id = :r order by " + REPORT_ORDER)
			.param("r", round.value())
			.query((rs, n) -> reportRow(rs))
			.list(), java.util.Comparator.comparing(ReportRow::activityNumber));
	}

	/** A reporter's work: their committees' reports and contributions in rounds that are open. */
	List<ReportRow> reportsOfCommittees(java.util.Collection<UUID> committees) {
		if (committees.isEmpty()) {
			return List.of();
		}
		return inPlanOrder(jdbc.sql(REPORT_SELECT + """
				 join reporting_round r on r.id = rep.round_id
				 where rep.committee_id in (:committees) and r.state = 'OPEN'
				 order by r.deadline,
				""" + REPORT_ORDER)
			.param("committees", committees)
			.query((rs, n) -> reportRow(rs))
			.list(), java.util.Comparator.comparing(ReportRow::deadline).thenComparing(ReportRow::activityNumber));
	}

	/**
	 * Sorts by activity number as the type orders it (2.9 before 2.10); the sort is stable, so the SQL's order of kind
	 * and committee name within an activity is kept.
	 */
	private static List<ReportRow> inPlanOrder(List<ReportRow> rows, java.util.Comparator<ReportRow> order) {
		List<ReportRow> sorted = new java.util.ArrayList<>(rows);
		sorted.sort(order);
		return sorted;
	}

	/**
	 * What a round's page shows changes only when one of these does: every saved report bumps its version, opening
	 * adds reports, and a change to the plan (focus area titles) bumps its revision.
	 */
	public record RoundFingerprint(int roundVersion, long reportVersions, int reports, long planRevision) {
	}

	Optional<RoundFingerprint> fingerprint(RoundId round) {
		return jdbc.sql("""
				select r.version, coalesce(sum(rep.version), 0), count(rep.id), p.revision
				  from reporting_round r join action_plan p on p.id = r.plan_id
				  left join report rep on rep.round_id = r.id
				 where r.id = :id group by r.version, p.revision
				""")
			.param("id", round.value())
			.query((rs, n) -> new RoundFingerprint(rs.getInt(1), rs.getLong(2), rs.getInt(3), rs.getLong(4)))
			.optional();
	}

	/** Progress of one committee in a round: the reports it leads and its contributions, counted as for the round. */
	public record CommitteeProgress(String committee, Progress reports, Progress contributions) {
	}

	List<CommitteeProgress> progressByCommittee(RoundId round) {
		return jdbc.sql("select c.name, " + PROGRESS + """
				  from report rep join committee c on c.id = rep.committee_id
				 where rep.round_id = :r
				 group by c.name order by c.name
				""")
			.param("r", round.value())
			.query((rs, n) -> new CommitteeProgress(rs.getString("name"), progress(rs, "reports"),
					progress(rs, "contributions")))
			.list();
	}

	private static Progress progress(java.sql.ResultSet rs, String kind) throws java.sql.SQLException {
		return new Progress(rs.getInt(kind), rs.getInt(kind + "_submitted"), rs.getInt(kind + "_approved"));
	}

	java.util.Map<UUID, String> committeeNames() {
		java.util.Map<UUID, String> names = new java.util.HashMap<>();
		jdbc.sql("select id, name from committee").query(rs -> {
			names.put(rs.getObject(1, UUID.class), rs.getString(2));
		});
		return names;
	}

	private static final String REPORT_SELECT = """
			select rep.id, rep.round_id, rr.title as round_title, rr.deadline as round_deadline, rep.kind,
			       rep.activity_number, rep.activity_text, rep.committee_id, c.name, rep.state, rep.status, rep.version
			  from report rep join committee c on c.id = rep.committee_id
			  join reporting_round rr on rr.id = rep.round_id
			""";

	/** Within an activity; the activity number's order is the type's, see {@link #inPlanOrder}. */
	private static final String REPORT_ORDER = "rep.kind, c.name";

	private static RoundRow roundRow(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new RoundRow(new RoundId(rs.getObject("id", UUID.class)), rs.getString("plan_key"), rs.getString("name"),
				rs.getString("period"), rs.getString("title"), rs.getDate("opens_on").toLocalDate(),
				rs.getDate("deadline").toLocalDate(), RoundState.valueOf(rs.getString("state")),
				progress(rs, "reports"), progress(rs, "contributions"), rs.getBoolean("demo"));
	}

	private static ReportRow reportRow(java.sql.ResultSet rs) throws java.sql.SQLException {
		String status = rs.getString("status");
		return new ReportRow(new ReportId(rs.getObject("id", UUID.class)), new RoundId(rs.getObject("round_id", UUID.class)),
				rs.getString("round_title"), rs.getDate("round_deadline").toLocalDate(), rs.getString("kind"),
				ActivityNumber.parse(rs.getString("activity_number")), rs.getString("activity_text"),
				rs.getObject("committee_id", UUID.class),
				rs.getString("name"), ReportState.valueOf(rs.getString("state")),
				status == null ? null : ActivityStatus.valueOf(status), rs.getInt("version"));
	}

}
