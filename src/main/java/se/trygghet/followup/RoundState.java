package se.trygghet.followup;

/** A round is prepared, opened for reporting, closed for review and compilation, and finally published. */
public enum RoundState {

	DRAFT, OPEN, CLOSED, PUBLISHED

}
