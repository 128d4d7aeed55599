package se.trygghet.indicator.kolada;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import se.trygghet.indicator.kolada.KoladaValue.Gender;

class KoladaSettingsTests {

	static KoladaSettings bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("app.indicator.kolada",
				KoladaSettings.class);
	}

	@Test
	void bindsToTheSameDefaultsAsDefaults() {
		assertThat(bind(Map.of())).isEqualTo(KoladaSettings.defaults());
		assertThat(KoladaSettings.defaults().baseUrl()).isEqualTo(URI.create("https://api.kolada.se/v3"));
	}

	@Test
	void bindsEachSettingByItsPropertyName() {
		KoladaSettings settings = bind(Map.of("app.indicator.kolada.base-url", "http://localhost:8089/v3/",
				"app.indicator.kolada.request-timeout", "5s", "app.indicator.kolada.max-attempts", "2",
				"app.indicator.kolada.page-size", "100"));

		assertThat(settings.baseUrl()).isEqualTo(URI.create("http://localhost:8089/v3"));
		assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(5));
		assertThat(settings.maxAttempts()).isEqualTo(2);
		assertThat(settings.pageSize()).isEqualTo(100);
	}

	@Test
	void refusesSettingsThatCannotWork() {
		KoladaSettings ok = KoladaSettings.defaults();
		assertThatThrownBy(() -> new KoladaSettings(URI.create("https://api.kolada.se/v3?key=1"), ok.connectTimeout(),
				ok.requestTimeout(), 4, ok.backoff(), ok.maxBackoff(), 5000, 100, ok.userAgent()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new KoladaSettings(URI.create("ftp://api.kolada.se/v3"), ok.connectTimeout(),
				ok.requestTimeout(), 4, ok.backoff(), ok.maxBackoff(), 5000, 100, ok.userAgent()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new KoladaSettings(ok.baseUrl(), ok.connectTimeout(), ok.requestTimeout(), 4,
				ok.backoff(), ok.maxBackoff(), 5001, 100, ok.userAgent()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new KoladaSettings(ok.baseUrl(), ok.connectTimeout(), ok.requestTimeout(), 0,
				ok.backoff(), ok.maxBackoff(), 5000, 100, ok.userAgent()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new KoladaSettings(ok.baseUrl(), ok.connectTimeout(), Duration.ZERO, 4,
				ok.backoff(), ok.maxBackoff(), 5000, 100, ok.userAgent()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new KoladaSettings(ok.baseUrl(), ok.connectTimeout(), ok.requestTimeout(), 4,
				Duration.ofMinutes(2), Duration.ofMinutes(1), 5000, 100, ok.userAgent()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new KoladaSettings(ok.baseUrl(), ok.connectTimeout(), ok.requestTimeout(), 4,
				ok.backoff(), ok.maxBackoff(), 5000, 100, "Trygghet\r\nX-Evil: 1"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aFigureIsMissingExactlyWhenItHasNoValue() {
		assertThatThrownBy(() -> new KoladaValue("N07403", "1980", 2023, Gender.TOTAL, null, false, 1, null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(
				() -> new KoladaValue("N07403", "1980", 2023, Gender.TOTAL, BigDecimal.ONE, true, 1, "Missing"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(KoladaValue.of("N07403", "1980", 2023, Gender.TOTAL, BigDecimal.ZERO, 1, " missing ").missing())
			.isTrue();
		assertThat(KoladaValue.of("N07403", "1980", 2023, Gender.TOTAL, BigDecimal.ZERO, 1, "").value())
			.isEqualTo(BigDecimal.ZERO);
	}

	@Test
	void knowsOnlyKoladasGenderLetters() {
		assertThat(Gender.ofCode("T")).isEqualTo(Gender.TOTAL);
		assertThat(Gender.ofCode("K")).isEqualTo(Gender.WOMEN);
		assertThat(Gender.ofCode("M")).isEqualTo(Gender.MEN);
		assertThat(Gender.ofCode("F")).isNull();
		assertThat(Gender.ofCode("t")).isNull();
	}

}
