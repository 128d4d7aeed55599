package se.trygghet.planning;

import java.util.Map;
import java.util.UUID;
import se.trygghet.identity.AuditedEntry;

/** What happens in planning, as past-tense events; each is written to the audit log. */
public final class PlanningEvents {

	private PlanningEvents() {
	}

	/** A plan's introduction was written or changed. */
	public record IntroductionRevised(String planKey, String planName, int length) implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("planning.introduction.revised", "ActionPlan", planKey,
					"Inledningen till " + planName + " ändrad", Map.of("length", length));
		}

	}

	/**
	 * The coordinator said that an activity of a draft addresses a prioritised problem of the joint lägesbild
	 * ({@code linked}), or took that back.
	 */
	public record ProblemLinkChanged(String planKey, String planName, UUID problemId, String problemTitle,
			String activityNumber, boolean linked) implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry(linked ? "planning.problem.linked" : "planning.problem.unlinked", "PrioritisedProblem",
					problemId.toString(),
					(linked ? "Aktivitet " + activityNumber + " i " + planName + " tar upp "
							: "Aktivitet " + activityNumber + " i " + planName + " tar inte längre upp ") + problemTitle,
					Map.of("plan", planKey, "activity", activityNumber));
		}

	}

}
