package se.trygghet.intervention;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.trygghet.area.AreaId;
import se.trygghet.plan.ActivityId;

/**
 * What the drafting of a next plan weighs from this module, read in bulk: the interventions that carried out each
 * activity with their newest evaluation in the words and figures of the evaluation's own page, and every problem with
 * the activities its interventions are tied to.
 */
public interface InterventionEvidence {

	/** The interventions of every given activity (each a key), by start; each with its newest evaluation, if any. */
	Map<ActivityId, List<EvaluatedIntervention>> forActivities(Collection<ActivityId> activities, Locale locale);

	/** Every problem with where and what it concerns, and the activities its interventions are tied to. */
	List<ProblemActivities> problems();

	/** An intervention with how many times it was evaluated and the newest evaluation. */
	record EvaluatedIntervention(InterventionId id, String title, InterventionStatus status, Visibility visibility,
			boolean demo, int evaluations, @Nullable Evaluation latest) {
	}

	/**
	 * An evaluation's periods and headline: the verdict in words and the primary measure with its 95 % interval, as the
	 * intervention's page states them.
	 */
	record Evaluation(LocalDate beforeFrom, LocalDate beforeTo, LocalDate afterFrom, LocalDate afterTo, String verdict,
			String primaryLabel, String primaryValue, String primaryInterval, boolean demo) {
	}

	/** A problem, its area and incident categories, and the activities (of any plan) its interventions carry out. */
	record ProblemActivities(ProblemId id, String title, @Nullable AreaId area, List<String> categories,
			Set<ActivityId> activities) {

		public ProblemActivities {
			categories = List.copyOf(categories);
			activities = Set.copyOf(activities);
		}

	}

}
