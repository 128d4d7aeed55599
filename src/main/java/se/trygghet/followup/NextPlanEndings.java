package se.trygghet.followup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.plan.ActivityId;
import se.trygghet.plan.ActivityNumber;
import se.trygghet.plan.Disposition;
import se.trygghet.plan.PlanCatalog;
import se.trygghet.plan.PlanLineage;
import se.trygghet.plan.PlanState;

/**
 * The activities of a plan that its successor ends or merges into another, as the plan's last follow-up tells them
 * ("Avslutas i Handlingsplan 2024–2027: reason", "Slås samman med 2.4 … i Handlingsplan 2024–2027"). Only the
 * plan's latest round says so, and only once the successor is adopted: a draft's choices are proposals that may still
 * change on consultation, not decisions a follow-up can report.
 */
@Component
class NextPlanEndings {

	private final JdbcClient jdbc;

	private final PlanLineage lineage;

	private final PlanCatalog plans;

	NextPlanEndings(JdbcClient jdbc, PlanLineage lineage, PlanCatalog plans) {
		this.jdbc = jdbc;
		this.lineage = lineage;
		this.plans = plans;
	}

	/**
	 * An activity the next plan ends or merges (its number and text in this plan): that plan's name, the reason (always
	 * for an end, optional for a merge) and, for a merge, the activity of the next plan it goes into.
	 */
	public record Ending(ActivityNumber number, String text, String plan, @Nullable String reason,
			@Nullable ActivityNumber mergedInto, @Nullable String mergedText) {

		/** The sentence's message key: an end, a merge, or a merge with its reason. */
		public String messageKey() {
			return mergedInto == null ? "followup.ending" : reason == null ? "followup.merged" : "followup.merged.reason";
		}

		/** The sentence's arguments, in the order of {@link #messageKey()}'s message. */
		public Object[] messageArgs() {
			return mergedInto == null ? new Object[] { plan, reason }
					: new Object[] { mergedInto + " " + mergedText, plan, reason };
		}

	}

	/** The endings and merges of the round's activities by activity; empty unless the round is its plan's latest. */
	Map<ActivityId, Ending> of(RoundId round) {
		Optional<ActionPlanId> plan = latestRoundsPlan(round);
		if (plan.isEmpty()) {
			return Map.of();
		}
		Optional<PlanCatalog.PlanRef> successor = lineage.successorOf(plan.get())
			.flatMap(id -> plans.plans().stream().filter(p -> p.id().equals(id)).findFirst())
			.filter(p -> p.state() != PlanState.DRAFT);
		if (successor.isEmpty()) {
			return Map.of();
		}
		String next = successor.get().name();
		Map<ActivityId, Ending> endings = new LinkedHashMap<>();
		lineage.fatesOf(plan.get())
			.stream()
			.filter(f -> f.disposition() == Disposition.ENDED || f.disposition() == Disposition.MERGED)
			.forEach(f -> endings.put(f.activity(), new Ending(f.number(), f.text(), next, f.reason(),
					f.disposition() == Disposition.MERGED ? f.successorNumber() : null, f.successorText())));
		return endings;
	}

	/** The round's plan, when no later round of that plan has opened (by its first day). */
	private Optional<ActionPlanId> latestRoundsPlan(RoundId round) {
		return jdbc.sql("""
				select r.plan_id from reporting_round r
				 where r.id = :id and not exists (select 1 from reporting_round later
				        where later.plan_id = r.plan_id and later.id <> r.id and later.opens_on > r.opens_on)
				""").param("id", round.value()).query(UUID.class).optional().map(ActionPlanId::new);
	}

}
