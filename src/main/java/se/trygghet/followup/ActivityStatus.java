package se.trygghet.followup;

/** Where an activity stands, on the fixed scheme of the follow-up. A delay or a non-completion must be explained. */
public enum ActivityStatus {

	EJ_PABORJAD, PAGAENDE, GENOMFORD, FORSENAD, EJ_GENOMFORD, AVSLUTAD_ERSATT;

	public boolean requiresReason() {
		return this == FORSENAD || this == EJ_GENOMFORD;
	}

}
