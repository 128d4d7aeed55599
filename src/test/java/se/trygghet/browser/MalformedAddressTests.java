package se.trygghet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An address with a value that is not one (an activity number "1.x", a round or forum id someone edited) is a bad
 * request, answered with the accessible error page in Swedish (not the API's JSON), or {@code application/problem+json}
 * on the API, never with a server error.
 */
class MalformedAddressTests extends BrowserTest {

	@Test
	void answersAMalformedValueInAPageAddressWithAnAccessibleBadRequestPageInSwedish() {
		signIn("samordnare");
		// an activity number, a round id and a forum id, each converted from the path by the module's own type
		for (String page : List.of("/plans/vasteras-2021-2023/activities/1.x", "/rounds/inte-ett-id",
				"/forums/inte-ett-id")) {
			open(page);
			assertThat(text("h1")).as(page).isEqualTo("Något gick fel (400)");
			assertThat(text("main")).as(page)
				.contains("Förfrågan kunde inte tolkas. Kontrollera uppgifterna och försök igen.")
				.doesNotContain("Exception");
			assertAccessible();
		}
	}

	@Test
	void answersAMalformedValueInAnApiAddressWithAProblemDocument() throws Exception {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/rounds/inte-ett-id/reports"))
				.header("Accept", "application/json")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(answer.body()).contains("\"status\":400").contains("'id'");
	}

}
