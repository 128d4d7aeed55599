package se.trygghet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The knowledge-based cycle in the browser: an analyst creates a problem from the situation picture, writes its cause
 * analysis, plans an intervention tied to the plan's activity 2.3, evaluates it against a control area with a buffer
 * ring, and records feedback; the activity's page then lists the intervention.
 */
class InterventionCycleTests extends BrowserTest {

	@Test
	void anAnalystTakesAProblemFromTheSituationPictureThroughAnalysisInterventionEvaluationAndFeedback() {
		signIn("analytiker");
		open("/situation");
		assertAccessible();
		follow(find("#situation-matrix tbody a.create-problem"));
		assertThat(find("#area").getAttribute("value")).isNotBlank();
		assertThat(find("#from").getAttribute("value")).isNotBlank();

		// nothing typed as title, a document without a reference: both errors shown, the rest kept
		find("#description").sendKeys("Mycket klotter kring torget enligt lägesbilden.");
		find("#documents").sendKeys("Trygghetsvandring 2026");
		submit("#problem-form");
		assertThat(text("#title-error")).isNotBlank();
		assertThat(find("#description").getText()).contains("Mycket klotter kring torget");
		assertAccessible();
		find("#title").sendKeys("Klotter kring torget");
		find("#documents").clear();
		find("#documents").sendKeys("Trygghetsvandring 2026 | https://www.vasteras.se/trygghetsvandring");
		checkByLabel("categories", "Klotter");
		new Select(find("#priority")).selectByValue("HOG");
		submit("#problem-form");
		assertThat(text("[role=status]")).contains("Sparat");
		assertThat(text("h1")).contains("Klotter kring torget");
		assertThat(text("#incident-counts")).contains("Klotter");
		assertAccessible();

		follow(find("#edit-analysis"));
		assertAccessible();
		find("#place").sendKeys("Torget och gångtunneln, dålig belysning");
		find("#victim").sendKeys("Fastighetsägarens fasader");
		find("#offender").sendKeys("Ungdomar på kvällstid");
		find("#riskFactors").sendKeys("Mörka hörn\nIngen vuxennärvaro");
		find("#protectiveFactors").sendKeys("Aktiv förening i området");
		find("#sources").sendKeys("Lägesbilden, trygghetsvandring");
		submit("#analysis-form");
		assertThat(text("#risk-factors")).contains("Mörka hörn").contains("Ingen vuxennärvaro");
		setValue("#heldOn", LocalDate.now().minusDays(3).toString());
		find("#participants").sendKeys("Boende och Bostads AB Mimer");
		find("#notes").sendKeys("Boende vill ha bättre belysning.");
		submit("#dialogue-form");
		assertThat(text("#dialogue-list")).contains("Boende vill ha bättre belysning.");
		assertAccessible();

		follow(find("#new-intervention"));
		assertAccessible();
		find("#title").sendKeys("Belysning i gångtunneln");
		Select activity = new Select(find("#activity"));
		WebElement activity23 = activity.getOptions()
			.stream()
			.filter(o -> o.getText().contains(": 2.3 "))
			.findFirst()
			.orElseThrow();
		activity.selectByValue(activity23.getAttribute("value"));
		find("#committees-0").click();
		setValue("#startsOn", LocalDate.now().minusDays(90).toString());
		setValue("#endsOn", LocalDate.now().minusDays(1).toString());
		find("#expectedEffect").sendKeys("Mindre klotter och skadegörelse kring torget");
		checkByLabel("categories", "Klotter");
		new Select(find("#evidenceLevel")).selectByValue("LOVANDE");
		find("#costSek").sendKeys("45 000");
		submit("#intervention-form");
		assertThat(text("h1")).contains("Belysning i gångtunneln");
		assertThat(text("#intervention-activity")).contains("Aktivitet 2.3");
		assertAccessible();

		String target = new Select(find("#target")).getFirstSelectedOption().getAttribute("value");
		Select control = new Select(find("#control"));
		String controlArea = control.getOptions()
			.stream()
			.filter(o -> o.getText().contains("(Stadsdel)") && !o.getAttribute("value").equals(target))
			.findFirst()
			.orElseThrow()
			.getAttribute("value");
		control.selectByValue(controlArea);
		find("#bufferMetres").sendKeys("200");
		submit("#evaluation-form");
		assertThat(text("[role=status]")).contains("Utvärderingen är sparad");
		assertThat(text("#evaluation-0 .verdict")).isNotBlank();
		assertThat(text("#evaluation-0")).contains("Målområde").contains("Kontrollområde").contains("Buffertzon")
			.contains("Viktad förflyttningskvot");
		assertThat(all("#evaluation-0 figure svg")).hasSize(1);
		assertAccessible();

		String intervention = driver.getCurrentUrl().replaceAll(".*/interventions/([^#?]+).*", "$1");
		follow(find("#intervention-activity a"));
		assertThat(text("#activity-links")).contains("Belysning i gångtunneln");
		assertThat(all("#activity-links a")).anyMatch(a -> a.getAttribute("href").endsWith("/interventions/" + intervention));
		assertAccessible();

		open("/interventions/" + intervention);
		follow(find("main p a[href^='/problems/']"));
		new Select(find("#intervention")).selectByVisibleText("Belysning i gångtunneln");
		new Select(find("#recipientKind")).selectByValue("RESIDENTS");
		find("#recipient").sendKeys("Boende kring torget");
		setValue("#givenOn", LocalDate.now().toString());
		find("#channel").sendKeys("Informationsblad");
		find("#summary").sendKeys("Belysningen i gångtunneln är åtgärdad.");
		new Select(find("#visibility")).selectByValue("PUBLIC");
		submit("#feedback-form");
		assertThat(text("#feedback-list")).contains("Belysningen i gångtunneln är åtgärdad.").contains("Publik");
		assertAccessible();
	}

	/** Date inputs take typed digits in the browser's locale order; setting the value is the same for every locale. */
	private void setValue(String css, String value) {
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", find(css), value);
	}

}
