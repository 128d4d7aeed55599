package se.trygghet.system;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/** Sessions in PostgreSQL, shared by every node. */
@Configuration(proxyBeanMethods = false)
class SessionConfig {

	/**
	 * Two requests of one session (two tabs, or htmx next to a page load) can both add the same attribute, such as a
	 * fresh CSRF token; the stock insert then fails with a duplicate key. An upsert lets the later write win.
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes() {
		return repository -> repository.setCreateSessionAttributeQuery("""
				INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
				VALUES (?, ?, ?)
				ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
				""");
	}

	/**
	 * Spring Session moves a session's last-access time on every request, and its stock update then rewrites the
	 * session's row, never in place since the expiry time is indexed: a row version and four index entries per page
	 * view, 0.15 ms of the database per request against 0.03 ms for this one
	 * (BENCHMARKS.md, "Warm-up, the database's CPU, and session writes"). This update takes the same values in the same
	 * order but leaves the row alone when all that moved is the access time, by less than {@code precision}: the
	 * session then expires up to that much early (one minute of an eight-hour timeout). A new session id (sign-in
	 * changes it, against session fixation), principal or timeout is always written; attributes are written by
	 * their own statements as before.
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> lastAccessWrittenOncePerPrecision(
			@Value("${app.session.last-access-precision:60s}") Duration precision) {
		if (precision.isNegative()) {
			throw new IllegalArgumentException("app.session.last-access-precision must not be negative: " + precision);
		}
		return repository -> repository.setUpdateSessionQuery("""
				UPDATE %%TABLE_NAME%% AS s
				   SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access_time,
				       MAX_INACTIVE_INTERVAL = v.max_inactive_interval, EXPIRY_TIME = v.expiry_time,
				       PRINCIPAL_NAME = v.principal_name
				  FROM (SELECT CAST(? AS CHAR(36)) AS session_id, CAST(? AS BIGINT) AS last_access_time,
				               CAST(? AS INT) AS max_inactive_interval, CAST(? AS BIGINT) AS expiry_time,
				               CAST(? AS VARCHAR(100)) AS principal_name, CAST(? AS CHAR(36)) AS primary_id) AS v
				 WHERE s.PRIMARY_ID = v.primary_id
				   AND (s.SESSION_ID <> v.session_id
				        OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive_interval
				        OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal_name
				        OR s.LAST_ACCESS_TIME NOT BETWEEN v.last_access_time - %d AND v.last_access_time)
				""".formatted(precision.toMillis()));
	}

}
