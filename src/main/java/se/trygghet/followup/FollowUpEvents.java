package se.trygghet.followup;

import java.util.Map;
import se.trygghet.identity.AuditedEntry;
import se.trygghet.plan.ActivityNumber;

/** Past-tense events of the follow-up; each is audited. */
public final class FollowUpEvents {

	private FollowUpEvents() {
	}

	public record RoundStateChanged(RoundId roundId, String title, RoundState state, int reports)
			implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("followup.round." + state.name().toLowerCase(java.util.Locale.ROOT), "ReportingRound",
					roundId.toString(),
					"Uppföljningsomgång " + title + ": " + state,
					Map.of("reports", reports));
		}

	}

	public record ReportChanged(ReportId reportId, ActivityNumber activityNumber, String step, ReportState state)
			implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("followup.report." + step, "ActivityReport", reportId.toString(),
					"Rapport för aktivitet " + activityNumber + ": " + step + " (" + state + ")",
					Map.of());
		}

	}

	public record AnnualReportGenerated(String snapshotId, RoundId roundId, String title, String audience,
			Map<String, Object> checksums) implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("followup.annualReport.generated", "AnnualReport", snapshotId,
					title + " till " + audience,
					Map.of("round", roundId.toString(), "checksums", checksums));
		}

	}

	public record DeadlineReminded(RoundId roundId, String title, java.time.LocalDate deadline,
			java.util.List<java.util.UUID> committees, int daysLeft) implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("followup.round.reminded", "ReportingRound", roundId.toString(),
					"Påminnelse om sista dag " + deadline + " för " + title + " till " + committees.size()
							+ " nämnder",
					Map.of());
		}

	}

}
