package se.trygghet.intervention;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghet.identity.AuditedEntry;
import se.trygghet.plan.ActivityId;
import se.trygghet.plan.IndicatorId;

/** Past-tense events of the knowledge-based cycle; each is audited in the transaction of its change. */
public final class InterventionEvents {

	private InterventionEvents() {
	}

	/** The indicators a change names, as the audit log keeps them. */
	private static List<String> ids(List<IndicatorId> indicators) {
		return indicators.stream().map(IndicatorId::toString).toList();
	}

	public record ProblemRecorded(ProblemId problem, String title, boolean demo, List<IndicatorId> indicators)
			implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("intervention.problem.recorded", "Problem", problem.toString(),
					"Problem identifierat: " + title + (demo ? " (demodata)" : ""),
					Map.of("title", title, "demo", demo, "indicators", ids(indicators)));
		}

	}

	public record ProblemRevised(ProblemId problem, String title, List<IndicatorId> indicators)
			implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("intervention.problem.revised", "Problem", problem.toString(),
					"Problem ändrat: " + title,
					Map.of("title", title, "indicators", ids(indicators)));
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
			@Nullable ActivityId activity, List<IndicatorId> indicators)
			implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("intervention.planned", "Intervention", intervention.toString(),
					"Insats planerad: " + title,
					activity == null ? Map.of("problem", problem.toString(), "indicators", ids(indicators))
							: Map.of("problem", problem.toString(), "activity", activity.toString(), "indicators",
									ids(indicators)));
		}

	}

	public record InterventionRevised(InterventionId intervention, String title, List<IndicatorId> indicators)
			implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("intervention.revised", "Intervention", intervention.toString(),
					"Insats ändrad: " + title,
					Map.of("title", title, "indicators", ids(indicators)));
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
