package se.trygghet.area;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghet.PlatformIntegrationTest;

/**
 * An outside geocoder, configured, answers first; its places outside the municipality are dropped, and when it fails
 * (an error answer, nonsense, no answer within the timeout) the register answers alone. Against a local stub server,
 * never a real one; the demo register holds Stora gatan.
 */
@PlatformIntegrationTest
class GeocoderFallbackTests {

	@Autowired
	AddressRegister register;

	@Autowired
	AreaCatalog areas;

	HttpServer server;

	final AtomicReference<String> answer = new AtomicReference<>("[]");

	final AtomicReference<Integer> status = new AtomicReference<>(200);

	final AtomicReference<String> asked = new AtomicReference<>();

	/** Released at the end of each test, so a stub told to hang lets its thread go. */
	final CountDownLatch hang = new CountDownLatch(1);

	volatile boolean hanging;

	@BeforeEach
	void startStub() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/search", exchange -> {
			asked.set(exchange.getRequestURI().getRawQuery());
			if (hanging) {
				try {
					hang.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			byte[] body = answer.get().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(status.get(), body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
		server.start();
	}

	@AfterEach
	void stopStub() {
		hang.countDown();
		server.stop(0);
	}

	AddressSearch searchWith(String url, Duration timeout) {
		return new AddressSearchService(register, new NominatimGeocoder(url, timeout, "test"), areas, "1980");
	}

	AddressSearch search() {
		return searchWith("http://127.0.0.1:" + server.getAddress().getPort() + "/search", Duration.ofSeconds(5));
	}

	List<String> labels(AddressSearch search, String query) {
		return search.search(query).stream().map(AddressSearch.Match::label).toList();
	}

	@Test
	void asksTheGeocoderFirstDropsItsPlacesOutsideTheMunicipalityAndFillsUpFromTheRegister() {
		answer.set("""
				[{"display_name": "Stora gatan 7, 722 11 Västerås, Sverige", "lat": "59.6105", "lon": "16.5440"},
				 {"display_name": "Stora gatan 7, Sundsvall", "lat": "62.3908", "lon": "17.3069"}]
				""");
		List<AddressSearch.Match> found = search().search("Stora gatan 7");
		// Sundsvall's is dropped, and the register's own match (demo) comes after the geocoder's
		assertThat(found).extracting(AddressSearch.Match::label, AddressSearch.Match::demo)
			.containsExactly(org.assertj.core.api.Assertions.tuple("Stora gatan 7, 722 11 Västerås, Sverige", false),
					org.assertj.core.api.Assertions.tuple("Stora gatan 7, Västerås", true));
		assertThat(asked.get()).contains("format=jsonv2").contains("limit=" + AddressSearch.LIMIT)
			.contains("q=Stora+gatan+7");
	}

	@Test
	void fallsBackToTheRegisterSilentlyWhenTheGeocoderAnswersAnError() {
		List<String> registerOnly = labels(searchWith("", Duration.ofSeconds(1)), "stora gatan 1");
		assertThat(registerOnly).isNotEmpty();
		status.set(503);
		answer.set("{\"error\": \"down\"}");
		assertThat(labels(search(), "stora gatan 1")).isEqualTo(registerOnly);
		status.set(200);
		answer.set("<html>not json</html>");
		assertThat(labels(search(), "stora gatan 1")).isEqualTo(registerOnly);
	}

	@Test
	void fallsBackToTheRegisterWhenTheGeocoderDoesNotAnswerWithinItsTimeout() {
		List<String> registerOnly = labels(searchWith("", Duration.ofSeconds(1)), "stora gatan 1");
		hanging = true;
		String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/search";
		assertThat(labels(searchWith(url, Duration.ofMillis(200)), "stora gatan 1")).isEqualTo(registerOnly);
	}

	@Test
	void asksNothingWhenNoGeocoderIsConfigured() {
		assertThat(labels(searchWith("", Duration.ofSeconds(1)), "stora gatan 1")).isNotEmpty();
		assertThat(asked.get()).isNull();
	}

}
