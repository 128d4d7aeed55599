package se.trygghet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * A coordinator registers an organisation the city works with; the admin gives a person there a partner account,
 * who then sees no internal page.
 */
class ActorsAndPartnersTests extends BrowserTest {

	@Test
	void aCoordinatorRegistersAnActorAndTheAdminGivesItAPartnerAccountThatSeesNothingInternal() {
		signIn("samordnare");
		follow(find("nav a[href='/actors']"));
		assertThat(text("#actors")).contains("Polisen").contains("Region Västmanland");
		assertAccessible();
		find("#name").sendKeys("Bäckby IF (webbtest)");
		submit("#actor-form");
		assertThat(text(".field-error")).contains("Välj vilken typ");
		assertThat(find("#name").getAttribute("value")).isEqualTo("Bäckby IF (webbtest)");
		assertAccessible();
		new Select(find("#type")).selectByValue("CIVILSAMHALLE");
		submit("#actor-form");
		assertThat(text("[role=status]")).contains("Bäckby IF (webbtest)");
		assertThat(text("#actors")).contains("Civilsamhälle");
		driver.manage().deleteAllCookies();

		signIn("admin");
		open("/admin/users/new");
		find("#username").sendKeys("backby-partner");
		find("#displayName").sendKeys("Partner i Bäckby IF");
		find("#password").sendKeys("ett-tillrackligt-langt-losenord");
		find("#role-PARTNER").click();
		submit("form.form");
		assertThat(text(".field-error")).contains("Välj vilken organisation");
		assertAccessible();
		new Select(find("#actorId")).selectByVisibleText("Bäckby IF (webbtest)");
		find("#password").sendKeys("ett-tillrackligt-langt-losenord");
		submit("form.form");
		assertThat(text("[role=status]")).contains("sparad");
		driver.manage().deleteAllCookies();

		signIn("backby-partner", "ett-tillrackligt-langt-losenord");
		assertThat(all("nav a[href='/plans']")).isEmpty();
		assertThat(text("main")).contains("delas med er organisation");
		assertAccessible();
		open("/plans");
		assertThat(driver.getPageSource()).doesNotContain("Handlingsplaner</h1>");
	}

	@Test
	void aPartnerReadsTheProblemsAndInterventionsSharedWithItsOrganisationAndNoOthers() {
		// an internal problem no partner shares: recorded by the analyst from the situation picture
		signIn("analytiker");
		open("/situation");
		follow(find("#situation-matrix tbody a.create-problem"));
		find("#title").sendKeys("Internt: oro vid skolan (webbtest)");
		checkByLabel("categories", "Klotter");
		submit("#problem-form");
		assertThat(text("h1")).contains("Internt: oro vid skolan");
		String internal = driver.getCurrentUrl();
		driver.manage().deleteAllCookies();

		// the demo partner account is bound to Polisen, co-responsible for the demo cycle's intervention
		signIn("partner");
		open("/problems");
		assertThat(text("main")).contains("Klotter och skadegörelse kring torget (demodata)")
			.doesNotContain("Internt: oro vid skolan");
		assertAccessible();
		follow(find("main a[href^='/problems/']"));
		assertThat(text("h1")).contains("Klotter och skadegörelse kring torget");
		assertThat(text("main")).contains("Belysning och snabb klottersanering (demodata)");
		assertAccessible();
		follow(find("main a[href^='/interventions/']"));
		assertThat(text("h1")).contains("Belysning och snabb klottersanering");
		assertAccessible();

		driver.get(internal);
		assertThat(text("main")).contains("Du har inte behörighet");
		assertThat(driver.getPageSource()).doesNotContain("Internt: oro vid skolan");
		assertAccessible();
	}

}
