package se.trygghet.identity;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghet.system.Refusal;

/** An issued API token as stored: never the secret itself, only what recognises and governs it. */
record ApiToken(UUID id, String name, String organisation, String prefix, String createdBy, Instant createdAt,
		@Nullable Instant expiresAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt,
		@Nullable String revokedBy, @Nullable String revokedReason) {

	boolean revoked() {
		return revokedAt != null;
	}

	boolean expiredAt(Instant now) {
		return expiresAt != null && !now.isBefore(expiresAt);
	}

	/** Whether a call made now with this token is let in. */
	boolean usableAt(Instant now) {
		return !revoked() && !expiredAt(now);
	}

	/** Revokes for good; a token revoked once cannot be revoked again (its first reason stands). */
	ApiToken revoke(String reason, String by, Instant at) {
		if (revoked()) {
			throw Refusal.of("apiToken.alreadyRevoked");
		}
		if (reason.isBlank()) {
			throw Refusal.on("reason", "apiToken.reason.missing");
		}
		return new ApiToken(id, name, organisation, prefix, createdBy, createdAt, expiresAt, lastUsedAt, at, by,
				reason.strip());
	}

	ApiClient client() {
		return new ApiClient(id, name, organisation);
	}

}
