package se.trygghet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTests {

	@Test
	void letsImagesComeFromAConfiguredTileServerButNothingElse() {
		assertThat(SecurityConfig.tileOrigin("https://karta.vasteras.se/tiles/{z}/{x}/{y}.png"))
			.isEqualTo(" https://karta.vasteras.se");
		assertThat(SecurityConfig.tileOrigin("https://tiles.example:8443/{z}/{x}/{y}.png"))
			.isEqualTo(" https://tiles.example:8443");
		// the default is already in the policy, and plain http or a malformed value adds nothing
		assertThat(SecurityConfig.tileOrigin("https://tile.openstreetmap.org/{z}/{x}/{y}.png")).isEmpty();
		assertThat(SecurityConfig.tileOrigin("http://insecure.example/{z}/{x}/{y}.png")).isEmpty();
		assertThat(SecurityConfig.tileOrigin("https://evil.example; script-src *")).isEmpty();
	}

}
