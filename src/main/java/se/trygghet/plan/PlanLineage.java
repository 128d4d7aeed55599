package se.trygghet.plan;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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

	/**
	 * What became of each indicator of {@code previousPlan} in its successor, in the previous plan's order: continued
	 * (its copy as it was), changed (its copy has another name, unit, direction, definition or series), or ended (no
	 * copy; with the reason when the draft ended it, which it always does through its verbs). Empty when no plan has
	 * been drawn from it. An indicator's measurements stay readable on the previous plan under its series, whatever
	 * its fate.
	 */
	List<ItemFate> indicatorFatesOf(ActionPlanId previousPlan);

	/** What became of each goal of {@code previousPlan} in its successor, as {@link #indicatorFatesOf}. */
	List<ItemFate> goalFatesOf(ActionPlanId previousPlan);

	/**
	 * What became of each focus area of {@code previousPlan} in its successor, as {@link #indicatorFatesOf} (changed:
	 * another title or description).
	 */
	List<ItemFate> focusAreaFatesOf(ActionPlanId previousPlan);

	/**
	 * A focus area, goal or indicator of a previous plan and its fate in the successor plan: {@link
	 * Disposition#CONTINUED}, {@link Disposition#CHANGED} or {@link Disposition#ENDED} (never merged). {@code text} is
	 * how the previous plan states it (a focus area's number and title, a goal's text, an indicator's name and unit);
	 * {@code successor} and {@code successorText} its copy in the successor, null when it ended.
	 */
	record ItemFate(UUID item, String text, ActionPlanId successorPlan, Disposition disposition,
			@Nullable String reason, @Nullable UUID successor, @Nullable String successorText) {
	}

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
