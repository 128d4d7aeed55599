package se.trygghet.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;

/** Polisen's events from a local stub of polisen.se/api/events: kept once, filtered, counted, never drawn. */
@PlatformIntegrationTest
class PolisenFeedTests {

	private static final AtomicLong IDS = new AtomicLong(900_000_000L + System.nanoTime() % 1_000_000 * 100);

	@Autowired
	PolisenFeed feed;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	HttpServer server;

	volatile int status = 200;

	volatile String body = "[]";

	volatile String retryAfter;

	final List<String> userAgents = new CopyOnWriteArrayList<>();

	@BeforeEach
	void startStub() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/api/events", exchange -> {
			userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
			if (retryAfter != null) {
				exchange.getResponseHeaders().add("Retry-After", retryAfter);
			}
			exchange.sendResponseHeaders(status, status == 200 ? bytes.length : -1);
			if (status == 200) {
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(bytes);
				}
			}
			exchange.close();
		});
		server.start();
	}

	@AfterEach
	void stopStub() {
		server.stop(0);
	}

	URI stub() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/events?locationname=V%C3%A4ster%C3%A5s");
	}

	/** Early this week in Swedish time, so the events fall in the situation picture's default period. */
	static String thisWeek(int hour) {
		ZonedDateTime monday = LocalDate.now(se.trygghet.TestTimes.SWEDEN)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
			.atTime(hour, 5, 20)
			.atZone(se.trygghet.TestTimes.SWEDEN);
		return monday.format(DateTimeFormatter.ofPattern("yyyy-MM-dd H:mm:ss xxx"));
	}

	static String event(long id, String type, String place, String time) {
		return """
				{"id": %d, "datetime": "%s", "name": "%s, %s", "summary": "Centrum, händelse av typen %s.",
				 "url": "/aktuellt/handelser/2026/november/%d/", "type": "%s",
				 "location": {"name": "%s", "gps": "59.609901,16.544809"}}
				""".formatted(id, time, type, place, type, id, type, place);
	}

	@Test
	void keepsTheMunicipalitysOwnEventsOnceAndLeavesOutSummariesAndCountyEvents() {
		long vandalism = IDS.incrementAndGet();
		long drugs = IDS.incrementAndGet();
		body = "[" + String.join(",", event(vandalism, "Skadegörelse", "Västerås", thisWeek(9)),
				event(drugs, "Narkotikabrott", "Västerås", thisWeek(14)),
				event(IDS.incrementAndGet(), "Sammanfattning natt", "Västerås", thisWeek(6)),
				event(IDS.incrementAndGet(), "Trafikolycka", "Västmanlands län", thisWeek(10)),
				event(IDS.incrementAndGet(), "Stöld", "Sala", thisWeek(11))) + "]";

		PolisenFeed.Run first = feed.importFrom(stub());
		assertThat(first.state()).isEqualTo("SUCCEEDED");
		assertThat(first.received()).isEqualTo(5);
		assertThat(first.newEvents()).isEqualTo(2);
		assertThat(first.leftSummaries()).isEqualTo(1);
		assertThat(first.leftOtherPlaces()).isEqualTo(2);

		PolisenFeed.Run second = feed.importFrom(stub());
		assertThat(second.newEvents()).isZero();
		assertThat(second.knownEvents()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from police_event where id in (:a, :b)")
			.param("a", vandalism).param("b", drugs).query(Integer.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select category from police_event where id = :id").param("id", vandalism)
			.query(String.class).single()).isEqualTo("skadegorelse");
		assertThat(jdbc.sql("select url from police_event where id = :id").param("id", vandalism)
			.query(String.class).single()).startsWith("https://polisen.se/aktuellt/");
		assertThat(jdbc.sql("select new_events, known_events from police_fetch_run where id = :id")
			.param("id", second.id()).query((rs, n) -> rs.getInt(1) + "/" + rs.getInt(2)).single()).isEqualTo("0/2");
		assertThat(userAgents).allSatisfy(agent -> assertThat(agent).contains("Trygghetsplattformen"));
	}

	@Test
	void countsEventsForTheWholeMunicipalityAndDrawsNothing() throws Exception {
		String before = mvc.perform(get("/api/v1/hotspots").with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		long id = IDS.incrementAndGet();
		body = "[" + event(id, "Ofog barn/ungdom", "Västerås", thisWeek(12)) + "]";
		assertThat(feed.importFrom(stub()).newEvents()).isEqualTo(1);

		mvc.perform(get("/api/v1/hotspots").with(TestUsers.as(Role.ANALYST)))
			.andExpect(content().string(before));
		mvc.perform(get("/situation").with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Polisens publicerade händelser (hela kommunen, inte kartlagda)")))
			.andExpect(content().string(Matchers.containsString("Ofog barn/ungdom")))
			.andExpect(content().string(Matchers.containsString("signaler, inte statistik")))
			.andExpect(content().string(Matchers.containsString("https://polisen.se/aktuellt/handelser/2026/november/" + id + "/")));
	}

	@Test
	void marksA404AsAFailedRunAndWaitsAfterA429() {
		status = 404;
		PolisenFeed.Run gone = feed.importFrom(stub());
		assertThat(gone.state()).isEqualTo("FAILED");
		assertThat(gone.httpStatus()).isEqualTo(404);
		assertThat(gone.error()).contains("permanent");

		status = 429;
		retryAfter = "120";
		PolisenFeed.Run busy = feed.importFrom(stub());
		assertThat(busy.state()).isEqualTo("FAILED");
		assertThat(jdbc.sql("select backoff_until > now() + interval '100 seconds' from police_fetch_run where id = :id")
			.param("id", busy.id()).query(Boolean.class).single()).isTrue();
		// the tests run with the feed switched off: neither the schedule nor the button asks anything
		assertThat(feed.fetchScheduled()).isNull();
	}

	@Test
	void waitsUntilTheDateRetryAfterGivesAfterA429() {
		java.time.Instant until = java.time.Instant.now().plus(java.time.Duration.ofHours(2))
			.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		status = 429;
		retryAfter = DateTimeFormatter.RFC_1123_DATE_TIME.format(until.atZone(java.time.ZoneOffset.UTC));

		PolisenFeed.Run busy = feed.importFrom(stub());

		assertThat(busy.state()).isEqualTo("FAILED");
		assertThat(jdbc.sql("""
				select abs(extract(epoch from backoff_until - :until)) < 1 from police_fetch_run where id = :id
				""")
			.param("until", java.sql.Timestamp.from(until))
			.param("id", busy.id())
			.query(Boolean.class)
			.single()).as("backoff until %s, not an hour from now", until).isTrue();
	}

	@Test
	void readsPolisensTimesWithAndWithoutALeadingZero() {
		assertThat(PolisenFeed.time("2018-12-28 14:32:20 +01:00")).hasValueSatisfying(
				t -> assertThat(t.toString()).isEqualTo("2018-12-28T14:32:20+01:00"));
		assertThat(PolisenFeed.time("2018-12-28 9:02:20 +01:00")).isPresent();
		assertThat(PolisenFeed.time("2018-12-28T09:02:20+01:00")).isPresent();
		assertThat(PolisenFeed.time("igår")).isEmpty();
	}

}
