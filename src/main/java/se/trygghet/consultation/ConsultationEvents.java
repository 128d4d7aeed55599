package se.trygghet.consultation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghet.identity.AuditedEntry;
import se.trygghet.plan.ActionPlanId;

/**
 * Past-tense events of a consultation, each audited. A comment's text is not in its audit entry: comments are for the
 * coordinator and the committee that wrote them, and the audit log has other readers.
 */
public final class ConsultationEvents {

	private ConsultationEvents() {
	}

	public record ConsultationSent(ConsultationId consultation, ActionPlanId plan, String planName,
			LocalDate deadline, List<UUID> committees) implements AuditedEntry {

		public ConsultationSent {
			committees = List.copyOf(committees);
		}

		@Override
		public Entry auditEntry() {
			return new Entry("consultation.sent", "Consultation", consultation.toString(),
					"Skickad på remiss: " + planName + " till " + committees.size() + " nämnder, sista dag " + deadline,
					Map.of("plan", plan.toString(), "deadline", deadline.toString()));
		}

	}

	/** A committee commented on an activity ({@code activity} its number) or, without one, on the whole draft. */
	public record CommentWritten(ConsultationId consultation, ActionPlanId plan, CommentId comment, UUID committee,
			String committeeName, @Nullable String activity, @Nullable Position position) implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("consultation.commented", "ConsultationComment", comment.toString(),
					"Remisskommentar från " + committeeName
							+ (activity == null ? " om hela utkastet" : " om aktivitet " + activity),
					Map.of("consultation", consultation.toString(), "committee", committee.toString(), "position",
							position == null ? "" : position.name()));
		}

	}

	public record AnswerSubmitted(ConsultationId consultation, ActionPlanId plan, UUID committee, String committeeName)
			implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("consultation.submitted", "Consultation", consultation.toString(),
					"Remissvar inlämnat av " + committeeName, Map.of("committee", committee.toString()));
		}

	}

	public record CommentReplied(ConsultationId consultation, ActionPlanId plan, CommentId comment,
			String committeeName, @Nullable String activity, boolean draftChanged) implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("consultation.replied", "ConsultationComment", comment.toString(),
					"Svar på remisskommentar från " + committeeName
							+ (activity == null ? " om hela utkastet" : " om aktivitet " + activity)
							+ (draftChanged ? " (utkastet ändrat)" : ""),
					Map.of("consultation", consultation.toString(), "draftChanged", draftChanged));
		}

	}

	public record ConsultationClosed(ConsultationId consultation, ActionPlanId plan, String planName, int answered,
			int committees) implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("consultation.closed", "Consultation", consultation.toString(),
					"Remissen stängd: " + planName + " (" + answered + " av " + committees + " nämnder svarade)",
					Map.of("plan", plan.toString()));
		}

	}

	/** Reminders went to the committees that had not submitted their answer. */
	public record ConsultationReminded(ConsultationId consultation, String planName, LocalDate deadline,
			List<UUID> committees, int daysLeft) implements AuditedEntry {

		public ConsultationReminded {
			committees = List.copyOf(committees);
		}

		@Override
		public Entry auditEntry() {
			return new Entry("consultation.reminded", "Consultation", consultation.toString(),
					"Påminnelse om remissen " + planName + " (sista dag " + deadline + ") till " + committees.size()
							+ " nämnder",
					Map.of());
		}

	}

}
