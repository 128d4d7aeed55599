package se.trygghet.plan;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How plans follow each other, for other modules: which plan a draft or adopted plan was drawn from, where each
 * activity of a plan came from, what became of each activity of a previous plan, and which measurement series an
 * indicator belongs to. Read as the plans stand now; a draft's dispositions may still change until it is adopted.
 */
public interface PlanLineage {

	/** The plan the given plan was drawn from, if it was drawn from one. */
	Optional<ActionPlanId> predecessorOf(ActionPlanId plan);

	/** The plan drawn from the given plan (a draft or adopted), if there is one. */
	Optional<ActionPlanId> successorOf(ActionPlanId plan);

	/** The activity of the previous plan that the given activity was carried over from; empty for a new one. */
	Optional<ActivityOrigin> originOf(ActivityId activity);

	/**
	 * What became of each activity of {@code previousPlan} in its successor, in the previous plan's order; empty when
	 * no plan has been drawn from it.
	 */
	List<ActivityFate> fatesOf(ActionPlanId previousPlan);

	/**
	 * The series an indicator's measurements are stored and read under: the first indicator of its lineage. An
	 * indicator carried over into the next plan has the series of the one it came from; a new one is its own.
	 * Unknown ids are their own series.
	 */
	IndicatorId seriesOf(IndicatorId indicator);

	/** {@link #seriesOf(IndicatorId)} of several indicators in one read; every given id is a key. */
	Map<IndicatorId, IndicatorId> seriesOf(Collection<IndicatorId> indicators);

	/** An activity of a previous plan, as its plan numbered it ("tidigare 2.3 i Handlingsplan 2021–2023"). */
	record ActivityOrigin(ActivityId activity, ActionPlanId plan, String planName, ActivityNumber number) {
	}

	/**
	 * One activity of a previous plan and its fate in the successor plan. {@code successor} is the activity it
	 * continues as (its copy, for {@link Disposition#CONTINUED} and {@link Disposition#CHANGED}) or was merged into
	 * ({@link Disposition#MERGED}); null when it {@link Disposition#ENDED}, which always has a {@code reason}.
	 */
	record ActivityFate(ActivityId activity, ActivityNumber number, String text, ActionPlanId successorPlan,
			Disposition disposition, @Nullable String reason, @Nullable ActivityId successor,
			@Nullable ActivityNumber successorNumber, @Nullable String successorText) {
	}

}
