package se.trygghet.system;

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

}
