package se.trygghet.collaboration;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import se.trygghet.identity.Audited;

/**
 * Past-tense events of the collaboration module; each is audited in the same transaction as the change. Survey answers
 * are deliberately not among them: an audit entry would give each answer a time, which is what anonymity forbids.
 */
public final class CollaborationEvents {

	private CollaborationEvents() {
	}

	public record ForumSaved(UUID forum, String name, boolean created, boolean demo) implements Audited {

		@Override
		public String auditAction() {
			return created ? "collaboration.forum.created" : "collaboration.forum.edited";
		}

		@Override
		public String auditSubjectType() {
			return "Forum";
		}

		@Override
		public String auditSubjectId() {
			return forum.toString();
		}

		@Override
		public String auditSummary() {
			return (created ? "Forum skapat: " : "Forum ändrat: ") + name + (demo ? " (demodata)" : "");
		}

	}

	public record ForumMembershipChanged(UUID forum, String forumName, String member, String role, boolean added)
			implements Audited {

		@Override
		public String auditAction() {
			return added ? "collaboration.forum.member-added" : "collaboration.forum.member-removed";
		}

		@Override
		public String auditSubjectType() {
			return "Forum";
		}

		@Override
		public String auditSubjectId() {
			return forum.toString();
		}

		@Override
		public String auditSummary() {
			return (added ? "Ny medlem i " : "Medlem borttagen ur ") + forumName + ": " + member + " (" + role + ")";
		}

	}

	public record MeetingRecorded(UUID meeting, String forumName, LocalDate heldOn, int present, boolean demo)
			implements Audited {

		@Override
		public String auditAction() {
			return "collaboration.meeting.recorded";
		}

		@Override
		public String auditSubjectType() {
			return "Meeting";
		}

		@Override
		public String auditSubjectId() {
			return meeting.toString();
		}

		@Override
		public String auditSummary() {
			return "Möte i " + forumName + " " + heldOn + " med " + present + " närvarande" + (demo ? " (demodata)" : "");
		}

	}

	public record DecisionChanged(UUID decision, UUID meeting, String text, String status, String note)
			implements Audited {

		@Override
		public String auditAction() {
			return "collaboration.decision." + status.toLowerCase(java.util.Locale.ROOT);
		}

		@Override
		public String auditSubjectType() {
			return "MeetingDecision";
		}

		@Override
		public String auditSubjectId() {
			return decision.toString();
		}

		@Override
		public String auditSummary() {
			return "Beslut (" + status + "): " + text;
		}

		@Override
		public Map<String, Object> auditDetails() {
			return Map.of("meeting", meeting.toString(), "note", note);
		}

	}

	public record SurveyChanged(UUID survey, String forumName, int year, String state) implements Audited {

		@Override
		public String auditAction() {
			return "collaboration.survey." + state.toLowerCase(java.util.Locale.ROOT);
		}

		@Override
		public String auditSubjectType() {
			return "Survey";
		}

		@Override
		public String auditSubjectId() {
			return survey.toString();
		}

		@Override
		public String auditSummary() {
			return "Nöjdhetsenkät " + forumName + " " + year + ": " + state;
		}

	}

	public record AgreementRecorded(UUID agreement, String title, boolean demo) implements Audited {

		@Override
		public String auditAction() {
			return "collaboration.agreement.recorded";
		}

		@Override
		public String auditSubjectType() {
			return "CollaborationAgreement";
		}

		@Override
		public String auditSubjectId() {
			return agreement.toString();
		}

		@Override
		public String auditSummary() {
			return "Samverkansöverenskommelse: " + title + (demo ? " (demodata)" : "");
		}

	}

	/** A medborgarlöfte was recorded, followed up, linked, or published or withdrawn; {@code what} says which. */
	public record PromiseChanged(UUID promise, int year, String what, String summary) implements Audited {

		@Override
		public String auditAction() {
			return "collaboration.promise." + what;
		}

		@Override
		public String auditSubjectType() {
			return "CitizenPromise";
		}

		@Override
		public String auditSubjectId() {
			return promise.toString();
		}

		@Override
		public String auditSummary() {
			return "Medborgarlöfte " + year + ": " + summary;
		}

	}

}
