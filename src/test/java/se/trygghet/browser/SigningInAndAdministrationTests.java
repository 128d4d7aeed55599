package se.trygghet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

class SigningInAndAdministrationTests extends BrowserTest {

	@Test
	void showsVisitorsWhatThePlatformIsAndWhereTheOpenDataIs() {
		open("/");
		assertThat(text("main h1")).contains("Välkommen");
		assertThat(find("main a[href='/api/v1/plans/vasteras-2021-2023']").getText()).contains("Handlingsplan");
		assertAccessible();
	}

	@Test
	void letsKeyboardUsersSkipToTheContent() {
		open("/");
		find("body").sendKeys(Keys.TAB);
		assertThat(driver.switchTo().activeElement().getAttribute("class")).contains("skip-link");
		driver.switchTo().activeElement().sendKeys(Keys.ENTER);
		assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
	}

	@Test
	void explainsAFailedSignInWithoutSayingWhichPartWasWrong() {
		open("/login");
		assertAccessible();
		find("#username").sendKeys("samordnare");
		find("#password").sendKeys("fel");
		submit("form.form");
		assertThat(text("[role=alert]")).contains("Fel användarnamn eller lösenord");
		assertAccessible();
	}

	@Test
	void letsAnAdminManageUsersAndBrowseTheAuditLog() {
		signIn("admin");
		assertAccessible();
		open("/admin/users");
		assertThat(text("main table")).contains("samordnare").contains("rapportor");
		assertAccessible();
		open("/admin/users/new");
		find("#username").sendKeys("ny-lasare");
		find("#displayName").sendKeys("Ny Läsare");
		find("#password").sendKeys("kort");
		find("#role-VIEWER").click();
		submit("form.form");
		assertThat(text(".field-error")).contains("12 tecken");
		assertAccessible();
		find("#password").sendKeys("ett-tillrackligt-langt-losenord");
		submit("form.form");
		assertThat(text("[role=status]")).contains("sparad");
		assertAccessible();

		open("/audit?action=identity.user");
		assertThat(text("main table")).contains("ny-lasare");
		assertAccessible();

		open("/admin/outbox");
		assertThat(text("main h1")).isEqualTo("Utkorg för e-post");
		assertAccessible();
	}

	@Test
	void switchesTheInterfaceToEnglish() {
		signIn("lasare");
		open("/plans/vasteras-2021-2023?lang=en");
		assertThat(find("html").getAttribute("lang")).isEqualTo("en");
		assertThat(text("main")).contains("Focus area 1");
		assertAccessible();
		open("/?lang=sv");
		assertThat(find("html").getAttribute("lang")).isEqualTo("sv");
	}

	@Test
	void hidesEditingFromAReporterAndShowsTheirCommitteesActivities() {
		signIn("rapportor");
		assertThat(text("main")).contains("Nämnden för idrott, fritid och förebyggande");
		assertThat(all("#start-my-activities li")).isNotEmpty();
		assertAccessible();
		open("/plans/vasteras-2021-2023/activities/3.3");
		assertThat(all("#edit-activity")).isEmpty();
		open("/plans/vasteras-2021-2023/activities/3.3/edit");
		assertThat(text("main h1")).contains("(403)");
		assertAccessible();
	}

}
