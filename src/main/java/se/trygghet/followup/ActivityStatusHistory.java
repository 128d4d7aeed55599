package se.trygghet.followup;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.trygghet.plan.ActivityId;
import se.trygghet.plan.ActivityNumber;

/**
 * What each activity was reported as, round by round, for staff who weigh what to carry into the next plan: the lead
 * committee's report of every round that has been opened. Read for many activities at once, in one query.
 */
public interface ActivityStatusHistory {

	/** Every given activity's reports, oldest round first; an activity no round reported on has an empty list. */
	Map<ActivityId, List<RoundStatus>> of(Collection<ActivityId> activities);

	/**
	 * The lead committee's report on one activity in one round: the activity's number as the round had it, the
	 * status (null while not yet stated) with its reason, and where the report stands.
	 */
	record RoundStatus(RoundId round, String roundTitle, String period, RoundState roundState,
			ActivityNumber activityNumber, ReportState reportState, @Nullable ActivityStatus status,
			@Nullable String statusReason) {
	}

}
