package se.trygghet.followup;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;
import se.trygghet.plan.ActionPlanId;

/** Lets tests outside this package run a round through the real service. */
@Component
public class FollowUpTestAccess {

	private final FollowUp followUp;

	FollowUpTestAccess(FollowUp followUp) {
		this.followUp = followUp;
	}

	public UUID planRound(ActionPlanId plan, String period, String title, LocalDate opensOn, LocalDate deadline) {
		return followUp.planRound(plan, period, title, opensOn, deadline);
	}

	public int openRound(UUID round) {
		return followUp.openRound(round);
	}

}
