package se.trygghet.incident;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An incident as someone reports it, before it is checked: where, when, what and who reports. The place is given
 * either in WGS84 ({@code latitude}, {@code longitude}, as a map or a phone gives it) or in SWEREF 99 TM ({@code east},
 * {@code north} in metres, as the municipality's and the police's systems give it), never both; the system it is given
 * in is kept exactly and the other derived, so a point on a grid line stays on it. The check is
 * {@link IncidentReporting}'s, so every entry path refuses the same things.
 */
public record NewIncident(@Nullable String category, @Nullable Instant occurredAt, @Nullable Double latitude,
		@Nullable Double longitude, @Nullable Double east, @Nullable Double north, @Nullable String organisation,
		@Nullable String reporterRole, @Nullable Integer severity, @Nullable String description) {

	/** An incident placed in WGS84. */
	public NewIncident(@Nullable String category, @Nullable Instant occurredAt, @Nullable Double latitude,
			@Nullable Double longitude, @Nullable String organisation, @Nullable String reporterRole,
			@Nullable Integer severity, @Nullable String description) {
		this(category, occurredAt, latitude, longitude, null, null, organisation, reporterRole, severity, description);
	}

	/** An incident placed in SWEREF 99 TM. */
	public static NewIncident atSweref99(@Nullable String category, @Nullable Instant occurredAt, @Nullable Double east,
			@Nullable Double north, @Nullable String organisation, @Nullable String reporterRole,
			@Nullable Integer severity, @Nullable String description) {
		return new NewIncident(category, occurredAt, null, null, east, north, organisation, reporterRole, severity,
				description);
	}

	/** Whether the place is given in SWEREF 99 TM (either coordinate of it). */
	boolean givenInSweref99() {
		return east != null || north != null;
	}

}
