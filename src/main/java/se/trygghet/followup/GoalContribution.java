package se.trygghet.followup;

/** How the activity contributes to the focus area's goals; assessed apart from the status. */
public enum GoalContribution {

	BIDRAR, BIDRAR_DELVIS, BIDRAR_INTE, KAN_INTE_BEDOMAS

}
