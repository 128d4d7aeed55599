package se.trygghet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghet.PlatformIntegrationTest;

/** The platform's clock keeps Swedish time, whatever zone the server (CI runs in UTC) is set to. */
@PlatformIntegrationTest
class MunicipalClockTests {

	@Autowired
	Clock clock;

	@Test
	void keepsTheMunicipalitysTimeZoneRatherThanTheServers() {
		assertThat(clock.getZone()).isEqualTo(ZoneId.of("Europe/Stockholm"));
	}

	@Test
	void makesTheMunicipalitysTimeZoneTheDefaultForEverythingThatFormatsATime() {
		// templates, documents and the database driver's session use the JVM's default
		assertThat(java.util.TimeZone.getDefault().toZoneId()).isEqualTo(ZoneId.of("Europe/Stockholm"));
	}

}
