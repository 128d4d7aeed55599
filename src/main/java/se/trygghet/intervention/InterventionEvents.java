package se.trygghet.intervention;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghet.identity.Audited;
import se.trygghet.plan.ActivityId;

/** Past-tense events of the knowledge-based cycle; each is audited in the transaction of its change. */
public final class InterventionEvents {

	private InterventionEvents() {
	}

	public record ProblemRecorded(ProblemId problem, String title, boolean demo) implements Audited {

		@Override
		public String auditAction() {
			return "intervention.problem.recorded";
		}

		@Override
		public String auditSubjectType() {
			return "Problem";
		}

		@Override
		public String auditSubjectId() {
			return problem.toString();
		}

		@Override
		public String auditSummary() {
			return "Problem identifierat: " + title + (demo ? " (demodata)" : "");
		}

		@Override
		public Map<String, Object> auditDetails() {
			return Map.of("title", title, "demo", demo);
		}

	}

	public record ProblemRevised(ProblemId problem, String title) implements Audited {

		@Override
		public String auditAction() {
			return "intervention.problem.revised";
		}

		@Override
		public String auditSubjectType() {
			return "Problem";
		}

		@Override
		public String auditSubjectId() {
			return problem.toString();
		}

		@Override
		public String auditSummary() {
			return "Problem ändrat: " + title;
		}

		@Override
		public Map<String, Object> auditDetails() {
			return Map.of("title", title);
		}

	}

	public record ProblemStatusChanged(ProblemId problem, String title, String from, String to) implements Audited {

		@Override
		public String auditAction() {
			return "intervention.problem.status";
		}

		@Override
		public String auditSubjectType() {
			return "Problem";
		}

		@Override
		public String auditSubjectId() {
			return problem.toString();
		}

		@Override
		public String auditSummary() {
			return "Problemets status: " + title + ", " + from + " → " + to;
		}

		@Override
		public Map<String, Object> auditDetails() {
			return Map.of("from", from, "to", to);
		}

	}

	public record CauseAnalysisSaved(ProblemId problem, String title) implements Audited {

		@Override
		public String auditAction() {
			return "intervention.analysis.saved";
		}

		@Override
		public String auditSubjectType() {
			return "Problem";
		}

		@Override
		public String auditSubjectId() {
			return problem.toString();
		}

		@Override
		public String auditSummary() {
			return "Orsaksanalys sparad: " + title;
		}

		@Override
		public Map<String, Object> auditDetails() {
			return Map.of();
		}

	}

	public record DialogueRecorded(ProblemId problem, java.time.LocalDate heldOn, String participants) implements Audited {

		@Override
		public String auditAction() {
			return "intervention.dialogue.recorded";
		}

		@Override
		public String auditSubjectType() {
			return "Problem";
		}

		@Override
		public String auditSubjectId() {
			return problem.toString();
		}

		@Override
		public String auditSummary() {
			return "Dialog " + heldOn + " med " + participants;
		}

		@Override
		public Map<String, Object> auditDetails() {
			return Map.of("heldOn", heldOn.toString(), "participants", participants);
		}

	}

	public record InterventionPlanned(InterventionId intervention, ProblemId problem, String title, @Nullable ActivityId activity) implements Audited {

		@Override
		public String auditAction() {
			return "intervention.planned";
		}

		@Override
		public String auditSubjectType() {
			return "Intervention";
		}

		@Override
		public String auditSubjectId() {
			return intervention.toString();
		}

		@Override
		public String auditSummary() {
			return "Insats planerad: " + title;
		}

		@Override
		public Map<String, Object> auditDetails() {
			return activity == null ? Map.of("problem", problem.toString()) : Map.of("problem", problem.toString(), "activity", activity.toString());
		}

	}

	public record InterventionRevised(InterventionId intervention, String title) implements Audited {

		@Override
		public String auditAction() {
			return "intervention.revised";
		}

		@Override
		public String auditSubjectType() {
			return "Intervention";
		}

		@Override
		public String auditSubjectId() {
			return intervention.toString();
		}

		@Override
		public String auditSummary() {
			return "Insats ändrad: " + title;
		}

		@Override
		public Map<String, Object> auditDetails() {
			return Map.of("title", title);
		}

	}

	public record InterventionStatusChanged(InterventionId intervention, String title, InterventionStatus from, InterventionStatus to) implements Audited {

		@Override
		public String auditAction() {
			return "intervention.status";
		}

		@Override
		public String auditSubjectType() {
			return "Intervention";
		}

		@Override
		public String auditSubjectId() {
			return intervention.toString();
		}

		@Override
		public String auditSummary() {
			return "Insatsens status: " + title + ", " + from + " → " + to;
		}

		@Override
		public Map<String, Object> auditDetails() {
			return Map.of("from", from.name(), "to", to.name());
		}

	}

	public record EffectEvaluated(InterventionId intervention, UUID evaluation, String verdict) implements Audited {

		@Override
		public String auditAction() {
			return "intervention.evaluated";
		}

		@Override
		public String auditSubjectType() {
			return "Intervention";
		}

		@Override
		public String auditSubjectId() {
			return intervention.toString();
		}

		@Override
		public String auditSummary() {
			return "Effektutvärdering sparad (" + verdict + ")";
		}

		@Override
		public Map<String, Object> auditDetails() {
			return Map.of("evaluation", evaluation.toString(), "verdict", verdict);
		}

	}

	public record FeedbackRecorded(ProblemId problem, @Nullable InterventionId intervention, String recipient, Visibility visibility) implements Audited {

		@Override
		public String auditAction() {
			return "intervention.feedback.recorded";
		}

		@Override
		public String auditSubjectType() {
			return "Problem";
		}

		@Override
		public String auditSubjectId() {
			return problem.toString();
		}

		@Override
		public String auditSummary() {
			return "Återkoppling till " + recipient + (visibility == Visibility.PUBLIC ? " (publik)" : "");
		}

		@Override
		public Map<String, Object> auditDetails() {
			return Map.of("recipient", recipient, "visibility", visibility.name());
		}

	}

}
