package se.trygghet.plan;

import java.util.List;
import java.util.Optional;

/**
 * What other modules may read of a plan: its activities with their committees and lead, as they stand now. Modules
 * that follow the plan up keep their own copy of what they need, since the plan may change after they read it.
 */
public interface PlanCatalog {

	Optional<PlanOutline> outline(ActionPlanId plan);

	/** Every plan, newest period first. */
	List<PlanRef> plans();

	record PlanRef(ActionPlanId id, String key, String name, int periodFrom, int periodTo, PlanState state) {
	}

	record PlanOutline(ActionPlanId id, String key, String name, String municipality, PlanState state,
			List<ActivityOutline> activities) {

		public PlanOutline {
			activities = List.copyOf(activities);
		}

	}

	record ActivityOutline(ActivityId id, ActivityNumber number, String focusAreaTitle, String text,
			List<CommitteeId> committees, CommitteeId lead) {

		public ActivityOutline {
			committees = List.copyOf(committees);
		}

		public List<CommitteeId> coResponsible() {
			return committees.stream().filter(c -> !c.equals(lead)).toList();
		}

	}

}
