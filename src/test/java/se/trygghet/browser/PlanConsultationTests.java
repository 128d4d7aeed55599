package se.trygghet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import se.trygghet.plan.PlanFixtures;

/**
 * A draft plan on consultation in the browser: the coordinator sends it, the reporter of NIFF comments on an activity
 * the committee leads and submits the answer, and the coordinator reads the comment, replies and closes. axe-core on
 * every page on the way, the form with its errors included.
 */
class PlanConsultationTests extends BrowserTest {

	@Test
	void theCoordinatorSendsADraftAReporterCommentsAndTheCoordinatorReplies() throws Exception {
		signIn("samordnare");
		open("/plans/import");
		Path file = Files.createTempFile("remiss", ".yaml");
		Files.writeString(file, PlanFixtures.vasterasFileWithKey("remiss-webbplan")
			.replace("state: ADOPTED", "state: DRAFT")
			.replaceFirst("\n  name: \"[^\"]+\"", "\n  name: \"Remissutkast 2024–2027\""));
		find("#file").sendKeys(file.toString());
		submit("form.form");
		String plan = "/plans/remiss-webbplan";
		open(plan);

		follow(find("a[href^='/consultations/new?plan=']"));
		assertThat(text("main h1")).contains("Skicka på remiss");
		assertAccessible();
		// without a last day the form says so, beside the field and in the summary that has the focus
		submit("#send-form");
		assertThat(text(".error-summary")).contains("Ange sista dag för svar.");
		assertAccessible();
		LocalDate deadline = LocalDate.now().plusDays(30);
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", find("#deadline"),
				deadline.toString());
		submit("#send-form");
		assertThat(text("main h1")).isEqualTo("Remiss: Remissutkast 2024–2027");
		assertThat(text("#answered-count")).startsWith("0 av ");
		String consultation = driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
		assertAccessible();

		driver.manage().deleteAllCookies();
		signIn("rapportor");
		follow(find("a[href='/consultations']"));
		assertThat(text("#consultations")).contains("Remissutkast 2024–2027");
		assertAccessible();
		follow(find("#consultations a[href^='" + consultation + "/committees/']"));
		assertThat(text("main h1")).contains("Nämnden för idrott, fritid och förebyggande");
		// NIFF is named on 1.1 (co-responsible) and 1.3 (lead), not on 1.6
		assertThat(all("a[href$='/activities/1.6']")).isEmpty();
		assertThat(all("a[href$='/activities/1.1']")).hasSize(1);
		assertAccessible();
		follow(find("a[href$='/activities/1.3']"));
		assertAccessible();
		checkByLabel("position", "Kan inte ta ledaransvar");
		submit("#comment-form");
		assertThat(text(".error-summary")).contains("Skriv vad nämnden vill ändra eller varför.");
		assertAccessible();
		find("#text").sendKeys("Kulturnämnden har fritidsgårdarnas kulturverksamhet och bör leda.");
		submit("#comment-form");
		assertThat(text("[role=status]")).contains("Kommentaren är sparad.");
		assertThat(text("#own-activities")).contains("Kan inte ta ledaransvar");
		submit("form[action$='/submit']");
		assertThat(text("[role=status]")).contains("Svaret är inlämnat.");
		assertAccessible();
		screenshot("consultation-committee-answer");

		driver.manage().deleteAllCookies();
		signIn("samordnare");
		open(consultation);
		assertThat(text("#answered-count")).startsWith("1 av ");
		assertThat(text("#activity-1\\.3")).contains("Kulturnämnden har fritidsgårdarnas kulturverksamhet och bör leda.")
			.contains("Kan inte ta ledaransvar");
		follow(find("#activity-1\\.3 a[href$='/reply']"));
		assertAccessible();
		find("#reply").sendKeys("Ledningen för 1.3 flyttas till Kulturnämnden.");
		find("#draftChanged").click();
		submit("#reply-form");
		assertThat(text("#activity-1\\.3")).contains("Ledningen för 1.3 flyttas till Kulturnämnden.")
			.contains("Utkastet ändrat");
		assertAccessible();
		screenshot("consultation-overview");
		submit("form[action$='/close']");
		assertThat(text("[role=status]")).contains("Remissen är stängd.");
		assertAccessible();

		open(plan + "/history");
		assertThat(text("main")).contains("Skickad på remiss", "Remissvar inlämnat", "Remisskommentar besvarad",
				"Remissen stängd");
		assertAccessible();
	}

}
