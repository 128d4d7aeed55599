package se.trygghet.identity;

import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A production start with no administrator creates one from configuration
 * ({@code app.initial-admin.username} and {@code app.initial-admin.password}, e.g. from environment variables). There
 * is no default password: without that configuration the platform starts, warns, and lets nobody administer it.
 */
@Component
class InitialAdmin {

	private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

	private final Users users;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	private final String username;

	private final String password;

	InitialAdmin(Users users, PasswordEncoder encoder, AuditLog audit,
			@Value("${app.initial-admin.username:}") String username,
			@Value("${app.initial-admin.password:}") String password) {
		this.users = users;
		this.encoder = encoder;
		this.audit = audit;
		this.username = username;
		this.password = password;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	@Transactional
	void createIfMissing() {
		if (users.anyAdmin()) {
			return;
		}
		if (username.isBlank() || password.isBlank()) {
			log.warn("No administrator exists. Set APP_INITIAL_ADMIN_USERNAME and APP_INITIAL_ADMIN_PASSWORD "
					+ "(at least 12 characters) and restart to create one.");
			return;
		}
		if (password.length() < 12) {
			log.error("APP_INITIAL_ADMIN_PASSWORD must have at least 12 characters; no administrator was created.");
			return;
		}
		User admin = User.local(username, "Administratör", null, encoder.encode(password), Set.of(Role.ADMIN),
				Set.of());
		users.add(admin);
		audit.record(CurrentUsers.SYSTEM, "identity.user.created", "User", admin.id().toString(),
				"Första administratören skapades från konfigurationen", Map.of("username", username));
		log.info("Created the initial administrator '{}'", username);
	}

}
