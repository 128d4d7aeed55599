package se.trygghet.followup;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;
import se.trygghet.plan.ActionPlanId;

/**
 * Lets tests outside this package run a round through the real service. Rounds are passed as plain UUIDs here, so
 * tests of other modules need not know the follow-up's id types.
 */
@Component
public class FollowUpTestAccess {

	private final FollowUp followUp;

	private final Reports reports;

	private final java.time.Clock clock;

	FollowUpTestAccess(FollowUp followUp, Reports reports, java.time.Clock clock) {
		this.followUp = followUp;
		this.reports = reports;
		this.clock = clock;
	}

	public UUID planRound(ActionPlanId plan, String period, String title, LocalDate opensOn, LocalDate deadline) {
		return followUp.planRound(plan, period, title, opensOn, deadline).value();
	}

	public int openRound(UUID round) {
		return followUp.openRound(new RoundId(round));
	}

	public void closeRound(UUID round) {
		followUp.closeRound(new RoundId(round));
	}

	/** Saves a first draft of one of the round's reports, as its committee's reporter, and returns the report. */
	public UUID versionedReport(UUID round) {
		Report report = reports.ofRound(new RoundId(round)).get(0);
		se.trygghet.identity.TestUsers.signIn(se.trygghet.identity.Role.COMMITTEE_REPORTER, report.committee().value());
		try {
			followUp.saveDraft(report.id(), report.version(), ReportContent.EMPTY);
			return report.id().value();
		}
		finally {
			se.trygghet.identity.TestUsers.signOut();
		}
	}

	/**
	 * A round run through the real service up to publication: the first activity's lead report is written with this
	 * content, returned once with the review comment, submitted again and approved; every other report is left as
	 * opened. Returns the round.
	 */
	public UUID publishedRound(ActionPlanId plan, String period, ReportContent content, String reviewComment) {
		RoundId round = roundWithReport(plan, period, content);
		Report report = firstActivityReport(round);
		se.trygghet.identity.TestUsers.signIn(se.trygghet.identity.Role.COORDINATOR);
		try {
			followUp.returnReport(report.id(), report.version(), reviewComment);
		}
		finally {
			se.trygghet.identity.TestUsers.signOut();
		}
		asReporterOf(report, () -> followUp.submit(report.id(), report.version() + 1));
		se.trygghet.identity.TestUsers.signIn(se.trygghet.identity.Role.COORDINATOR);
		try {
			followUp.approve(report.id(), report.version() + 2);
			followUp.closeRound(round);
			followUp.publishRound(round);
		}
		finally {
			se.trygghet.identity.TestUsers.signOut();
		}
		return round.value();
	}

	/** An open round whose first activity's lead report is submitted with this content (so not public). */
	public UUID openRoundWithReport(ActionPlanId plan, String period, ReportContent content) {
		return roundWithReport(plan, period, content).value();
	}

	/**
	 * An open round whose first activity's lead report is saved with this content as a draft, never submitted (so
	 * only its committee and the staff who read every report may read it). Returns the round.
	 */
	public UUID openRoundWithDraft(ActionPlanId plan, String period, ReportContent content) {
		java.time.LocalDate today = java.time.LocalDate.now(clock);
		se.trygghet.identity.TestUsers.signIn(se.trygghet.identity.Role.COORDINATOR);
		RoundId round;
		try {
			round = followUp.planRound(plan, period, "Uppföljning " + period, today, today.plusDays(30));
			followUp.openRound(round);
		}
		finally {
			se.trygghet.identity.TestUsers.signOut();
		}
		Report report = firstActivityReport(round);
		asReporterOf(report, () -> followUp.saveDraft(report.id(), report.version(), content));
		return round.value();
	}

	/** The committee of the report {@link #openRoundWithDraft} and {@link #openRoundWithReport} write. */
	public UUID reportedCommittee(UUID round) {
		return firstActivityReport(new RoundId(round)).committee().value();
	}

	/**
	 * An open round in which one activity's lead report was written, submitted and returned with this comment by the
	 * coordinator; returns the report, which its committee's reporter has to fix and submit again.
	 */
	public UUID returnedReport(ActionPlanId plan, String period, String activity, ReportContent content,
			String reviewComment) {
		java.time.LocalDate today = java.time.LocalDate.now(clock);
		se.trygghet.identity.TestUsers.signIn(se.trygghet.identity.Role.COORDINATOR);
		RoundId round;
		try {
			round = followUp.planRound(plan, period, "Uppföljning " + period, today, today.plusDays(30));
			followUp.openRound(round);
		}
		finally {
			se.trygghet.identity.TestUsers.signOut();
		}
		Report report = reports.ofRound(round)
			.stream()
			.filter(r -> r.kind() == Report.Kind.ACTIVITY_REPORT && r.activityNumber().toString().equals(activity))
			.findFirst()
			.orElseThrow();
		asReporterOf(report, () -> {
			followUp.saveDraft(report.id(), report.version(), content);
			followUp.submit(report.id(), report.version() + 1);
		});
		se.trygghet.identity.TestUsers.signIn(se.trygghet.identity.Role.COORDINATOR);
		try {
			followUp.returnReport(report.id(), report.version() + 2, reviewComment);
		}
		finally {
			se.trygghet.identity.TestUsers.signOut();
		}
		return report.id().value();
	}

	/** The activity number of the report {@link #publishedRound} and {@link #openRoundWithReport} write. */
	public String reportedActivity(UUID round) {
		return firstActivityReport(new RoundId(round)).activityNumber().toString();
	}

	private RoundId roundWithReport(ActionPlanId plan, String period, ReportContent content) {
		java.time.LocalDate today = java.time.LocalDate.now(clock);
		se.trygghet.identity.TestUsers.signIn(se.trygghet.identity.Role.COORDINATOR);
		RoundId round;
		try {
			round = followUp.planRound(plan, period, "Uppföljning " + period, today, today.plusDays(30));
			followUp.openRound(round);
		}
		finally {
			se.trygghet.identity.TestUsers.signOut();
		}
		Report report = firstActivityReport(round);
		asReporterOf(report, () -> {
			followUp.saveDraft(report.id(), report.version(), content);
			followUp.submit(report.id(), report.version() + 1);
		});
		return round;
	}

	private Report firstActivityReport(RoundId round) {
		return reports.ofRound(round).stream().filter(r -> r.kind() == Report.Kind.ACTIVITY_REPORT).findFirst()
			.orElseThrow();
	}

	private static void asReporterOf(Report report, Runnable work) {
		se.trygghet.identity.TestUsers.signIn(se.trygghet.identity.Role.COMMITTEE_REPORTER, report.committee().value());
		try {
			work.run();
		}
		finally {
			se.trygghet.identity.TestUsers.signOut();
		}
	}

}
