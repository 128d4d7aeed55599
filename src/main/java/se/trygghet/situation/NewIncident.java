package se.trygghet.situation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An incident as someone reports it, before it is checked: where (WGS84, as a map or a phone gives it), when, what
 * and who reports. The check is {@link IncidentReporting}'s, so every entry path refuses the same things.
 */
record NewIncident(@Nullable String category, @Nullable Instant occurredAt, @Nullable Double latitude,
		@Nullable Double longitude, @Nullable String organisation, @Nullable String reporterRole,
		@Nullable Integer severity, @Nullable String description) {
}
