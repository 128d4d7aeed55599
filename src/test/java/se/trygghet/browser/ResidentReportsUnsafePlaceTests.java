package se.trygghet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * A resident reports an unsafe place with a photo, is offered the first report when reporting the same thing nearby,
 * and follows the case through the private link while a coordinator moderates it and moves it to åtgärdad. The form
 * is also filled in by keyboard alone, with typed coordinates, and on a phone from the public site with the place
 * found by address search.
 */
class ResidentReportsUnsafePlaceTests extends BrowserTest {

	@TempDir
	Path files;

	static double[] somewhere() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return new double[] { 59.59 + random.nextDouble() * 0.06, 16.47 + random.nextDouble() * 0.14 };
	}

	void typeReport(String category, double[] place, String description) {
		new Select(find("#category")).selectByValue(category);
		find("#latitude").clear();
		find("#latitude").sendKeys(String.format(java.util.Locale.ROOT, "%.6f", place[0]));
		find("#longitude").clear();
		find("#longitude").sendKeys(String.format(java.util.Locale.ROOT, "%.6f", place[1]));
		find("#description").sendKeys(description);
	}

	@Test
	void aResidentReportsAPlaceWithAPhotoIsOfferedItWhenReportingNearbyAndFollowsItToFixed() throws Exception {
		open("/rapportera");
		assertAccessible();
		double[] place = somewhere();
		typeReport("belysning", place, "Gatlyktorna längs cykelvägen är släckta");
		Path photo = files.resolve("lykta.jpg");
		Files.write(photo, se.trygghet.residentreport.ResidentPhotoFixtures.jpegWithGps());
		find("#photo").sendKeys(photo.toString());
		find("#email").sendKeys("invanare@example.se");
		submit("#resident-report-form");
		assertThat(text("#sent")).contains("Tack");
		assertThat(text("#case-status")).isEqualTo("Inkommen");
		assertThat(all("img.report-photo")).hasSize(1);
		String privateLink = driver.getCurrentUrl();
		String number = text("h1").replaceAll("\\D", "");
		assertAccessible();

		// a second report of the same kind about 20 m away: the first is offered instead
		open("/rapportera");
		typeReport("belysning", new double[] { place[0] + 0.00018, place[1] }, "Mörkt på cykelvägen");
		submit("#resident-report-form");
		assertThat(text("#nearby")).contains("Ärende " + number);
		assertAccessible();
		press("#nearby form[action='/rapportera/" + number + "/samma'] button[type=submit]");
		assertThat(text("#supported")).contains(number);

		signIn("samordnare");
		open("/resident-reports");
		assertAccessible();
		follow(find("#resident-cases a[href*='" + jdbcIdOf(number) + "']"));
		assertThat(text("#original-text")).contains("Gatlyktorna längs cykelvägen");
		assertThat(text("#case-facts")).contains("Tekniska nämnden").contains("invanare@example.se");
		find("#publicText").clear();
		find("#publicText").sendKeys("Gatlyktorna längs cykelvägen är släckta.");
		find("#publish").click();
		submit("#moderation-form");
		assertThat(text("[role=status]")).contains("Granskningen är sparad");
		new Select(find("#new-status")).selectByValue("MOTTAGEN");
		find("#status-text").sendKeys("Tekniska förvaltningen har fått ärendet.");
		submit("#status-form");
		new Select(find("#new-status")).selectByValue("ATGARDAD");
		find("#status-text").sendKeys("Lamporna är bytta.");
		submit("#status-form");
		assertThat(text("#case-status")).isEqualTo("Åtgärdad");
		assertAccessible();
		driver.manage().deleteAllCookies();

		driver.get(privateLink);
		assertThat(text("#case-status")).isEqualTo("Åtgärdad");
		assertThat(text("#case-updates")).contains("Tekniska förvaltningen har fått ärendet.").contains("Lamporna är bytta.");
		assertThat(text("#not-fixed")).contains("Nej, det är inte åtgärdat");
		assertAccessible();
	}

	private String jdbcIdOf(String number) {
		return jdbc.sql("select id::text from resident_report where number = :n")
			.param("n", Long.parseLong(number)).query(String.class).single();
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	/** Presses Tab until the element with this id has the focus, as someone without a mouse would. */
	void tabTo(String id) {
		for (int i = 0; i < 80; i++) {
			WebElement active = driver.switchTo().activeElement();
			if (id.equals(active.getAttribute("id"))) {
				return;
			}
			new Actions(driver).sendKeys(Keys.TAB).perform();
		}
		throw new AssertionError("Tab never reached #" + id);
	}

	@Test
	void showsEveryProblemAtTheTopOfTheFormWithACommaInACoordinateKeptAsTyped() {
		open("/rapportera");
		find("#latitude").sendKeys("59,61");
		find("#longitude").sendKeys("16.54");
		WebElement page = find("html");
		find("#resident-report-form button[type=submit]").click();
		waitUntilGone(page);
		// the summary has the focus (app.js), and names every problem, each beside its field too
		assertThat(driver.switchTo().activeElement().getAttribute("data-error-summary")).isNotNull();
		assertThat(text(".error-summary")).contains("Skriv latituden som ett tal med punkt");
		assertThat(text("#latitude-error")).contains("Skriv latituden som ett tal med punkt");
		assertThat(find("#category-error").isDisplayed()).isTrue();
		assertThat(find("#description-error").isDisplayed()).isTrue();
		assertThat(find("#latitude").getAttribute("value")).isEqualTo("59,61");
		assertAccessible();
	}

	@Test
	void theFormWorksByKeyboardAloneWithTypedCoordinates() {
		open("/rapportera");
		double[] place = somewhere();
		tabTo("category");
		new Actions(driver).sendKeys("Klotter").perform();
		tabTo("latitude");
		new Actions(driver).sendKeys(String.format(java.util.Locale.ROOT, "%.6f", place[0])).perform();
		tabTo("longitude");
		new Actions(driver).sendKeys(String.format(java.util.Locale.ROOT, "%.6f", place[1])).perform();
		tabTo("description");
		new Actions(driver).sendKeys("Klotter över hela gångtunneln").perform();
		WebElement page = find("html");
		for (int i = 0; i < 10; i++) {
			new Actions(driver).sendKeys(Keys.TAB).perform();
			if ("submit".equals(driver.switchTo().activeElement().getAttribute("type"))) {
				break;
			}
		}
		assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Skicka rapporten");
		new Actions(driver).sendKeys(Keys.ENTER).perform();
		waitUntilGone(page);
		assertThat(text("#sent")).contains("Tack");
		assertThat(text("#case-facts")).contains("Klotter").contains("Klotter över hela gångtunneln");
		assertAccessible();
	}

	/** Presses Tab until the focused element matches the CSS selector. */
	void tabToMatching(String css) {
		for (int i = 0; i < 80; i++) {
			Object matches = ((org.openqa.selenium.JavascriptExecutor) driver)
				.executeScript("return document.activeElement.matches(arguments[0]);", css);
			if (Boolean.TRUE.equals(matches)) {
				return;
			}
			new Actions(driver).sendKeys(Keys.TAB).perform();
		}
		throw new AssertionError("Tab never reached " + css);
	}

	@Test
	void aResidentOnAPhoneGoesFromThePublicSiteToASentReportByAddressSearchWithTheKeyboardAlone() {
		// earlier tests of this run used up the report allowance of the browser's address; it is not what this test is
		// about
		jdbc.sql("delete from resident_submission").update();
		driver.manage().window().setSize(new org.openqa.selenium.Dimension(375, 740));
		try {
			open("/oppen");
			assertAccessible();
			WebElement start = find("html");
			tabTo("report-place-link");
			new Actions(driver).sendKeys(Keys.ENTER).perform();
			waitUntilGone(start);
			assertThat(driver.getCurrentUrl()).endsWith("/rapportera");
			assertAccessible();

			tabTo("category");
			new Actions(driver).sendKeys("Belysning").perform();
			tabTo("place-query");
			new Actions(driver).sendKeys("stora gatan 1").perform();
			new Actions(driver).sendKeys(Keys.ENTER).perform();
			waitFor(d -> !d.findElements(org.openqa.selenium.By.cssSelector("#place-list a.place-choice")).isEmpty());
			assertThat(text("#places-message")).contains("platser hittades");
			assertAccessible();
			tabToMatching("#place-list a.place-choice");
			WebElement choice = driver.switchTo().activeElement();
			String label = choice.getAttribute("data-label");
			String latitude = choice.getAttribute("data-latitude");
			String longitude = choice.getAttribute("data-longitude");
			assertThat(label).startsWith("Stora gatan 1");
			new Actions(driver).sendKeys(Keys.ENTER).perform();
			waitFor(d -> "chosen-place".equals(d.switchTo().activeElement().getAttribute("id")));
			assertThat(text("#chosen-place")).isEqualTo("Vald plats: " + label);
			assertThat(find("#latitude").getAttribute("value")).isEqualTo(latitude);
			assertThat(find("#longitude").getAttribute("value")).isEqualTo(longitude);

			// sent without a description: the summary at the top has the focus, the chosen place is kept
			WebElement form = find("html");
			tabToMatching("#resident-report-form button[type=submit]");
			new Actions(driver).sendKeys(Keys.ENTER).perform();
			waitUntilGone(form);
			assertThat(driver.switchTo().activeElement().getAttribute("data-error-summary")).isNotNull();
			assertThat(text(".error-summary")).contains("Beskriv");
			assertThat(Double.parseDouble(find("#latitude").getAttribute("value"))).isEqualTo(Double.parseDouble(latitude));
			assertAccessible();

			tabTo("description");
			new Actions(driver).sendKeys("Gatlyktan vid porten är trasig sedan en vecka").perform();
			WebElement again = find("html");
			tabToMatching("#resident-report-form button[type=submit]");
			new Actions(driver).sendKeys(Keys.ENTER).perform();
			waitUntilGone(again);
			assertThat(text("#sent")).contains("Tack");
			assertThat(text("#case-facts")).contains("Belysning").contains("Gatlyktan vid porten");
			assertAccessible();
		}
		finally {
			driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
		}
	}

}
