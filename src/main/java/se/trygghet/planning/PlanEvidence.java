package se.trygghet.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import se.trygghet.followup.ActivityStatusHistory.RoundStatus;
import se.trygghet.followup.PublishedRounds.PublishedRound;
import se.trygghet.indicator.IndicatorCatalog.IndicatorSummary;
import se.trygghet.intervention.InterventionEvidence.EvaluatedIntervention;
import se.trygghet.intervention.InterventionEvidence.ProblemActivities;
import se.trygghet.plan.ActivityId;
import se.trygghet.plan.Disposition;
import se.trygghet.plan.PlanCatalog.ActivityOutline;
import se.trygghet.plan.PlanCatalog.PlanOutline;
import se.trygghet.plan.PlanCatalog.PlanRef;
import se.trygghet.plan.PlanLineage.ActivityFate;
import se.trygghet.situation.JointPictureCatalog.JointPicture;
import se.trygghet.situation.JointPictureCatalog.PrioritisedProblem;

/**
 * The evidence beside a draft plan, as one value: per focus area its indicators and activities, each activity with
 * the activities of the previous plan it carries on (with what the draft chose for them, their reports round by round
 * and their interventions), the activities the draft ends, and the latest joint lägesbild's prioritised problems with
 * the draft's activities decided to address them and those the chain suggests. Built from what each source gave in
 * one bulk read (see {@code EvidenceReadModel}); the rules of what addresses what are here, so they can be tested
 * without a database. {@code activities} are the draft's activities in order, to choose among.
 */
record PlanEvidence(PlanRef plan, @Nullable PlanRef predecessor, @Nullable Integer focusAreaShown,
		List<FocusAreaEvidence> focusAreas, List<Origin> ended, @Nullable JointPicture picture,
		@Nullable LocalDate pictureDecidedOn, List<ProblemCoverage> problems, @Nullable PublishedRound latestRound,
		PlanIntroductions.Introduction introduction, boolean mayWriteIntroduction, List<ActivityOutline> activities) {

	/** Dispositions under which an activity's work goes on in the draft. */
	static final Set<Disposition> CARRIED = EnumSet.of(Disposition.CONTINUED, Disposition.CHANGED, Disposition.MERGED);

	PlanEvidence {
		focusAreas = List.copyOf(focusAreas);
		ended = List.copyOf(ended);
		problems = List.copyOf(problems);
		activities = List.copyOf(activities);
	}

	/** Those who write the draft's introduction decide which activities address the lägesbild's problems. */
	public boolean mayLink() {
		return mayWriteIntroduction;
	}

	/** The problems of the lägesbild that no activity of the draft addresses. */
	public List<ProblemCoverage> gaps() {
		return problems.stream().filter(ProblemCoverage::gap).toList();
	}

	public record FocusAreaEvidence(int number, String title, List<IndicatorLine> indicators,
			List<ActivityEvidence> activities) {
	}

	/** An indicator with its latest value in the words of the indicator pages ({@code latest} null: no value). */
	public record IndicatorLine(IndicatorSummary indicator, @Nullable String latest) {
	}

	/**
	 * An activity of the draft: where it came from (none for a new one) and the interventions tied to the draft's
	 * activity itself. {@code anchor} is its fragment on the page.
	 */
	public record ActivityEvidence(ActivityOutline activity, String anchor, List<Origin> origins,
			List<EvaluatedIntervention> interventions) {

		public boolean isNew() {
			return origins.isEmpty();
		}

	}

	/** An activity of the previous plan, what the draft chose for it, its reports per round and its interventions. */
	public record Origin(ActivityFate fate, List<RoundStatus> rounds, List<EvaluatedIntervention> interventions) {
	}

	/**
	 * A prioritised problem with the activities of the draft the coordinator decided address it, and those the chain
	 * suggests (not decided) with the problems of the intervention module they were found through. A gap when no
	 * activity is decided to address it, whatever is suggested.
	 */
	public record ProblemCoverage(PrioritisedProblem problem, List<ActivityOutline> addressedBy,
			List<ActivityOutline> suggested, List<String> through) {

		public boolean gap() {
			return addressedBy.isEmpty();
		}

	}

	/** Anchor of an activity on the page ("a-2-3"). */
	public static String anchor(ActivityOutline activity) {
		return "a-" + activity.number().toString().replace('.', '-');
	}

	/**
	 * Each prioritised problem with the draft's activities decided to address it ({@code decided}: problem id → the
	 * activities the coordinator linked to it; one no longer in the draft is left out) and those the chain suggests. A
	 * problem of the intervention module takes up a prioritised problem when it has the same title, or, when the
	 * prioritised problem names an area or categories, when it lies in that area and shares one of those categories
	 * (what "Skapa problem" on the lägesbild carries over). Its interventions' activities are suggested: an activity of
	 * the draft itself, or one of the previous plan through its successor in the draft, unless the draft ends it.
	 */
	static List<ProblemCoverage> coverage(List<PrioritisedProblem> prioritised, Map<UUID, Set<ActivityId>> decided,
			List<ProblemActivities> problems, List<ActivityOutline> draft, Collection<ActivityFate> fates) {
		Map<ActivityId, ActivityOutline> inDraft = new LinkedHashMap<>();
		draft.forEach(a -> inDraft.put(a.id(), a));
		Map<ActivityId, ActivityId> successors = new LinkedHashMap<>();
		fates.stream()
			.filter(f -> CARRIED.contains(f.disposition()) && f.successor() != null)
			.forEach(f -> successors.put(f.activity(), f.successor()));
		List<ProblemCoverage> coverage = new ArrayList<>();
		for (PrioritisedProblem p : prioritised) {
			Set<ActivityId> linked = decided.getOrDefault(p.id(), Set.of());
			Set<ActivityId> chain = new LinkedHashSet<>();
			List<String> through = new ArrayList<>();
			for (ProblemActivities candidate : problems) {
				if (!takesUp(candidate, p)) {
					continue;
				}
				through.add(candidate.title());
				for (ActivityId activity : candidate.activities()) {
					Optional.ofNullable(inDraft.containsKey(activity) ? activity : successors.get(activity))
						.filter(inDraft::containsKey)
						.ifPresent(chain::add);
				}
			}
			chain.removeAll(linked);
			coverage.add(new ProblemCoverage(p, draft.stream().filter(a -> linked.contains(a.id())).toList(),
					draft.stream().filter(a -> chain.contains(a.id())).toList(), chain.isEmpty() ? List.of() : through));
		}
		return coverage;
	}

	static boolean takesUp(ProblemActivities problem, PrioritisedProblem prioritised) {
		if (problem.title().strip().equalsIgnoreCase(prioritised.title().strip())) {
			return true;
		}
		if (prioritised.area() == null && prioritised.categories().isEmpty()) {
			return false;
		}
		boolean sameArea = prioritised.area() == null || prioritised.area().equals(problem.area());
		Set<String> shared = new HashSet<>(prioritised.categories());
		boolean sharesCategory = prioritised.categories().isEmpty()
				|| problem.categories().stream().anyMatch(shared::contains);
		return sameArea && sharesCategory;
	}

	/** Every activity id whose evidence the page reads: the draft's and those of the previous plan. */
	static List<ActivityId> activitiesRead(PlanOutline draft, Collection<ActivityFate> fates) {
		return Stream.concat(draft.activities().stream().map(ActivityOutline::id), fates.stream().map(ActivityFate::activity))
			.distinct()
			.toList();
	}

}
