package se.trygghet.consultation;

/**
 * A committee's position on one activity of the draft. Any position but agreeing needs a text saying why or what.
 */
public enum Position {

	/** Tillstyrker. */
	AGREES,
	/** Vill ha ändringar. */
	WANTS_CHANGES,
	/** Kan inte ta ledaransvar. */
	CANNOT_LEAD,
	/** Kan inte medverka. */
	CANNOT_TAKE_PART,
	/** Övrigt. */
	OTHER;

	boolean needsText() {
		return this != AGREES;
	}

}
