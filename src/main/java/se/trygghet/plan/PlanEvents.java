package se.trygghet.plan;

import java.util.Map;
import se.trygghet.identity.Audited;

/** Past-tense events of the plan module. Each is audited; later modules may react to them. */
public final class PlanEvents {

	private PlanEvents() {
	}

	public record PlanImported(ActionPlanId plan, String key, String name, int focusAreas, int activities)
			implements Audited {

		@Override
		public String auditAction() {
			return "plan.imported";
		}

		@Override
		public String auditSubjectType() {
			return "ActionPlan";
		}

		@Override
		public String auditSubjectId() {
			return plan.toString();
		}

		@Override
		public String auditSummary() {
			return "Plan importerad: " + name + " (" + focusAreas + " fokusområden, " + activities + " aktiviteter)";
		}

		@Override
		public Map<String, Object> auditDetails() {
			return Map.of("key", key);
		}

	}

	/** Any plan item (plan, focus area, goal, indicator, activity) changed by a coordinator. */
	public record PlanItemRevised(ActionPlanId plan, String itemType, String itemId, String label,
			Map<String, Object> before, Map<String, Object> after) implements Audited {

		@Override
		public String auditAction() {
			return "plan." + itemType.toLowerCase(java.util.Locale.ROOT) + ".revised";
		}

		@Override
		public String auditSubjectType() {
			return itemType;
		}

		@Override
		public String auditSubjectId() {
			return itemId;
		}

		@Override
		public String auditSummary() {
			return itemType + " ändrad: " + label;
		}

		@Override
		public Map<String, Object> auditDetails() {
			return Map.of("plan", plan.toString(), "before", before, "after", after);
		}

	}

	public record ActivityAdded(ActionPlanId plan, ActivityId activity, String number, Map<String, Object> values)
			implements Audited {

		@Override
		public String auditAction() {
			return "plan.activity.added";
		}

		@Override
		public String auditSubjectType() {
			return "Activity";
		}

		@Override
		public String auditSubjectId() {
			return activity.toString();
		}

		@Override
		public String auditSummary() {
			return "Aktivitet tillagd: " + number;
		}

		@Override
		public Map<String, Object> auditDetails() {
			return Map.of("plan", plan.toString(), "after", values);
		}

	}

	public record PlanStateChanged(ActionPlanId plan, String name, PlanState from, PlanState to) implements Audited {

		@Override
		public String auditAction() {
			return "plan." + to.name().toLowerCase(java.util.Locale.ROOT);
		}

		@Override
		public String auditSubjectType() {
			return "ActionPlan";
		}

		@Override
		public String auditSubjectId() {
			return plan.toString();
		}

		@Override
		public String auditSummary() {
			return "Plan " + name + ": " + from + " → " + to;
		}

	}

}
