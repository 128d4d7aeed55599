package se.trygghet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghet.followup.ActivityStatus;
import se.trygghet.followup.FollowUpTestAccess;
import se.trygghet.followup.GoalContribution;
import se.trygghet.followup.ReportContent;
import se.trygghet.plan.PlanCatalog;
import se.trygghet.plan.PlanState;

/** A resident, not signed in, reads what is being done: start, plan, an activity, indicators, an area, in English. */
class PublicSiteBrowserTests extends BrowserTest {

	@Autowired
	FollowUpTestAccess followUp;

	@Autowired
	PlanCatalog plans;

	@Test
	void visitorBrowsesThePublicSiteFromStartToAnAreaAndSwitchesToEnglish() {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		UUID round = followUp.publishedRound(
				plans.plans().stream().filter(p -> p.state() == PlanState.ADOPTED).findFirst().orElseThrow().id(),
				"webb-" + marker, new ReportContent(ActivityStatus.PAGAENDE, null, "Trygghetsvandringar " + marker,
						null, null, GoalContribution.BIDRAR),
				"Granskning " + marker);
		String number = followUp.reportedActivity(round);

		open("/");
		follow(find("main a[href='/oppen']"));
		assertThat(text("main h1")).isEqualTo("Så arbetar kommunen för att fler ska känna sig trygga");
		assertThat(text("main")).contains("Uppföljning webb-" + marker).contains("Pågående");
		assertAccessible();

		// keyboard only: skip to the content, whose first link is the call to report a place, then on to the first
		// focus area of the plan, and follow that
		find("body").sendKeys(Keys.TAB);
		assertThat(driver.switchTo().activeElement().getAttribute("class")).contains("skip-link");
		driver.switchTo().activeElement().sendKeys(Keys.ENTER);
		driver.switchTo().activeElement().sendKeys(Keys.TAB);
		assertThat(driver.switchTo().activeElement().getAttribute("href")).endsWith("/rapportera");
		driver.switchTo().activeElement().sendKeys(Keys.TAB);
		assertThat(driver.switchTo().activeElement().getAttribute("href")).contains("/oppen/plan#fa-");
		org.openqa.selenium.WebElement page = find("html");
		driver.switchTo().activeElement().sendKeys(Keys.ENTER);
		waitUntilGone(page);
		assertThat(driver.getCurrentUrl()).contains("/oppen/plan#fa-");
		assertThat(text("main h1")).isNotBlank();
		assertAccessible();

		follow(find("main a[href='/oppen/aktiviteter/" + number + "']"));
		assertThat(text("main h1")).isEqualTo("Aktivitet " + number);
		assertThat(text("main")).contains("Pågående", "Trygghetsvandringar " + marker).doesNotContain("Granskning");
		assertAccessible();

		follow(find("nav a[href='/oppen/indikatorer']"));
		assertThat(text("main h1")).isEqualTo("Så går det: indikatorerna");
		assertAccessible();
		follow(find("main table a[href^='/oppen/indikatorer/']"));
		assertThat(all("main svg[role='img']")).isNotEmpty();
		assertAccessible();

		follow(find("nav a[href='/oppen/omraden']"));
		assertThat(text("main h1")).isEqualTo("Vad händer i mitt område?");
		assertAccessible();
		follow(driver.findElement(By.linkText("Centrum")));
		assertThat(text("main h1")).isEqualTo("Centrum");
		assertThat(text("main")).contains("Hela kommunen", "Demodata");
		assertAccessible();

		follow(find("nav a[lang='en']"));
		assertThat(text("main h1")).isEqualTo("Centrum");
		assertThat(text("main")).contains("Whole municipality");
		assertThat(find("html").getAttribute("lang")).isEqualTo("en");
		assertAccessible();
		follow(find("nav a[href='/oppen']"));
		assertThat(text("main h1")).isEqualTo("How the municipality works so that more people feel safe");
		assertAccessible();
	}

}
