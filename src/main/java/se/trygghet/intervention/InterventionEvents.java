package se.trygghet.intervention;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghet.identity.AuditedEntry;
import se.trygghet.plan.ActivityId;

/** Past-tense events of the knowledge-based cycle; each is audited in the transaction of its change. */
public final class InterventionEvents {

	private InterventionEvents() {
	}

	public record ProblemRecorded(ProblemId problem, String title, boolean demo) implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("intervention.problem.recorded", "Problem", problem.toString(),
					"Problem identifierat: " + title + (demo ? " (demodata)" : ""),
					Map.of("title", title, "demo", demo));
		}

	}

	public record ProblemRevised(ProblemId problem, String title) implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("intervention.problem.revised", "Problem", problem.toString(),
					"Problem ändrat: " + title,
					Map.of("title", title));
		}

	}

	public record ProblemStatusChanged(ProblemId problem, String title, String from, String to) implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("intervention.problem.status", "Problem", problem.toString(),
					"Problemets status: " + title + ", " + from + " → " + to,
					Map.of("from", from, "to", to));
		}

	}

	public record CauseAnalysisSaved(ProblemId problem, String title) implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("intervention.analysis.saved", "Problem", problem.toString(),
					"Orsaksanalys sparad: " + title,
					Map.of());
		}

	}

	public record DialogueRecorded(ProblemId problem, java.time.LocalDate heldOn, String participants)
			implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("intervention.dialogue.recorded", "Problem", problem.toString(),
					"Dialog " + heldOn + " med " + participants,
					Map.of("heldOn", heldOn.toString(), "participants", participants));
		}

	}

	public record InterventionPlanned(InterventionId intervention, ProblemId problem, String title,
			@Nullable ActivityId activity)
			implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("intervention.planned", "Intervention", intervention.toString(),
					"Insats planerad: " + title,
					activity == null ? Map.of("problem", problem.toString())
							: Map.of("problem", problem.toString(), "activity", activity.toString()));
		}

	}

	public record InterventionRevised(InterventionId intervention, String title) implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("intervention.revised", "Intervention", intervention.toString(),
					"Insats ändrad: " + title,
					Map.of("title", title));
		}

	}

	public record InterventionStatusChanged(InterventionId intervention, String title, InterventionStatus from,
			InterventionStatus to)
			implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("intervention.status", "Intervention", intervention.toString(),
					"Insatsens status: " + title + ", " + from + " → " + to,
					Map.of("from", from.name(), "to", to.name()));
		}

	}

	public record EffectEvaluated(InterventionId intervention, UUID evaluation, String verdict) implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("intervention.evaluated", "Intervention", intervention.toString(),
					"Effektutvärdering sparad (" + verdict + ")",
					Map.of("evaluation", evaluation.toString(), "verdict", verdict));
		}

	}

	public record FeedbackRecorded(ProblemId problem, @Nullable InterventionId intervention, String recipient,
			Visibility visibility)
			implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("intervention.feedback.recorded", "Problem", problem.toString(),
					"Återkoppling till " + recipient + (visibility == Visibility.PUBLIC ? " (publik)" : ""),
					Map.of("recipient", recipient, "visibility", visibility.name()));
		}

	}

}
