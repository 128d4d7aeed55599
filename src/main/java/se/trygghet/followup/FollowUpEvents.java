package se.trygghet.followup;

import java.util.Map;
import se.trygghet.identity.Audited;

/** Past-tense events of the follow-up; each is audited. */
public final class FollowUpEvents {

	private FollowUpEvents() {
	}

	public record RoundStateChanged(String roundId, String title, RoundState state, int reports) implements Audited {

		@Override
		public String auditAction() {
			return "followup.round." + state.name().toLowerCase(java.util.Locale.ROOT);
		}

		@Override
		public String auditSubjectType() {
			return "ReportingRound";
		}

		@Override
		public String auditSubjectId() {
			return roundId;
		}

		@Override
		public String auditSummary() {
			return "Uppföljningsomgång " + title + ": " + state;
		}

		@Override
		public Map<String, Object> auditDetails() {
			return Map.of("reports", reports);
		}

	}

	public record ReportChanged(String reportId, String activityNumber, String step, ReportState state)
			implements Audited {

		@Override
		public String auditAction() {
			return "followup.report." + step;
		}

		@Override
		public String auditSubjectType() {
			return "ActivityReport";
		}

		@Override
		public String auditSubjectId() {
			return reportId;
		}

		@Override
		public String auditSummary() {
			return "Rapport för aktivitet " + activityNumber + ": " + step + " (" + state + ")";
		}

	}

	public record AnnualReportGenerated(String snapshotId, String roundId, String title, String audience,
			Map<String, Object> checksums) implements Audited {

		@Override
		public String auditAction() {
			return "followup.annualReport.generated";
		}

		@Override
		public String auditSubjectType() {
			return "AnnualReport";
		}

		@Override
		public String auditSubjectId() {
			return snapshotId;
		}

		@Override
		public String auditSummary() {
			return title + " till " + audience;
		}

		@Override
		public Map<String, Object> auditDetails() {
			return Map.of("round", roundId, "checksums", checksums);
		}

	}

	public record DeadlineReminded(String roundId, String title, java.time.LocalDate deadline,
			java.util.List<java.util.UUID> committees, int daysLeft) implements Audited {

		@Override
		public String auditAction() {
			return "followup.round.reminded";
		}

		@Override
		public String auditSubjectType() {
			return "ReportingRound";
		}

		@Override
		public String auditSubjectId() {
			return roundId;
		}

		@Override
		public String auditSummary() {
			return "Påminnelse om sista dag " + deadline + " för " + title + " till " + committees.size() + " nämnder";
		}

	}

}
