package se.trygghet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;

@PlatformIntegrationTest
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcClient jdbc;

	User newUser(String username) {
		User user = User.local(username, "Test " + username, null, encoder.encode("rätt-lösenord-123"),
				Set.of(Role.VIEWER), Set.of());
		users.add(user);
		return user;
	}

	@Test
	void signsInWithTheRightPasswordAndStoresTheSessionInPostgres() throws Exception {
		newUser("lasare-ok");
		mvc.perform(formLogin().user("lasare-ok").password("rätt-lösenord-123")).andExpect(authenticated());
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'lasare-ok'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void locksTheAccountAfterFiveWrongPasswordsEvenForTheRightOne() throws Exception {
		User user = newUser("gissad");
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin().user("gissad").password("fel-" + i)).andExpect(unauthenticated());
		}
		mvc.perform(formLogin().user("gissad").password("rätt-lösenord-123")).andExpect(unauthenticated());
		assertThat(users.byId(user.id()).orElseThrow().lockedUntil()).isNotNull();
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'identity.user.locked' and actor = 'gissad'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void storesPasswordsAsArgon2Hashes() {
		User user = newUser("hashad");
		assertThat(users.byId(user.id()).orElseThrow().passwordHash()).startsWith("{argon2}")
			.doesNotContain("rätt-lösenord-123");
	}

	@Test
	void refusesADisabledAccount() throws Exception {
		User user = newUser("avstangd");
		user.update(user.displayName(), null, false, user.roles(), Set.of());
		users.save(user);
		mvc.perform(formLogin().user("avstangd").password("rätt-lösenord-123")).andExpect(unauthenticated());
	}

	@Test
	void mapsIdentityProviderGroupsToRoles() {
		PlatformOidcUserService.OidcRoleMapping mapping = new PlatformOidcUserService.OidcRoleMapping("groups",
				java.util.Map.of("trygghet-samordnare", Role.COORDINATOR, "trygghet-las", Role.VIEWER));
		assertThat(mapping.rolesFor(java.util.List.of("trygghet-samordnare", "annan-grupp")))
			.containsExactly(Role.COORDINATOR);
		assertThat(mapping.rolesFor(java.util.List.of("annan-grupp"))).isEmpty();
	}

}
