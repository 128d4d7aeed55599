package se.trygghet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.trygghet.system.Refusal;

/** The rules of one API token, without Spring. */
class ApiTokenTests {

	static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

	static ApiToken token(Instant expiresAt) {
		return new ApiToken(UUID.randomUUID(), "Mimer", "Bostads AB Mimer", "tp_abcdefgh", "admin",
				NOW.minusSeconds(3600), expiresAt, null, null, null, null);
	}

	@Test
	void letsATokenInUntilItsExpiryAndNotFromThatMomentOn() {
		ApiToken token = token(NOW.plusSeconds(60));
		assertThat(token.usableAt(NOW)).isTrue();
		assertThat(token.usableAt(NOW.plusSeconds(60))).isFalse();
		assertThat(token(null).usableAt(NOW.plusSeconds(100_000_000))).isTrue();
	}

	@Test
	void revokesOnceWithAReasonAndRefusesASecondRevocation() {
		ApiToken revoked = token(null).revoke("  Avtalet upphörde ", "admin", NOW);
		assertThat(revoked.usableAt(NOW)).isFalse();
		assertThat(revoked.revokedReason()).isEqualTo("Avtalet upphörde");
		assertThatThrownBy(() -> revoked.revoke("igen", "admin", NOW)).isInstanceOfSatisfying(Refusal.class,
				ex -> assertThat(ex.code()).isEqualTo("apiToken.alreadyRevoked"));
		assertThatThrownBy(() -> token(null).revoke(" ", "admin", NOW)).isInstanceOfSatisfying(Refusal.class,
				ex -> assertThat(ex.code()).isEqualTo("apiToken.reason.missing"));
	}

	@Test
	void namesTheTokensPrincipalApiAndItsNameWithNoRole() {
		CurrentUser user = new ApiTokenAuthentication.ApiTokenPrincipal(token(null).client()).currentUser();
		assertThat(user.username()).isEqualTo("api:Mimer");
		assertThat(user.roles()).isEmpty();
	}

}
