package se.trygghet.followup;

import org.jspecify.annotations.Nullable;

/** Where an activity stands, on the fixed scheme of the follow-up. A delay or a non-completion must be explained. */
public enum ActivityStatus {

	EJ_PABORJAD, PAGAENDE, GENOMFORD, FORSENAD, EJ_GENOMFORD, AVSLUTAD_ERSATT;

	public boolean requiresReason() {
		return this == FORSENAD || this == EJ_GENOMFORD;
	}

	/**
	 * The reason as a report keeps it: a reason belongs to a status that calls for one, so a delay's reason is dropped
	 * when the activity is reported as going on after all. Without a status yet (a draft), the text is kept.
	 */
	static @Nullable String reasonKept(@Nullable ActivityStatus status, @Nullable String reason) {
		return status == null || status.requiresReason() ? reason : null;
	}

}
