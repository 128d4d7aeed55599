package se.trygghet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.trygghet.PlatformIntegrationTest;

/**
 * Pages travel gzipped to browsers that accept it (Tomcat's compression, {@code server.compression.*}), through the
 * real server: MockMvc never reaches the connector that compresses.
 */
@PlatformIntegrationTest
class ResponseCompressionTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<byte[]> get(String path, boolean gzip) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
		if (gzip) {
			request.header("Accept-Encoding", "gzip");
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	@Test
	void gzipsAPageForABrowserThatAcceptsIt() throws Exception {
		HttpResponse<byte[]> page = get("/login", true);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(page.headers().allValues("Vary"))
			.anyMatch(vary -> vary.toLowerCase(Locale.ROOT).contains("accept-encoding"));
		try (GZIPInputStream body = new GZIPInputStream(new ByteArrayInputStream(page.body()))) {
			assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).contains("<html");
		}
	}

	/**
	 * Answers cached by a data version carry an ETag; Tomcat compresses none that has a strong one (the bytes differ
	 * once gzipped), so these validators are weak: the open plan API, an area, the indicator API, the public site.
	 */
	@Test
	void gzipsAnswersThatCarryAnETagToo() throws Exception {
		for (String path : new String[] { "/api/v1/plans/vasteras-2021-2023", "/api/v1/areas", "/api/v1/indicators",
				"/oppen" }) {
			HttpResponse<byte[]> answer = get(path, true);
			assertThat(answer.statusCode()).as(path).isEqualTo(200);
			assertThat(answer.headers().firstValue("ETag")).as(path).hasValueSatisfying(tag -> assertThat(tag).startsWith("W/"));
			assertThat(answer.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
		}
	}

	@Test
	void sendsPlainAnswersToClientsThatDoNotAskAndSmallAnswersAsTheyAre() throws Exception {
		HttpResponse<byte[]> plain = get("/login", false);
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(new String(plain.body(), StandardCharsets.UTF_8)).contains("<html");
		// a few bytes of JSON are not worth compressing
		assertThat(get("/actuator/health", true).headers().firstValue("Content-Encoding")).isEmpty();
	}

}
