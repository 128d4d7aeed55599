package se.trygghet.followup;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;
import se.trygghet.plan.ActionPlanId;

/** Lets tests outside this package run a round through the real service. */
@Component
public class FollowUpTestAccess {

	private final FollowUp followUp;

	private final Reports reports;

	FollowUpTestAccess(FollowUp followUp, Reports reports) {
		this.followUp = followUp;
		this.reports = reports;
	}

	public UUID planRound(ActionPlanId plan, String period, String title, LocalDate opensOn, LocalDate deadline) {
		return followUp.planRound(plan, period, title, opensOn, deadline);
	}

	public int openRound(UUID round) {
		return followUp.openRound(round);
	}

	/** Saves a first draft of one of the round's reports, as its committee's reporter, and returns the report. */
	public UUID versionedReport(UUID round) {
		Report report = reports.ofRound(round).get(0);
		se.trygghet.identity.TestUsers.signIn(se.trygghet.identity.Role.COMMITTEE_REPORTER, report.committee().value());
		try {
			followUp.saveDraft(report.id(), report.version(), ReportContent.EMPTY);
			return report.id();
		}
		finally {
			se.trygghet.identity.TestUsers.signOut();
		}
	}

}
