package se.trygghet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** WebJar links carry the packaged version, so a year's caching ends with an upgrade. */
class WebJarsTests {

	@Test
	void putsThePackagedVersionIntoTheLink() {
		WebJars webJars = new WebJars();
		assertThat(webJars.url("htmx.org/dist/htmx.min.js")).matches("/webjars/htmx\\.org/\\d+\\.\\d+\\.\\d+/dist/htmx\\.min\\.js");
		assertThat(webJars.url("leaflet/dist/leaflet.css")).isEqualTo("/webjars/leaflet/1.9.4/dist/leaflet.css");
	}

	@Test
	void failsForAFileNoWebJarHolds() {
		WebJars webJars = new WebJars();
		assertThatThrownBy(() -> webJars.url("leaflet/dist/nothing.js")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> webJars.url("leaflet")).isInstanceOf(IllegalArgumentException.class);
	}

}
