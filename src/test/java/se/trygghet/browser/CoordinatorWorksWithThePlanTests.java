package se.trygghet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import se.trygghet.plan.PlanFixtures;

class CoordinatorWorksWithThePlanTests extends BrowserTest {

	/** Imports its own copy of the plan through the import page, so its edits never touch the shared real plan. */
	String importCopy(String key) throws Exception {
		open("/plans/import");
		assertAccessible();
		Path file = Files.createTempFile(key, ".yaml");
		Files.writeString(file, PlanFixtures.vasterasFileWithKey(key));
		find("#file").sendKeys(file.toString());
		submit("form.form");
		assertThat(text("[role=status]")).contains("importerad");
		return "/plans/" + key;
	}

	/** The imported plan is adopted: changing it needs an open amendment, opened on its page. */
	void openAmendment(String plan) {
		open(plan + "/amendment");
		find("#reason").sendKeys("Ändringar under perioden");
		submit("form.form");
		assertThat(text("[role=status]")).contains("Revideringen är öppen");
	}

	@Test
	void browsesThePlanEditsAnActivityAndSeesItsHistory() throws Exception {
		signIn("samordnare");
		assertThat(text("main h1")).contains("Demo Samordnare");
		assertAccessible();

		String plan = importCopy("webbtest-plan");
		assertThat(text("main h1")).contains("Handlingsplan för trygghetsskapande");
		openAmendment(plan);
		open(plan);
		assertThat(all("article.focus-area")).hasSize(6);
		assertThat(all("table.activities tbody tr")).hasSize(37);
		assertAccessible();
		screenshot("plan-overview");

		// filtering with htmx replaces the results in place and keeps the URL shareable
		new Select(find("#focusArea")).selectByValue("6");
		waitFor(d -> d.findElements(By.cssSelector("article.focus-area")).size() == 1);
		assertThat(text("article.focus-area h2")).contains("Fokusområde 6");
		assertThat(driver.getCurrentUrl()).contains("focusArea=6");
		assertAccessible();

		follow(find("a[href='" + plan + "/activities/6.5']"));
		assertThat(text("main h1")).isEqualTo("Aktivitet 6.5");
		String original = text("#activity-text");
		assertThat(text("#responsible")).contains("Kommunstyrelsen").contains("ledande");
		assertAccessible();

		follow(find("#edit-activity"));
		assertAccessible();
		find("#text").clear();
		find("#text").sendKeys("Tydliggöra kontaktpersoner och kommunikationsvägar mellan organisationer.");
		submit("form.form");

		assertThat(text("[role=status]")).contains("sparad");
		assertThat(text("#activity-text")).isEqualTo("Tydliggöra kontaktpersoner och kommunikationsvägar mellan organisationer.");
		assertThat(text(".history")).contains("samordnare");
		assertThat(find(".history del").getText()).isEqualTo(original);
		assertAccessible();
		screenshot("activity-with-history");

		submit("form[action$='/confirm-lead']");
		assertThat(text("#lead-status")).contains("Ledande nämnd bekräftad");

		follow(find("a[href='" + plan + "/history']"));
		assertThat(text("main")).contains("6.5");
		assertAccessible();

		follow(find("a[href='" + plan + "/organisation']"));
		assertThat(all("main h2")).extracting(e -> e.getText())
			.containsExactly("Inriktande nivå", "Strategisk nivå", "Taktisk nivå", "Operativ nivå");
		assertAccessible();

		follow(driver.findElements(By.partialLinkText("Nämnden för idrott")).get(0));
		assertThat(text("main h1")).contains("Nämnden för idrott, fritid och förebyggande");
		assertThat(all("#leads li")).isNotEmpty();
		assertAccessible();
	}

	@Test
	void editsAGoalAndAdoptsADraftPlan() throws Exception {
		signIn("samordnare");
		open("/plans/import");
		Path file = Files.createTempFile("utkast", ".yaml");
		Files.writeString(file, PlanFixtures.vasterasFileWithKey("utkast-webbplan").replace("state: ADOPTED", "state: DRAFT"));
		find("#file").sendKeys(file.toString());
		submit("form.form");
		String plan = "/plans/utkast-webbplan";

		follow(all("a[href^='" + plan + "/goals/']").get(0));
		assertAccessible();
		find("#text").clear();
		find("#text").sendKeys("Invånarnas tillit till varandra ska öka i alla stadsdelar");
		submit("form.form");
		assertThat(text("[role=status]")).contains("sparad");
		assertThat(text(".history")).contains("Invånarnas tillit till varandra ska öka i alla stadsdelar");

		open(plan + "/adopt");
		assertAccessible();
		find("#decision").sendKeys("KS 2021/123 § 45");
		find("#adoptedOn").sendKeys("05052021");
		submit("form.form");
		assertThat(text("[role=status]")).contains("antagen");
		assertThat(text("dl.facts")).contains("KS 2021/123 § 45").contains("Antagen");
		assertAccessible();
	}

	@Test
	void addsAnActivityToAFocusArea() throws Exception {
		signIn("samordnare");
		String plan = importCopy("utokad-webbplan");
		openAmendment(plan);
		open(plan);
		follow(find("a[href='" + plan + "/focus-areas/2/activities/new']"));
		assertThat(find("#number").getAttribute("value")).isEqualTo("2.7");
		assertAccessible();
		find("#text").sendKeys("Trygghetsvandringar i samtliga stadsdelar.");
		new Select(find("#committee-0")).selectByVisibleText("Tekniska nämnden");
		new Select(find("#committee-1")).selectByVisibleText("Kommunstyrelsen");
		new Select(find("#lead")).selectByVisibleText("Tekniska nämnden");
		submit("form.form");
		assertThat(text("main h1")).isEqualTo("Aktivitet 2.7");
		assertThat(text("#responsible")).startsWith("Tekniska nämnden").contains("Kommunstyrelsen");
		assertThat(text("#lead-status")).contains("Ledande nämnd bekräftad");
		assertAccessible();
	}

	@Test
	void keepsTheUsersInputAndExplainsAnErrorWhenTheLeadIsNotResponsible() throws Exception {
		signIn("samordnare");
		open(importCopy("felstavad-plan") + "/activities/3.3/edit");
		find("#text").sendKeys(" (kompletterad)");
		new Select(find("#lead")).selectByVisibleText("Kommunstyrelsen");
		submit("form.form");
		assertThat(text(".field-error")).contains("ledande nämnden måste vara en av de ansvariga");
		assertThat(find("#text").getAttribute("value")).endsWith("(kompletterad)");
		assertAccessible();
	}

	@Test
	void importsNothingFromAFileWithErrorsAndListsThem() throws Exception {
		signIn("samordnare");
		open("/plans/import");
		Path file = Files.createTempFile("trasig-plan", ".yaml");
		Files.writeString(file, PlanFixtures.vasterasFileWithKey("trasig")
			.replace("number: \"1.2\"", "number: \"1.1\""));
		find("#file").sendKeys(file.toString());
		submit("form.form");
		assertThat(text("#import-problems")).contains("1.1").contains("focusAreas[0].activities[1].number");
		assertAccessible();
	}

}
