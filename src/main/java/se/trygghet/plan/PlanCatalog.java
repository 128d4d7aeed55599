package se.trygghet.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What other modules may read of a plan: its activities with their committees and lead, as they stand now. Modules
 * that follow the plan up keep their own copy of what they need, since the plan may change after they read it.
 */
public interface PlanCatalog {

	Optional<PlanOutline> outline(ActionPlanId plan);

	/** Every plan, newest period first. */
	List<PlanRef> plans();

	record PlanRef(ActionPlanId id, String key, String name, int periodFrom, int periodTo, PlanState state) {
	}

	record PlanOutline(ActionPlanId id, String key, String name, String municipality, PlanState state,
			int periodFrom, int periodTo, List<FocusAreaOutline> focusAreas, List<ActivityOutline> activities,
			List<CommitteeOutline> committees) {

		public PlanOutline {
			focusAreas = List.copyOf(focusAreas);
			activities = List.copyOf(activities);
			committees = List.copyOf(committees);
		}

		public Optional<CommitteeOutline> committee(CommitteeId id) {
			return committees.stream().filter(c -> c.id().equals(id)).findFirst();
		}

		public Optional<FocusAreaOutline> focusArea(int number) {
			return focusAreas.stream().filter(f -> f.number() == number).findFirst();
		}

	}

	record CommitteeOutline(CommitteeId id, String name, @Nullable String shortName) {
	}

	/** A focus area with its goals and indicator definitions (the measured values live elsewhere). */
	record FocusAreaOutline(int number, String title, @Nullable String description, List<String> goals,
			List<IndicatorOutline> indicators) {

		public FocusAreaOutline {
			goals = List.copyOf(goals);
			indicators = List.copyOf(indicators);
		}

	}

	/** An indicator as the plan defines it; {@code definition} is the plan's own text of what is measured. */
	record IndicatorOutline(IndicatorId id, String name, String unit, Direction direction, String source,
			@Nullable String koladaKpi, @Nullable String definition, List<StatedFigure> statedFigures) {

		public IndicatorOutline {
			statedFigures = List.copyOf(statedFigures);
		}

	}

	/** A figure the plan document itself states for an indicator. */
	record StatedFigure(String description, String period, BigDecimal value, String unit) {
	}

	record ActivityOutline(ActivityId id, ActivityNumber number, String focusAreaTitle, String text,
			List<CommitteeId> committees, CommitteeId lead) {

		public ActivityOutline {
			committees = List.copyOf(committees);
		}

		public List<CommitteeId> coResponsible() {
			return committees.stream().filter(c -> !c.equals(lead)).toList();
		}

	}

}
