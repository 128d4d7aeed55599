package se.trygghet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.trygghet.plan.PlanFixtures;

/**
 * A coordinator draws the next plan from the current one, ends one activity, changes one, adds one and adopts it;
 * the comparison and the public site show what became of the old activities.
 */
class NextPlanBrowserTests extends BrowserTest {

	static final String REASON = "Genomförd under perioden och nu en del av det ordinarie arbetet";

	@Autowired
	ApplicationContext context;

	/** Its own copy of Västerås' plan (adopted), imported through the page, so the real plan is never touched. */
	String importCopy(String key) throws Exception {
		open("/plans/import");
		Path file = Files.createTempFile(key, ".yaml");
		Files.writeString(file, PlanFixtures.vasterasFileWithKey(key));
		find("#file").sendKeys(file.toString());
		submit("form.form");
		return "/plans/" + key;
	}

	@Test
	void draftsTheNextPlanEndsChangesAndAddsActivitiesAdoptsItAndThePublicSiteShowsTheFates() throws Exception {
		signIn("samordnare");
		String previous = importCopy("webbnasta-2021-2023");
		String draft = "/plans/webbnasta-2024-2027";

		follow(find("#draft-next"));
		assertAccessible();
		assertThat(find("#periodFrom").getAttribute("value")).isEqualTo("2024");
		find("#periodTo").clear();
		find("#periodTo").sendKeys("2027");
		submit("form.form");
		assertThat(text("[role=status]")).contains("37 aktiviteter");
		assertThat(text("#count-CONTINUED")).endsWith("37");
		assertAccessible();

		// one ends, with its reason
		follow(find("a[href='" + draft + "/succession/2.3']"));
		assertAccessible();
		find("#choice-ENDED").click();
		find("#reason").sendKeys(REASON);
		submit("form.form");
		assertThat(text("#section-ENDED")).contains("2.3").contains(REASON);

		// one continues changed
		follow(find("a[href='" + draft + "/succession/1.1']"));
		follow(find("#change-activity"));
		assertAccessible();
		find("#text").clear();
		find("#text").sendKeys("Kartlägga tryggheten i alla stadsdelar varje år.");
		submit("form.form");
		assertThat(text("#activity-origin")).contains("tidigare 1.1 i Handlingsplan");

		// one is new
		open(draft + "/focus-areas/2/activities/new");
		find("#text").sendKeys("Trygghetsvandringar med unga i varje stadsdel.");
		new Select(find("#committee-0")).selectByVisibleText("Tekniska nämnden");
		new Select(find("#lead")).selectByVisibleText("Tekniska nämnden");
		submit("form.form");

		open(draft + "/comparison");
		assertThat(text("#count-CONTINUED")).endsWith("35");
		assertThat(text("#count-CHANGED")).endsWith("1");
		assertThat(text("#count-ENDED")).endsWith("1");
		assertThat(text("#count-NEW")).endsWith("1");
		assertAccessible();

		open(draft + "/adopt");
		find("#decision").sendKeys("KF 2024/12 § 3");
		find("#adoptedOn").sendKeys("15022024");
		submit("form.form");
		assertThat(text("[role=status]")).contains("antagen");
		try {
			open(previous);
			assertThat(text("dl.facts")).contains("Arkiverad");

			open(draft + "/amendment");
			assertAccessible();

			open("/oppen/plan");
			assertThat(text("main h1")).contains("2024–2027");
			assertThat(text("#previous-fates")).contains("Avslutades: " + REASON).contains("Fortsätter ändrad som 1.1");
			assertAccessible();
		}
		finally {
			PlanFixtures.archive(context, "webbnasta-2024-2027");
		}
	}

	@Test
	void opensAnAmendmentOfTheAdoptedPlanBeforeChangingItAndDecidesIt() throws Exception {
		signIn("samordnare");
		String plan = importCopy("webbrevision");

		follow(all("a[href^='" + plan + "/goals/']").get(0));
		find("#text").clear();
		find("#text").sendKeys("Ett ändrat mål utan beslut");
		submit("form.form");
		assertThat(text(".error-summary")).contains("Öppna en revidering");

		open(plan);
		follow(find("#amend-plan"));
		assertAccessible();
		find("#reason").sendKeys("Målen skärps efter uppföljningen 2022");
		submit("form.form");
		assertThat(text("[role=status]")).contains("Revideringen är öppen");
		assertAccessible();

		open(plan);
		assertThat(text("#amendment-banner")).contains("Revidering 1 pågår");
		follow(all("a[href^='" + plan + "/goals/']").get(0));
		find("#text").clear();
		find("#text").sendKeys("Ett skärpt mål");
		submit("form.form");
		assertThat(text("[role=status]")).contains("sparad");

		open(plan + "/amendment");
		find("#decision").sendKeys("KS 2022/88");
		find("#decidedOn").sendKeys("01062022");
		submit("form.form");
		assertThat(text("[role=status]")).contains("beslutad");
		assertThat(text("main table")).contains("KS 2022/88");
		assertAccessible();
		assertThat(driver.findElements(By.cssSelector("#amendment-banner"))).isEmpty();
	}

}
