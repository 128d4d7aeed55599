package se.trygghet.residentreport;

import org.jspecify.annotations.Nullable;

/**
 * A report as a resident or a partner app gives it, before it is checked: what, where (WGS84, as a map or a phone
 * gives it), a description and, if the resident wants updates, an e-mail address that is never shown.
 */
record NewResidentReport(@Nullable String category, @Nullable Double latitude, @Nullable Double longitude,
		@Nullable String description, @Nullable String email) {
}
