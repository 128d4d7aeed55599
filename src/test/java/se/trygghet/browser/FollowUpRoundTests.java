package se.trygghet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class FollowUpRoundTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void coordinatorOpensARoundAReporterSubmitsAndTheCoordinatorApproves() {
		signIn("samordnare");
		open("/rounds");
		assertAccessible();
		new Select(find("#plan")).selectByValue(
				jdbc.sql("select id::text from action_plan where plan_key = 'vasteras-2021-2023'").query(String.class).single());
		find("#period").clear();
		find("#period").sendKeys("2031");
		find("#title").clear();
		find("#title").sendKeys("Uppföljning 2031 (webbtest)");
		submit("form.form");
		assertThat(text("main h1")).isEqualTo("Uppföljning 2031 (webbtest)");
		assertThat(text("#round-state")).isEqualTo("Förbereds");
		assertAccessible();
		submit("form[action$='/open']");
		assertThat(text("#round-state")).isEqualTo("Öppen");
		assertThat(all("#round-reports tbody tr")).hasSize(37 + 76);
		assertAccessible();
		String roundUrl = driver.getCurrentUrl();

		// the demo reporter reports for Nämnden för idrott, fritid och förebyggande, sole owner of activity 3.3
		signIn("rapportor");
		open("/my-reports");
		assertAccessible();
		follow(all("#my-reports tbody tr")
			.stream()
			.filter(row -> row.getText().startsWith("Uppföljning 2031 (webbtest)")
					&& row.findElement(org.openqa.selenium.By.tagName("th")).getText().equals("3.3"))
			.findFirst()
			.orElseThrow()
			.findElement(org.openqa.selenium.By.tagName("a")));
		assertThat(text("main h1")).isEqualTo("Rapport för aktivitet 3.3");
		assertAccessible();
		new Select(find("#status")).selectByValue("FORSENAD");
		find("#done").sendKeys("Samverkan med polisen och fältarbetare om langning vid Västerås resecentrum.");
		new Select(find("#assessment")).selectByValue("BIDRAR_DELVIS");
		press("button[value=submit]");
		assertThat(text(".field-error")).contains("orsaken");
		assertThat(find("#done").getAttribute("value")).contains("Västerås resecentrum");
		assertAccessible();
		find("#statusReason").sendKeys("Rekryteringen av fältarbetare blev försenad till hösten.");
		// the optional perspectives; "children consulted" starts as not stated, never as a no
		assertThat(find("#childrenConsulted-none").isSelected()).isTrue();
		find("#childRights").sendKeys("Unga vid resecentrum fick berätta var de köper alkohol.");
		find("#childrenConsulted-JA").click();
		press("button[value=submit]");
		assertThat(text("#report-state")).isEqualTo("Inskickad");
		assertThat(text("#report-status")).isEqualTo("Försenad");
		assertThat(text("#report-perspectives")).contains("Unga vid resecentrum fick berätta", "Ja");
		assertAccessible();
		String reportUrl = driver.getCurrentUrl();

		signIn("samordnare");
		driver.get(reportUrl);
		assertThat(text("#report-done")).contains("Västerås resecentrum");
		assertAccessible();
		find("#comment").sendKeys("Ange hur många platser som besöktes.");
		press("#review-form button[value=return]");
		assertThat(text("#report-state")).isEqualTo("Tillbakaskickad");
		assertThat(text("#review-comment")).contains("Ange hur många platser som besöktes.");

		signIn("rapportor");
		driver.get(reportUrl);
		find("#effects").sendKeys("Tolv platser besöktes under hösten.");
		press("button[value=submit]");
		assertThat(text("#report-state")).isEqualTo("Inskickad");

		signIn("samordnare");
		driver.get(reportUrl);
		press("#review-form button[value=approve]");
		assertThat(text("#report-state")).isEqualTo("Godkänd");
		assertAccessible();
		// the second saved version added the reason to the first draft
		follow(find("a[href$='/versions/2']"));
		assertThat(text("main h1")).startsWith("Version 2");
		assertThat(text("#changes")).contains("Orsak").contains("Rekryteringen av fältarbetare blev försenad");
		assertAccessible();
		driver.get(roundUrl);
		assertThat(text("#round-progress")).startsWith("1 av 37");
		// closing asks for confirmation first
		find("form[action$='/close'] button").click();
		new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent())
			.accept();
		waitFor(d -> d.findElement(org.openqa.selenium.By.id("round-state")).getText().equals("Stängd"));
		assertThat(all("#next-round")).hasSize(1);
		assertAccessible();
		assertThat(text("#by-committee")).contains("Nämnden för idrott, fritid och förebyggande");
		// focus area 3 has four activities: 3.3 delayed (the fourth status column), three without a status yet
		assertThat(find("#by-focus-area tbody tr:nth-child(3)").getText()).startsWith("3. Bekämpa förekomsten av narkotika")
			.endsWith("0 0 0 1 0 0 3");
		// the approved 3.3 speaks to the child-rights perspective: one of the 37 activities' reports
		assertThat(find("#perspective-counts tbody tr:nth-child(1)").getText()).isEqualTo("Barnrättsperspektiv 1 37");
		assertThat(text("#children-consulted")).startsWith("Barn har fått komma till tals i 1 av 37 rapporter.");
		assertAccessible();
	}

}
