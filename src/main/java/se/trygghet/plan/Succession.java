package se.trygghet.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.trygghet.system.Refusal;

/**
 * A draft of the next plan and what becomes of each activity of the plan it is drawn from. Drawing the draft carries
 * every activity over as {@link Disposition#CONTINUED} (a copy with its own number in the draft); the coordinator then
 * changes, ends (with a reason) or merges each one into another activity of the draft, or brings an ended or merged
 * one back. The choices can be made only while the draft is a draft: once adopted, the fates are part of the decision.
 */
final class Succession {

	/** What became of one activity of the previous plan: its copy or merge target in the draft, or an end's reason. */
	public record Fate(ActivityId activity, Disposition disposition, @Nullable String reason, @Nullable ActivityId successor) {

		public Fate {
			Objects.requireNonNull(activity);
			Objects.requireNonNull(disposition);
			if (disposition == Disposition.ENDED && (reason == null || successor != null)) {
				throw new IllegalArgumentException("An ended activity has a reason and no successor");
			}
			if (disposition != Disposition.ENDED && successor == null) {
				throw new IllegalArgumentException(disposition + " needs the activity it continues in");
			}
		}

		/** The draft holds a copy of the activity (it was carried over, changed or not). */
		boolean carried() {
			return disposition == Disposition.CONTINUED || disposition == Disposition.CHANGED;
		}

	}

	private final ActionPlanId draft;

	private final PlanState draftState;

	private final ActionPlanId predecessor;

	private final Map<ActivityId, Fate> fates;

	private final Set<ActivityId> draftActivities;

	private final List<Fate> chosen = new ArrayList<>();

	/**
	 * @param fates every activity of the predecessor and its fate
	 * @param draftActivities the activities the draft holds now (carried copies and new ones)
	 */
	Succession(ActionPlanId draft, PlanState draftState, ActionPlanId predecessor, Collection<Fate> fates,
			Set<ActivityId> draftActivities) {
		this.draft = Objects.requireNonNull(draft);
		this.draftState = Objects.requireNonNull(draftState);
		this.predecessor = Objects.requireNonNull(predecessor);
		this.fates = new LinkedHashMap<>();
		fates.forEach(f -> this.fates.put(f.activity(), f));
		this.draftActivities = new java.util.HashSet<>(draftActivities);
	}

	/** The activity continues with a new text or other committees (its copy in the draft is being revised). */
	Fate change(ActivityId activity) {
		Fate fate = carried(activity);
		return choose(new Fate(activity, Disposition.CHANGED, null, fate.successor()));
	}

	/** The activity ends with the next plan; the reason is required and is shown wherever its fate is. */
	Fate end(ActivityId activity, @Nullable String reason) {
		Fate fate = current(activity);
		if (reason == null || reason.isBlank()) {
			throw Refusal.on("reason", "plan.succession.end.reasonRequired");
		}
		requireNotATarget(fate);
		return choose(new Fate(activity, Disposition.ENDED, reason.strip(), null));
	}

	/**
	 * The activity's work continues in {@code target}, which must be an activity of this draft (not of the previous
	 * plan or any other, and not the activity's own copy).
	 */
	Fate merge(ActivityId activity, ActivityId target, ActionPlanId targetPlan, @Nullable String reason) {
		Fate fate = current(activity);
		if (!targetPlan.equals(draft) || !draftActivities.contains(target)) {
			throw Refusal.on("target", "plan.succession.merge.otherPlan");
		}
		if (target.equals(fate.successor()) && fate.carried()) {
			throw Refusal.on("target", "plan.succession.merge.self");
		}
		requireNotATarget(fate);
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		return choose(new Fate(activity, Disposition.MERGED, why, target));
	}

	/** An ended or merged activity is carried over after all, as the given new copy in the draft. */
	Fate restore(ActivityId activity, ActivityId copy) {
		Fate fate = current(activity);
		if (fate.carried()) {
			throw Refusal.of("plan.succession.restore.carried");
		}
		draftActivities.add(copy);
		return choose(new Fate(activity, Disposition.CONTINUED, null, copy));
	}

	/** The copy in the draft that an end or merge takes out of the draft, if the activity had one. */
	@Nullable ActivityId copyOf(ActivityId activity) {
		Fate fate = fates.get(activity);
		return fate != null && fate.carried() ? fate.successor() : null;
	}

	Fate fate(ActivityId activity) {
		return current(activity);
	}

	/** The choices made since the succession was read, in order, for the repository to store. */
	List<Fate> chosen() {
		return List.copyOf(chosen);
	}

	Collection<Fate> fates() {
		return List.copyOf(fates.values());
	}

	ActionPlanId draft() {
		return draft;
	}

	ActionPlanId predecessor() {
		return predecessor;
	}

	private Fate carried(ActivityId activity) {
		Fate fate = current(activity);
		if (!fate.carried()) {
			throw Refusal.of("plan.succession.change.notCarried");
		}
		return fate;
	}

	private Fate current(ActivityId activity) {
		if (draftState != PlanState.DRAFT) {
			throw Refusal.of("plan.succession.notDraft");
		}
		Fate fate = fates.get(activity);
		if (fate == null) {
			throw Refusal.of("plan.succession.unknownActivity");
		}
		return fate;
	}

	/** A copy that other activities were merged into cannot leave the draft without taking them along unseen. */
	private void requireNotATarget(Fate fate) {
		if (!fate.carried()) {
			return;
		}
		boolean target = fates.values()
			.stream()
			.anyMatch(f -> f.disposition() == Disposition.MERGED && fate.successor().equals(f.successor()));
		if (target) {
			throw Refusal.of("plan.succession.mergeTarget");
		}
	}

	private Fate choose(Fate fate) {
		Fate before = fates.put(fate.activity(), fate);
		if (before != null && before.carried() && !fate.carried()) {
			draftActivities.remove(before.successor());
		}
		chosen.add(fate);
		return fate;
	}

}
