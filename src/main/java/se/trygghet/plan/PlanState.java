package se.trygghet.plan;

/** A plan is drafted, adopted by the responsible body, and archived when its period is over. */
public enum PlanState {

	DRAFT, ADOPTED, ARCHIVED

}
