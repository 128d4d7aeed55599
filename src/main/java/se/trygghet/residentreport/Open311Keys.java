package se.trygghet.residentreport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.system.Refusal;

/**
 * The API keys of partner apps that post reports over Open311. A key is shown once when made and stored only as its
 * SHA-256 hash: it is 32 random bytes, so a plain hash is enough (there is nothing to guess).
 */
@Service
class Open311Keys {

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Open311Keys(JdbcClient jdbc, CurrentUsers currentUsers, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	public record Client(UUID id, String name, Instant createdAt, String createdBy, @Nullable Instant revokedAt) {
	}

	List<Client> clients() {
		return jdbc.sql("select id, name, created_at, created_by, revoked_at from open311_client order by name")
			.query((rs, n) -> new Client(rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3).toInstant(),
					rs.getString(4), rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
			.list();
	}

	/** Makes a key for a partner app; returns the key, which is never shown again. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	String create(@Nullable String name) {
		if (name == null || name.isBlank() || name.length() > 200) {
			throw Refusal.on("name", "open311.key.name.invalid");
		}
		String key = ResidentReporting.newToken();
		UUID id = UUID.randomUUID();
		try {
			jdbc.sql("""
					insert into open311_client (id, name, key_hash, created_at, created_by)
					values (:id, :name, :hash, :at, :by)
					""")
				.param("id", id)
				.param("name", name.strip())
				.param("hash", hash(key))
				.param("at", Timestamp.from(clock.instant()))
				.param("by", currentUsers.actorName())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw Refusal.on("name", "open311.key.name.taken");
		}
		events.publishEvent(new ResidentReportEvents.Open311KeyChanged(id, name.strip(), false));
		return key;
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	void revoke(UUID id) {
		jdbc.sql("update open311_client set revoked_at = :at where id = :id and revoked_at is null returning name")
			.param("at", Timestamp.from(clock.instant()))
			.param("id", id)
			.query(String.class)
			.optional()
			.ifPresent(name -> events.publishEvent(new ResidentReportEvents.Open311KeyChanged(id, name, true)));
	}

	/** The partner app a key belongs to, if the key is valid and not revoked. */
	Optional<String> client(@Nullable String key) {
		if (key == null || key.isBlank() || key.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("select name from open311_client where key_hash = :h and revoked_at is null")
			.param("h", hash(key.strip()))
			.query(String.class)
			.optional();
	}

	static String hash(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
