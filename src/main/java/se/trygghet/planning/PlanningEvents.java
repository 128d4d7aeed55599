package se.trygghet.planning;

import java.util.Map;
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

}
