package se.trygghet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import se.trygghet.PlatformIntegrationTest;

/** A production start with no administrator: one is created only from configuration, never with a default. */
@PlatformIntegrationTest
@Transactional
class InitialAdminTests {

	@Autowired
	Users users;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	void withoutAnyAdmin() {
		jdbc.sql("delete from app_user_role where role = 'ADMIN'").update();
		assertThat(users.anyAdmin()).isFalse();
	}

	@Test
	void createsTheConfiguredAdministratorWhenNoneExists() {
		withoutAnyAdmin();
		new InitialAdmin(users, encoder, audit, "forsta-admin", "ett-langt-losenord").createIfMissing();
		User admin = users.byUsername("forsta-admin").orElseThrow();
		assertThat(admin.roles()).containsExactly(Role.ADMIN);
		assertThat(encoder.matches("ett-langt-losenord", admin.passwordHash())).isTrue();
	}

	@Test
	void createsNoAdministratorWithoutConfigurationOrWithAShortPassword() {
		withoutAnyAdmin();
		new InitialAdmin(users, encoder, audit, "", "").createIfMissing();
		new InitialAdmin(users, encoder, audit, "kort-admin", "kort").createIfMissing();
		assertThat(users.anyAdmin()).isFalse();
		assertThat(users.byUsername("kort-admin")).isEmpty();
	}

	@Test
	void leavesAnExistingAdministratorAlone() {
		long before = users.count();
		new InitialAdmin(users, encoder, audit, "extra-admin", "ett-langt-losenord").createIfMissing();
		assertThat(users.count()).isEqualTo(before);
	}

}
