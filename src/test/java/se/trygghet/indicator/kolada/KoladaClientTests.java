package se.trygghet.indicator.kolada;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.trygghet.indicator.kolada.KoladaValue.Gender;

/**
 * The client against {@link KoladaStub}, a local server answering in Kolada's v3 format (fixtures in
 * {@code src/test/resources/kolada/}). Waits between attempts are noted, not spent, so the tests stay fast.
 */
class KoladaClientTests {

	static final String N07403_2019_2023 = "/v3/data/kpi/N07403/municipality/1980/year/2019,2020,2021,2022,2023";

	final KoladaStub kolada = KoladaStub.start();

	final List<Duration> waits = new CopyOnWriteArrayList<>();

	@AfterEach
	void stopKolada() {
		kolada.close();
	}

	KoladaClient client() {
		return client(kolada.baseUrl(), Duration.ofSeconds(5), 3);
	}

	/** Waits from 100 ms, doubling, at most 5 s; pages of 3; at most 10 pages. */
	KoladaClient client(URI baseUrl, Duration requestTimeout, int maxAttempts) {
		KoladaSettings settings = new KoladaSettings(baseUrl, Duration.ofSeconds(2), requestTimeout, maxAttempts,
				Duration.ofMillis(100), Duration.ofSeconds(5), 3, 10, "Trygghetsplattformen test");
		Clock night = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneOffset.UTC);
		return new KoladaClient(settings, waits::add, night);
	}

	KoladaException failure(KoladaClient client, int fromYear, int toYear) {
		return catchThrowableOfType(KoladaException.class,
				() -> client.fetch(List.of("N07403"), "1980", fromYear, toYear));
	}

	static String page(String entries, String next) {
		String nextUrl = next.isEmpty() ? "" : ", \"next_url\": \"" + next + "\"";
		return "{\"count\": 1, \"values\": [" + entries + "]" + nextUrl + "}";
	}

	static String entry(String municipality, int year, String figures) {
		return "{\"kpi\": \"N07403\", \"municipality\": \"" + municipality + "\", \"period\": " + year
				+ ", \"values\": [" + figures + "]}";
	}

	static final String TOTAL_12 = "{\"gender\": \"T\", \"count\": 1, \"status\": \"\", \"value\": 12}";

	@Test
	void followsNextUrlAcrossPages() {
		kolada.fixture("N07403-1980-page-1.json").fixture("N07403-1980-page-2.json");

		KoladaFetch fetch = client().fetch(List.of("N07403"), "1980", 2019, 2023);

		assertThat(fetch.values()).extracting(KoladaValue::year).containsExactly(2019, 2020, 2021, 2022, 2023);
		assertThat(fetch.values()).allSatisfy(value -> {
			assertThat(value.kpi()).isEqualTo("N07403");
			assertThat(value.municipality()).isEqualTo("1980");
			assertThat(value.gender()).isEqualTo(Gender.TOTAL);
			assertThat(value.count()).isEqualTo(1);
		});
		assertThat(fetch.pages()).isEqualTo(2);
		assertThat(fetch.requests()).isEqualTo(2);
		assertThat(fetch.retries()).isZero();
		assertThat(fetch.problems()).isEmpty();
		assertThat(kolada.requests()).extracting(URI::toString)
			.containsExactly(N07403_2019_2023 + "?per_page=3", N07403_2019_2023 + "?page=2&per_page=3");
	}

	@Test
	void keepsNullValuesAsMissingNeverZero() {
		kolada.fixture("N07403-1980-page-1.json").fixture("N07403-1980-page-2.json");

		KoladaFetch fetch = client().fetch(List.of("N07403"), "1980", 2019, 2023);

		KoladaValue y2020 = fetch.values().get(1);
		assertThat(y2020.year()).isEqualTo(2020);
		assertThat(y2020.missing()).isTrue();
		assertThat(y2020.value()).isNull();
		assertThat(y2020.status()).isEqualTo("Missing");
		assertThat(fetch.missingCount()).isEqualTo(1);
		// exactly as Kolada wrote them, never through a double
		assertThat(fetch.values().get(2).value()).isEqualTo(new BigDecimal("1102.90"));
		assertThat(fetch.values().get(0).value()).isEqualTo(new BigDecimal("1187.4"));
		assertThat(fetch.values().get(0).status()).isNull();
	}

	@Test
	void takesStatusMissingOverANumberButKeepsARealZero() {
		kolada.fixture("N00914-1980-by-gender.json");

		KoladaFetch fetch = client().fetch(List.of("N00914"), "1980", 2022, 2023);

		assertThat(fetch.values()).filteredOn(value -> value.year() == 2023)
			.extracting(KoladaValue::gender, KoladaValue::value, KoladaValue::missing)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Gender.WOMEN, null, true),
					org.assertj.core.groups.Tuple.tuple(Gender.MEN, BigDecimal.ZERO, false),
					org.assertj.core.groups.Tuple.tuple(Gender.TOTAL, new BigDecimal("78.2"), false));
	}

	@Test
	void mapsGenderLettersToTotalWomenAndMen() {
		kolada.fixture("N00914-1980-by-gender.json");

		KoladaFetch fetch = client().fetch(List.of("N00914"), "1980", 2022, 2023);

		assertThat(fetch.values()).filteredOn(value -> value.year() == 2022)
			.extracting(KoladaValue::gender, KoladaValue::value)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Gender.WOMEN, new BigDecimal("76.1")),
					org.assertj.core.groups.Tuple.tuple(Gender.MEN, new BigDecimal("79.4")),
					org.assertj.core.groups.Tuple.tuple(Gender.TOTAL, new BigDecimal("77.8")));
		assertThat(fetch.problems()).isEmpty();
	}

	@Test
	void reportsUnknownGenderLettersWithoutGuessing() {
		kolada.json(page(entry("1980", 2023, TOTAL_12 + ", {\"gender\": \"F\", \"value\": 7}, {\"value\": 5}"), ""));

		KoladaFetch fetch = client().fetch(List.of("N07403"), "1980", 2023, 2023);

		assertThat(fetch.values()).extracting(KoladaValue::gender).containsExactly(Gender.TOTAL);
		assertThat(fetch.problems()).containsExactly(
				"page 1, values[0].values[1]: unknown gender \"F\" for N07403, 1980, 2023; figure skipped",
				"page 1, values[0].values[2]: unknown gender (none) for N07403, 1980, 2023; figure skipped");
	}

	@Test
	void skipsFiguresNotAskedForOrSentTwice() {
		kolada.json(page(entry("1980", 2023, TOTAL_12) + ", " + entry("0180", 2023, TOTAL_12) + ", "
				+ entry("1980", 2023, TOTAL_12.replace("12", "13")), ""));

		KoladaFetch fetch = client().fetch(List.of("N07403"), "1980", 2023, 2023);

		assertThat(fetch.values()).extracting(KoladaValue::value).containsExactly(new BigDecimal("12"));
		assertThat(fetch.problems()).containsExactly(
				"page 1: Kolada sent N07403, 0180, 2023, T, which was not asked for; skipped",
				"page 1: Kolada sent N07403, 1980, 2023, T more than once; the first kept");
	}

	@Test
	void asksForSeveralKpisInOneRequestAndNamesItself() {
		kolada.fixture("N00914-1980-by-gender.json");

		KoladaFetch fetch = client().fetch(List.of("n00914", "N07403", "N00914"), "1980", 2022, 2023);

		assertThat(kolada.requests()).extracting(URI::toString)
			.containsExactly("/v3/data/kpi/N00914,N07403/municipality/1980/year/2022,2023?per_page=3");
		assertThat(kolada.userAgents()).containsExactly("Trygghetsplattformen test");
		assertThat(fetch.problems()).containsExactly(
				"Kolada has no figures for N07403 in 1980, 2022–2023; check that the id is still in use");
	}

	@Test
	void splitsLongSpansOfYearsIntoRequestsKoladaAccepts() {
		kolada.json(page("", "")).json(page("", ""));

		client().fetch(List.of("N07403"), "1980", 1998, 2023);

		assertThat(kolada.requests()).extracting(URI::getPath)
			.containsExactly("/v3/data/kpi/N07403/municipality/1980/year/1998,1999,2000,2001,2002,2003,2004,2005,"
					+ "2006,2007,2008,2009,2010,2011,2012,2013,2014,2015,2016,2017",
					"/v3/data/kpi/N07403/municipality/1980/year/2018,2019,2020,2021,2022,2023");
	}

	@Test
	void retriesAfterServiceUnavailableAndCountsTheRetry() {
		kolada.status(503, "").fixture("N00914-1980-by-gender.json");

		KoladaFetch fetch = client().fetch(List.of("N00914"), "1980", 2022, 2023);

		assertThat(fetch.values()).hasSize(6);
		assertThat(fetch.requests()).isEqualTo(2);
		assertThat(fetch.retries()).isEqualTo(1);
		assertThat(fetch.pages()).isEqualTo(1);
		assertThat(waits).containsExactly(Duration.ofMillis(100));
	}

	@Test
	void waitsAsRetryAfterAsksButNoLongerThanTheCap() {
		kolada.answer(new KoladaStub.Answer(429, "", Map.of("Retry-After", "2"), Duration.ZERO))
			.answer(new KoladaStub.Answer(429, "", Map.of("Retry-After", "120"), Duration.ZERO))
			.fixture("N00914-1980-by-gender.json");

		KoladaFetch fetch = client().fetch(List.of("N00914"), "1980", 2022, 2023);

		assertThat(fetch.retries()).isEqualTo(2);
		assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(5));
	}

	@Test
	void readsRetryAfterAsADate() {
		kolada.answer(new KoladaStub.Answer(503, "", Map.of("Retry-After", "Mon, 02 Mar 2026 02:00:03 GMT"),
				Duration.ZERO))
			.fixture("N00914-1980-by-gender.json");

		client().fetch(List.of("N00914"), "1980", 2022, 2023);

		assertThat(waits).containsExactly(Duration.ofSeconds(3));
	}

	@Test
	void failsAfterMaxAttemptsWhenKoladaKeepsFailing() {
		kolada.always(new KoladaStub.Answer(500, "{\"error\": \"internal\"}", Map.of(), Duration.ZERO));

		KoladaException failure = failure(client(), 2019, 2020);

		assertThat(failure.reason()).isEqualTo(KoladaException.Reason.HTTP_STATUS);
		assertThat(failure.httpStatus()).isEqualTo(500);
		assertThat(failure.getMessage()).isEqualTo("Kolada answered HTTP 500 for " + kolada.baseUrl()
				+ "/data/kpi/N07403/municipality/1980/year/2019,2020?… on all 3 attempts");
		assertThat(failure.requests()).isEqualTo(3);
		assertThat(failure.retries()).isEqualTo(2);
		assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
	}

	@Test
	void doesNotRetryNotFound() {
		kolada.status(404, "{\"error\": \"No such route\"}");

		KoladaException failure = failure(client(), 2019, 2020);

		assertThat(failure.reason()).isEqualTo(KoladaException.Reason.HTTP_STATUS);
		assertThat(failure.httpStatus()).isEqualTo(404);
		assertThat(failure.getMessage()).contains("HTTP 404", "(not retried)", "No such route")
			.doesNotContain("per_page");
		assertThat(failure.url()).endsWith("/year/2019,2020?…");
		assertThat(kolada.requests()).hasSize(1);
		assertThat(waits).isEmpty();
	}

	@Test
	void doesNotFollowRedirects() {
		kolada.answer(new KoladaStub.Answer(301, "", Map.of("Location", "https://elsewhere.example/v3/data?token=x"),
				Duration.ZERO));

		KoladaException failure = failure(client(), 2023, 2023);

		assertThat(failure.getMessage())
			.startsWith("Kolada answered HTTP 301 to https://elsewhere.example/v3/data?… for ")
			.doesNotContain("token");
		assertThat(kolada.requests()).hasSize(1);
	}

	@Test
	void reportsMalformedJsonWithWhereItBroke() {
		kolada.json("{\"count\": 1, \"values\": [ {\"kpi\": \"N07403\",");

		KoladaException failure = failure(client(), 2023, 2023);

		assertThat(failure.reason()).isEqualTo(KoladaException.Reason.MALFORMED_RESPONSE);
		assertThat(failure.getMessage()).contains("cannot be read at $: not JSON", "line 1");
		assertThat(failure.requests()).isEqualTo(1);
	}

	@Test
	void reportsAnAnswerOfTheWrongShapeWithItsPath() {
		kolada.json(page(entry("1980", 2023, "{\"gender\": \"T\", \"value\": \"12,5\"}"), ""));

		KoladaException failure = failure(client(), 2023, 2023);

		assertThat(failure.reason()).isEqualTo(KoladaException.Reason.MALFORMED_RESPONSE);
		assertThat(failure.getMessage())
			.endsWith("cannot be read at values[0].values[0].value: expected a number or null, got string \"12,5\"");
	}

	@Test
	void refusesANextUrlThatLeadsBackToAPageAlreadyRead() {
		String first = "{base}/data/kpi/N07403/municipality/1980/year/2023?per_page=3";
		String second = "{base}/data/kpi/N07403/municipality/1980/year/2023?page=2&per_page=3";
		kolada.json(page(entry("1980", 2023, TOTAL_12), second)).json(page("", first));

		KoladaException failure = failure(client(), 2023, 2023);

		assertThat(failure.reason()).isEqualTo(KoladaException.Reason.PAGING);
		assertThat(failure.getMessage()).contains("leads back to a page already read");
		assertThat(kolada.requests()).hasSize(2);
	}

	@Test
	void refusesANextUrlOnAnotherHost() {
		kolada.json(page(entry("1980", 2023, TOTAL_12), "https://kolada.example.net/v3/data?page=2"));

		KoladaException failure = failure(client(), 2023, 2023);

		assertThat(failure.reason()).isEqualTo(KoladaException.Reason.PAGING);
		assertThat(failure.getMessage()).contains("points to https://kolada.example.net, not http://127.0.0.1:",
				"refused");
		assertThat(kolada.requests()).hasSize(1);
	}

	@Test
	void stopsWhenPagesNeverEnd() {
		for (int page = 2; page <= 12; page++) {
			kolada.json(page("", "{base}/data/kpi/N07403/municipality/1980/year/2023?page=" + page));
		}

		KoladaException failure = failure(client(), 2023, 2023);

		assertThat(failure.reason()).isEqualTo(KoladaException.Reason.PAGING);
		assertThat(failure.getMessage()).contains("runs to more than 10 pages");
		assertThat(kolada.requests()).hasSize(10);
	}

	@Test
	void retriesATimeoutThenFails() {
		kolada.always(new KoladaStub.Answer(200, page("", ""), Map.of(), Duration.ofSeconds(3)));

		KoladaException failure = failure(client(kolada.baseUrl(), Duration.ofMillis(300), 2), 2023, 2023);

		assertThat(failure.reason()).isEqualTo(KoladaException.Reason.TIMEOUT);
		assertThat(failure.getMessage()).startsWith("Kolada did not answer within 300 ms for ")
			.endsWith(" on all 2 attempts");
		assertThat(failure.requests()).isEqualTo(2);
		assertThat(failure.retries()).isEqualTo(1);
	}

	@Test
	void retriesATimeoutAndGoesOnWhenKoladaAnswers() {
		kolada.answer(new KoladaStub.Answer(200, page("", ""), Map.of(), Duration.ofSeconds(3)))
			.json(page(entry("1980", 2023, TOTAL_12), ""));

		// a second's timeout, not 300 ms: the answer that follows the slow one must arrive in time on a loaded machine
		KoladaFetch fetch = client(kolada.baseUrl(), Duration.ofSeconds(1), 2).fetch(List.of("N07403"), "1980", 2023,
				2023);

		assertThat(fetch.values()).hasSize(1);
		assertThat(fetch.retries()).isEqualTo(1);
	}

	@Test
	void failsClearlyWhenKoladaCannotBeReached() {
		URI nobody;
		try (KoladaStub closed = KoladaStub.start()) {
			nobody = closed.baseUrl();
		}

		KoladaException failure = failure(client(nobody, Duration.ofSeconds(2), 2), 2023, 2023);

		assertThat(failure.reason()).isEqualTo(KoladaException.Reason.NETWORK);
		assertThat(failure.getMessage()).startsWith("Kolada could not be reached (").endsWith(" on all 2 attempts");
		assertThat(failure.httpStatus()).isNull();
	}

	@Test
	void refusesIdsKoladaCannotHave() {
		KoladaClient client = client();

		assertThatThrownBy(() -> client.fetch(List.of("N07403/../kpi"), "1980", 2023, 2023))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> client.fetch(List.of("N07403,N00914"), "1980", 2023, 2023))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> client.fetch(List.of(), "1980", 2023, 2023))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> client.fetch(List.of("N07403"), "19800", 2023, 2023))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> client.fetch(List.of("N07403"), "1980", 2023, 2019))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(kolada.requests()).isEmpty();
	}

}
