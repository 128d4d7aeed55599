package se.trygghet.residentreport;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Spam protection without a third party: at most {@code app.residentreport.rate-limit} accepted submissions (reports
 * and "same problem") per client within a sliding {@code app.residentreport.rate-window}. The count lives in
 * PostgreSQL because nodes keep nothing of their own, and a client is known only by a keyed hash of its address (the
 * key is generated in the database, so the hash cannot be reversed by trying every IPv4 address).
 */
@Component
class RateLimit {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int limit;

	private final Duration window;

	private volatile byte[] key;

	RateLimit(JdbcClient jdbc, Clock clock, @Value("${app.residentreport.rate-limit:5}") int limit,
			@Value("${app.residentreport.rate-window:PT10M}") Duration window) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.limit = limit;
		this.window = window;
	}

	int limit() {
		return limit;
	}

	long windowMinutes() {
		return window.toMinutes();
	}

	String client(String address) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private byte[] key() {
		byte[] cached = key;
		if (cached == null) {
			cached = jdbc.sql("select salt from resident_secret limit 1").query(String.class).single()
				.getBytes(StandardCharsets.UTF_8);
			key = cached;
		}
		return cached;
	}

	/** Whether this client may submit once more now. */
	boolean allows(String client) {
		return jdbc.sql("select count(*) from resident_submission where client_hash = :c and at > :since")
			.param("c", client)
			.param("since", Timestamp.from(clock.instant().minus(window)))
			.query(Long.class)
			.single() < limit;
	}

	void record(String client) {
		jdbc.sql("insert into resident_submission (client_hash, at) values (:c, :at)")
			.param("c", client)
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

	/** Forgets submissions older than the window (the nightly job). */
	int forgetOld() {
		return jdbc.sql("delete from resident_submission where at < :before")
			.param("before", Timestamp.from(clock.instant().minus(window)))
			.update();
	}

}
