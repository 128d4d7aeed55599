package se.trygghet.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghet.system.NotFoundException;
import se.trygghet.system.Refusal;

/**
 * Admins issue and revoke API tokens for partner systems. A token is {@code tp_} and 32 random bytes in base64url;
 * it is returned once and only its SHA-256 hash is stored (a fast hash suffices: the secret has 256 bits of
 * entropy, so there is nothing to guess, unlike a password).
 */
@Service
class ApiTokenManagement {

	static final String PREFIX = "tp_";

	/** How much of a token is kept in clear to recognise it: the prefix and the first eight characters. */
	static final int SHOWN = PREFIX.length() + 8;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokens tokens;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ApiTokenManagement(ApiTokens tokens, CurrentUsers currentUsers, ApplicationEventPublisher events, Clock clock) {
		this.tokens = tokens;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	/** A token just issued: the secret, to be shown once and then forgotten. */
	public record Issued(UUID id, String secret) {
	}

	/**
	 * Issues a token valid until the end of {@code expiresOn} (the municipality's time), or until revoked when no date is given.
	 * Refuses a blank or taken name, a blank organisation and a date in the past, each a {@link Refusal} on its
	 * field.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	Issued issue(String name, String organisation, @Nullable LocalDate expiresOn) {
		if (name.isBlank() || name.strip().length() > 100) {
			throw Refusal.on("name", "apiToken.name.invalid");
		}
		if (organisation.isBlank() || organisation.strip().length() > 200) {
			throw Refusal.on("organisation", "apiToken.organisation.invalid");
		}
		if (expiresOn != null && expiresOn.isBefore(LocalDate.now(clock))) {
			throw Refusal.on("expiresOn", "apiToken.expiresOn.past");
		}
		if (tokens.nameTaken(name)) {
			throw Refusal.on("name", "apiToken.name.taken");
		}
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Instant expiresAt = expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
		ApiToken token = new ApiToken(UUID.randomUUID(), name.strip(), organisation.strip(), secret.substring(0, SHOWN),
				currentUsers.actorName(), clock.instant(), expiresAt, null, null, null, null);
		tokens.add(token, hash(secret));
		events.publishEvent(new ApiTokenEvents.ApiTokenIssued(token.id(), token.name(), token.organisation(),
				token.prefix(), expiresOn == null ? "" : expiresOn.toString()));
		return new Issued(token.id(), secret);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	void revoke(UUID id, String reason) {
		ApiToken token = tokens.byId(id).orElseThrow(() -> new NotFoundException("API-nyckeln"));
		ApiToken revoked = token.revoke(reason, currentUsers.actorName(), clock.instant());
		tokens.saveRevocation(revoked);
		events.publishEvent(new ApiTokenEvents.ApiTokenRevoked(id, token.name(), revoked.revokedReason()));
	}

	static byte[] hash(String secret) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
