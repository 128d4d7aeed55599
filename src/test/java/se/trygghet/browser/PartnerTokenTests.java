package se.trygghet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * An admin issues an API token for a partner system, copies it from the one page that shows it, and revokes it when
 * the partner no longer needs it; the partner's calls work until then and are refused after.
 */
class PartnerTokenTests extends BrowserTest {

	@Test
	void anAdminIssuesATokenSeesItOnceAndRevokesIt() throws Exception {
		signIn("admin");
		open("/admin/users");
		follow(find("main a[href='/admin/api-tokens']"));
		assertAccessible();

		find("#name").sendKeys("Mimer felanmälan (webb)");
		find("#organisation").sendKeys("Bostads AB Mimer");
		submit("#api-token-form");
		String secret = find("#secret").getAttribute("value");
		assertThat(secret).startsWith("tp_").hasSize(46);
		assertThat(text("#issued-token")).contains("visas bara den här gången");
		assertAccessible();

		assertThat(send(secret)).isEqualTo(201);

		open("/admin/api-tokens");
		assertThat(driver.getPageSource()).doesNotContain(secret).contains(secret.substring(0, 11));
		String row = "//tr[th[normalize-space()='Mimer felanmälan (webb)']]";
		assertThat(driver.findElement(org.openqa.selenium.By.xpath(row)).getText()).contains("Aktiv");
		driver.findElement(org.openqa.selenium.By.xpath(row + "//input[@name='reason']")).sendKeys("Avtalet har upphört");
		String rowId = driver.findElement(org.openqa.selenium.By.xpath(row)).getAttribute("id");
		press("#" + rowId + " .revoke-form button[type=submit]");
		assertThat(text("[role=status]")).contains("återkallad");
		assertThat(driver.findElement(org.openqa.selenium.By.xpath(row)).getText()).contains("Återkallad")
			.contains("Avtalet har upphört");
		assertAccessible();

		assertThat(send(secret)).isEqualTo(401);
	}

	private int send(String secret) throws Exception {
		String json = """
				{"externalId": "webb-%d", "category": "klotter", "occurredAt": "%s", "latitude": 59.6150,
				 "longitude": 16.5450, "severity": 1, "description": "Klotter på busskuren"}
				""".formatted(System.nanoTime(), OffsetDateTime.now().minusHours(1).truncatedTo(ChronoUnit.SECONDS));
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/incidents"))
				.header("Authorization", "Bearer " + secret)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

}
