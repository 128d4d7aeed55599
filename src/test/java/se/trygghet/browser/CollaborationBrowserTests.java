package se.trygghet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * A coordinator records a Trygghetsråd meeting with attendance and a decision, writes a medborgarlöfte and follows it
 * up, opens a satisfaction survey; a visitor without an account answers it through its link.
 */
class CollaborationBrowserTests extends BrowserTest {

	@Test
	void aCoordinatorRecordsAMeetingAndAPromiseAndAVisitorAnswersTheSurveyByItsLink() {
		signIn("samordnare");
		follow(find("nav a[href='/forums']"));
		assertThat(text("#forums")).contains("Trygghetsrådet").contains("Värna Västerås");
		assertAccessible();
		follow(driver.findElement(org.openqa.selenium.By.linkText("Trygghetsrådet")));
		assertThat(text("#members")).contains("Medordförande").contains("Polisen");
		assertAccessible();

		follow(find("#new-meeting"));
		assertAccessible();
		date("#heldOn", LocalDate.now().minusDays(3));
		find("#place").sendKeys("Stadshuset, sal B");
		find("#agenda").sendKeys("Gemensam lägesbild\nPrioriterade problem");
		find("#situation").click();
		// the council's members are ticked from the start; the region comes this time too
		driver.findElement(org.openqa.selenium.By.xpath("//label[normalize-space()='Region Västmanland']")).click();
		submit("#meeting-form");
		assertThat(text("#agenda")).contains("Lägesbild vecka").contains("Gemensam lägesbild");
		assertThat(text("#present")).contains("Polisen").contains("Region Västmanland").contains("Kommunstyrelsen");
		assertAccessible();

		submit("#decision-form");
		assertThat(text("#decision-form .field-error")).isNotBlank();
		// the form comes back starting at its summary: every error, each a link to its field
		assertThat(driver.switchTo().activeElement().getDomAttribute("data-error-summary")).isNotNull();
		assertThat(all("#decision-form [data-error-summary] a")).extracting(a -> a.getDomProperty("hash"))
			.containsExactlyInAnyOrder("#text", "#responsible", "#dueOn");
		assertAccessible();
		find("#text").sendKeys("Ta fram en plan för belysning vid resecentrum");
		find("#responsible").sendKeys("Tekniska förvaltningen");
		date("#dueOn", LocalDate.now().minusDays(1));
		submit("#decision-form");
		assertThat(text("#decisions")).contains("Ta fram en plan för belysning").contains("Försenat");
		assertAccessible();

		open("/promises");
		assertAccessible();
		find("#text").sendKeys("Polisen och staden ska gemensamt öka tryggheten på Bäckbys torg kvällstid.");
		submit("#promise-form");
		assertThat(text("#promise-text")).contains("Bäckbys torg");
		assertAccessible();
		// the problem the promise answers is picked by its title
		Select target = new Select(find("#target"));
		String problem = target.getOptions().get(1).getText();
		target.selectByIndex(1);
		submit("#link-form");
		assertThat(text("#links")).contains(problem);
		assertAccessible();
		date("#followedOn", LocalDate.now());
		new Select(find("#status")).selectByValue("ON_TRACK");
		find("#follow-up-form #text").sendKeys("Trygghetsvandring genomförd, belysning beställd.");
		find("#follow-up-published").click();
		submit("#follow-up-form");
		assertThat(text("#follow-ups")).contains("Enligt plan").contains("Trygghetsvandring genomförd");
		assertThat(text(".facts")).contains(LocalDate.now().plusMonths(6).toString());
		submit("#publication-form");
		assertThat(text("#published")).isEqualTo("Ja");
		assertAccessible();

		open("/forums");
		follow(driver.findElement(org.openqa.selenium.By.linkText("Värna Västerås")));
		find("#survey-form #year").clear();
		find("#survey-form #year").sendKeys(String.valueOf(LocalDate.now().getYear() + 1));
		submit("#survey-form");
		assertThat(text("#survey-state")).isEqualTo("Utkast");
		submit("#survey-state-form");
		assertThat(text("#survey-state")).isEqualTo("Öppen för svar");
		assertThat(text("#suppressed")).contains("minst 5");
		assertAccessible();
		String link = find("#survey-link").getAttribute("href");
		driver.manage().deleteAllCookies();

		// a visitor, not signed in
		driver.get(link);
		assertThat(all("form[action='/logout']")).isEmpty();
		assertAccessible();
		submit("#answer-form");
		assertThat(all(".field-error")).hasSize(2);
		assertThat(driver.switchTo().activeElement().getDomAttribute("data-error-summary")).isNotNull();
		assertThat(all("[data-error-summary] a")).hasSize(2);
		assertAccessible();
		find("#process-4").click();
		find("#result-5").click();
		submit("#answer-form");
		assertThat(text("#thanks")).contains("anonymt");
		assertAccessible();
		driver.get(link);
		assertThat(text("#already")).contains("redan svarat");
		assertThat(all("#answer-form")).isEmpty();
	}

	private void date(String css, LocalDate day) {
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", find(css), day.toString());
	}

}
