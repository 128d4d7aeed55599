package se.trygghet.followup;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.plan.ActivityId;
import se.trygghet.plan.ActivityNumber;

/**
 * What the public may read of the follow-up: only published rounds, and of them only the lead committees' approved
 * reports, as the open API shows them. Drafts, contributions, review comments and who wrote what never leave through
 * here, so pages for residents built on it cannot show them by mistake.
 */
public interface PublishedRounds {

	/** The plan's most recently published round, or empty when none is published yet. */
	Optional<PublishedRound> latest(ActionPlanId plan);

	/**
	 * Changes whenever a round is published or anything a published round shows changes, so a page built from
	 * {@link #latest} can be kept until it does.
	 */
	long revision();

	/** A published round with one report per activity that its lead committee had approved. */
	record PublishedRound(RoundId id, String title, String period, @Nullable LocalDate publishedOn, boolean demo,
			List<PublishedReport> reports) {

		public PublishedRound {
			reports = List.copyOf(reports);
		}

		/** How many activities have each status, in the scheme's order; activities without a status are left out. */
		public Map<ActivityStatus, Integer> statusCounts() {
			Map<ActivityStatus, Integer> counts = new EnumMap<>(ActivityStatus.class);
			for (ActivityStatus status : ActivityStatus.values()) {
				counts.put(status, 0);
			}
			reports.stream().filter(r -> r.status() != null).forEach(r -> counts.merge(r.status(), 1, Integer::sum));
			return counts;
		}

		public Optional<PublishedReport> report(ActivityNumber activityNumber) {
			return reports.stream().filter(r -> r.activityNumber().equals(activityNumber)).findFirst();
		}

	}

	/**
	 * The lead committee's approved report on one activity, with the activity as it stood when the round opened.
	 * Reports come in the plan's order of activity numbers (2.9 before 2.10).
	 */
	record PublishedReport(ActivityId activity, ActivityNumber activityNumber, String activityText, String committee,
			@Nullable ActivityStatus status, @Nullable String statusReason, @Nullable String done,
			@Nullable String effects, @Nullable String nextSteps, @Nullable GoalContribution assessment) {

		public PublishedReport {
			// read straight from the table: a reason stored before the rule existed is not published either
			statusReason = ActivityStatus.reasonKept(status, statusReason);
		}

	}

}
