package se.trygghet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are hashed with Argon2id by Password4j, and every hash the platform stored before, with Spring Security's
 * Bouncy Castle encoder, still verifies: nobody has to choose a new password because the library changed.
 */
class PasswordHashTests {

	private final PasswordEncoder passwords = SecurityConfig.passwords();

	/** What the Bouncy Castle encoder stored for "demo" (written by the platform before the change). */
	private static final String STORED = "{argon2}$argon2id$v=19$m=16384,t=2,p=1$mE+r1ltAPPikqVMcJZvtVw$"
			+ "wI7l1cb1Zn/D8GoCFRtTRKatpm3wcDxn/T+mauAu5FA";

	private final Argon2PasswordEncoder bouncyCastle = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

	@Test
	void verifiesAHashStoredBeforeTheChange() {
		assertThat(passwords.matches("demo", STORED)).isTrue();
		assertThat(passwords.matches("Demo", STORED)).isFalse();
	}

	@Test
	void verifiesHashesTheEarlierEncoderWritesAndWritesHashesItVerifies() {
		for (String password : new String[] { "demo", "ett-långt-lösenord-för-Västerås", "x" }) {
			assertThat(passwords.matches(password, "{argon2}" + bouncyCastle.encode(password))).as(password).isTrue();
			String written = passwords.encode(password);
			assertThat(written).startsWith("{argon2}$argon2id$v=19$m=16384,t=2,p=1$");
			assertThat(bouncyCastle.matches(password, written.substring("{argon2}".length()))).as(password).isTrue();
			assertThat(passwords.matches(password + "!", written)).isFalse();
		}
	}

	@Test
	void stillReadsBcryptHashesOfMigratedUsers() {
		String bcrypt = "{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().encode("demo");
		assertThat(passwords.matches("demo", bcrypt)).isTrue();
		assertThat(passwords.upgradeEncoding(bcrypt)).isTrue();
	}

}
