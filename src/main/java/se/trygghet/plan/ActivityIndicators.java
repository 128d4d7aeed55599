package se.trygghet.plan;

import java.util.List;

/**
 * Which of the plan's indicators an activity aims to move, both ways: an activity's indicators and an indicator's
 * activities. An activity aims at the indicators of its focus area, at those it names itself, and at those work
 * elsewhere links to it ({@link ActivityIndicatorLinks}, e.g. the follow-up reports' links); each {@link Aim} says
 * which of these it rests on.
 */
public interface ActivityIndicators {

	/** The activity's indicators: its focus area's in the plan's order, then the others it names or is linked to. */
	List<Aim> ofActivity(ActivityId activity);

	/** The activities of the indicator's plan that aim at it, in the plan's order. */
	List<Aim> atIndicator(IndicatorId indicator);

	/**
	 * One activity aiming at one indicator, and why: the indicator is in the activity's focus area, the activity names
	 * it, and/or the links of other work ({@code linkedBy}, each in the request's language).
	 */
	record Aim(ActivityId activity, String planKey, ActivityNumber number, String activityText, IndicatorId indicator,
			String indicatorName, int indicatorFocusArea, boolean inFocusArea, boolean named, List<String> linkedBy) {

		public Aim {
			linkedBy = List.copyOf(linkedBy);
		}

		public String activityHref() {
			return "/plans/" + planKey + "/activities/" + number;
		}

		public String indicatorHref() {
			return "/indicators/" + indicator;
		}

	}

}
