package se.trygghet.collaboration;

import java.time.LocalDate;
import java.util.Map;
import se.trygghet.identity.AuditedEntry;

/**
 * Past-tense events of the collaboration module; each is audited in the same transaction as the change. Survey answers
 * are deliberately not among them: an audit entry would give each answer a time, which is what anonymity forbids.
 */
public final class CollaborationEvents {

	private CollaborationEvents() {
	}

	public record ForumSaved(ForumId forum, String name, boolean created, boolean demo) implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry(created ? "collaboration.forum.created" : "collaboration.forum.edited", "Forum", forum.toString(),
					(created ? "Forum skapat: " : "Forum ändrat: ") + name + (demo ? " (demodata)" : ""),
					Map.of());
		}

	}

	public record ForumMembershipChanged(ForumId forum, String forumName, String member, String role, boolean added)
			implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry(added ? "collaboration.forum.member-added" : "collaboration.forum.member-removed", "Forum",
					forum.toString(),
					(added ? "Ny medlem i " : "Medlem borttagen ur ") + forumName + ": " + member + " (" + role + ")",
					Map.of());
		}

	}

	public record MeetingRecorded(MeetingId meeting, String forumName, LocalDate heldOn, int present, boolean demo)
			implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("collaboration.meeting.recorded", "Meeting", meeting.toString(),
					"Möte i " + forumName + " " + heldOn + " med " + present + " närvarande" + (demo ? " (demodata)" : ""),
					Map.of());
		}

	}

	public record DecisionChanged(DecisionId decision, MeetingId meeting, String text, String status, String note)
			implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("collaboration.decision." + status.toLowerCase(java.util.Locale.ROOT), "MeetingDecision",
					decision.toString(),
					"Beslut (" + status + "): " + text,
					Map.of("meeting", meeting.toString(), "note", note));
		}

	}

	public record SurveyChanged(SurveyId survey, String forumName, int year, String state) implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("collaboration.survey." + state.toLowerCase(java.util.Locale.ROOT), "Survey", survey.toString(),
					"Nöjdhetsenkät " + forumName + " " + year + ": " + state,
					Map.of());
		}

	}

	public record AgreementRecorded(AgreementId agreement, String title, boolean demo) implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("collaboration.agreement.recorded", "CollaborationAgreement", agreement.toString(),
					"Samverkansöverenskommelse: " + title + (demo ? " (demodata)" : ""),
					Map.of());
		}

	}

	/** A medborgarlöfte was recorded, followed up, linked, or published or withdrawn; {@code what} says which. */
	public record PromiseChanged(CitizenPromiseId promise, int year, String what, String summary)
			implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("collaboration.promise." + what, "CitizenPromise", promise.toString(),
					"Medborgarlöfte " + year + ": " + summary,
					Map.of());
		}

	}

}
