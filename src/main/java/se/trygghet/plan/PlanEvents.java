package se.trygghet.plan;

import java.util.Map;
import se.trygghet.identity.AuditedEntry;

/** Past-tense events of the plan module. Each is audited; later modules may react to them. */
public final class PlanEvents {

	private PlanEvents() {
	}

	public record PlanImported(ActionPlanId plan, String key, String name, int focusAreas, int activities)
			implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("plan.imported", "ActionPlan", plan.toString(),
					"Plan importerad: " + name + " (" + focusAreas + " fokusområden, " + activities + " aktiviteter)",
					Map.of("key", key));
		}

	}

	/** Any plan item (plan, focus area, goal, indicator, activity) changed by a coordinator. */
	public record PlanItemRevised(ActionPlanId plan, String itemType, String itemId, String label,
			Map<String, Object> before, Map<String, Object> after) implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("plan." + itemType.toLowerCase(java.util.Locale.ROOT) + ".revised", itemType, itemId,
					itemType + " ändrad: " + label,
					Map.of("plan", plan.toString(), "before", before, "after", after));
		}

	}

	public record ActivityAdded(ActionPlanId plan, ActivityId activity, String number, Map<String, Object> values)
			implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("plan.activity.added", "Activity", activity.toString(),
					"Aktivitet tillagd: " + number,
					Map.of("plan", plan.toString(), "after", values));
		}

	}

	public record PlanStateChanged(ActionPlanId plan, String name, PlanState from, PlanState to)
			implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("plan." + to.name().toLowerCase(java.util.Locale.ROOT), "ActionPlan", plan.toString(),
					"Plan " + name + ": " + from + " → " + to,
					Map.of());
		}

	}

	/**
	 * A draft of the next plan was drawn from an adopted one. {@code indicators} maps each indicator of the previous
	 * plan to its continuation in the draft (same series), so that modules keeping data per indicator can carry it.
	 */
	public record PlanDrafted(ActionPlanId plan, String key, String name, ActionPlanId from, int activities,
			Map<IndicatorId, IndicatorId> indicators) implements AuditedEntry {

		public PlanDrafted {
			indicators = Map.copyOf(indicators);
		}

		@Override
		public Entry auditEntry() {
			return new Entry("plan.drafted", "ActionPlan", plan.toString(),
					"Utkast till nästa plan: " + name + " (" + activities + " aktiviteter överförda)",
					Map.of("key", key, "from", from.toString()));
		}

	}

	/** An amendment of an adopted plan was opened (changes allowed) or closed by a decision. */
	public record PlanAmended(ActionPlanId plan, String name, int amendment, boolean open, String detail)
			implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry(open ? "plan.amendment.opened" : "plan.amendment.closed", "ActionPlan", plan.toString(),
					"Plan " + name + ": revidering " + amendment + (open ? " öppnad: " : " beslutad: ") + detail,
					Map.of("amendment", amendment));
		}

	}

}
