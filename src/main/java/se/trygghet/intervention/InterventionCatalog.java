package se.trygghet.intervention;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.trygghet.area.AreaId;
import se.trygghet.plan.ActivityId;

/**
 * What other modules may read of the interventions: those that carry out an activity, what is done in an area, and
 * every problem and intervention by title for pickers, with their status and visibility (a public site shows only {@link Visibility#PUBLIC} ones). {@link #revision()}
 * changes with every change in this module, for callers that keep derived results.
 */
public interface InterventionCatalog {

	List<InterventionSummary> forActivity(ActivityId activity);

	/** Interventions placed in the area itself (not in areas under it), newest start first. */
	List<InterventionSummary> inArea(AreaId area);

	long revision();

	/** Every problem, open ones first by priority: what a picker in another module offers to link. */
	List<ProblemSummary> problems();

	/** Every intervention, by title: what a picker in another module offers to link. */
	List<InterventionSummary> all();

	record ProblemSummary(ProblemId id, String title, Visibility visibility, boolean demo) {
	}

	record InterventionSummary(InterventionId id, String title, InterventionKind kind, InterventionStatus status,
			@Nullable AreaId area, @Nullable ActivityId activity, LocalDate startsOn, @Nullable LocalDate endsOn,
			Visibility visibility, boolean demo) {
	}

}
