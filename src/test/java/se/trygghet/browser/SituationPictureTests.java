package se.trygghet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * A field reporter reports an incident by clicking the map; the analyst then finds it in this week's situation picture
 * and looks at the hot-spot map and its table.
 */
class SituationPictureTests extends BrowserTest {

	@Test
	void anIncidentAFieldReporterReportsOnTheMapShowsInTheAnalystsWeeklyPictureAndHotSpotMap() {
		signIn("analytiker");
		follow(find("nav a[href='/situation']"));
		String before = text("#situation-matrix tfoot");
		assertAccessible();
		driver.manage().deleteAllCookies();

		signIn("faltrapportor");
		assertThat(all("nav a[href='/plans']")).as("field staff see no internal pages").isEmpty();
		assertAccessible();
		follow(find("main a[href='/incidents/new']"));
		assertAccessible();
		new Select(find("#category")).selectByValue("fordonsbrand");
		// a click in the middle of the map picks its centre, central Västerås
		waitFor(d -> !d.findElements(By.cssSelector("#incident-map.leaflet-container")).isEmpty());
		new Actions(driver).moveToElement(find("#incident-map")).click().perform();
		waitFor(d -> !d.findElement(By.id("latitude")).getAttribute("value").isBlank());
		assertThat(Double.parseDouble(find("#latitude").getAttribute("value"))).isBetween(59.5, 59.7);
		find("#organisation").sendKeys("Räddningstjänsten");
		find("#severity-3").click();
		find("#description").sendKeys("Bil i brand på parkeringen, ring 070-123 45 67");
		submit("#incident-form");
		assertThat(text(".field-error")).contains("telefonnummer");
		assertThat(find("#latitude").getAttribute("value")).isNotBlank();
		assertAccessible();
		find("#description").clear();
		find("#description").sendKeys("Bil i brand på parkeringen vid torget");
		submit("#incident-form");
		assertThat(text("[role=status]")).contains("rapporterad");
		assertThat(text("#my-incidents")).contains("Fordonsbrand").contains("Bil i brand på parkeringen vid torget");
		assertAccessible();
		open("/situation");
		assertThat(driver.getPageSource()).doesNotContain("situation-matrix");
		driver.manage().deleteAllCookies();

		signIn("analytiker");
		open("/situation");
		assertThat(text("#situation-matrix tfoot")).isNotEqualTo(before);
		find("#assessment").sendKeys("Fordonsbränder ökar kring torget.");
		find("#focusPlaces").sendKeys("Parkeringen vid torget");
		submit("#week-note form");
		assertThat(text("[role=status]")).contains("sparad");
		assertThat(find("#assessment").getText()).contains("Fordonsbränder ökar");
		assertAccessible();

		follow(find("a[href='/situation/hotspots']"));
		waitFor(d -> !d.findElement(By.id("hotspot-status")).getText().isBlank()
				&& !d.findElement(By.id("hotspot-status")).getText().equals("…"));
		assertThat(text("#hotspot-status")).contains("celler");
		assertThat(text("#hotspot-legend")).contains("Hot spot, 99 % säkerhet");
		assertAccessible();
	}

	@Test
	void theIncidentFormShowsEveryProblemAtItsTopAndKeepsACoordinateWithACommaAsTyped() {
		signIn("faltrapportor");
		open("/incidents/new");
		waitFor(d -> !d.findElements(By.cssSelector("#incident-map.leaflet-container")).isEmpty());
		find("#latitude").sendKeys("59,61");
		find("#longitude").sendKeys("16.5450");
		submit("#incident-form");
		// the summary has the focus (app.js), and names every problem, each beside its field too
		assertThat(driver.switchTo().activeElement().getAttribute("data-error-summary")).isNotNull();
		assertThat(text(".error-summary")).contains("Skriv latituden som ett tal med punkt")
			.contains("Välj en kategori ur listan").contains("Ange organisation");
		assertThat(text("#latitude-error")).contains("Skriv latituden som ett tal med punkt");
		assertThat(find("#category-error").isDisplayed()).isTrue();
		assertThat(find("#organisation-error").isDisplayed()).isTrue();
		// the map script marks a typed place but never rewrites it
		waitFor(d -> !d.findElements(By.cssSelector("#incident-map.leaflet-container")).isEmpty());
		assertThat(find("#latitude").getAttribute("value")).isEqualTo("59,61");
		assertAccessible();
	}

	@org.junit.jupiter.api.io.TempDir
	java.nio.file.Path files;

	@Test
	void anAnalystImportsIncidentsFromAFileAfterCorrectingWhatItRefused() throws Exception {
		signIn("analytiker");
		open("/incidents/mine");
		follow(find("a[href='/incidents/import']"));
		assertAccessible();
		String yesterday = se.trygghet.TestTimes.yesterday() + " 07:45";
		java.nio.file.Path bad = files.resolve("est-vecka.csv");
		java.nio.file.Files.writeString(bad, "id;kategori;tid;latitud;longitud;organisation;allvarlighet;beskrivning\n"
				+ "w1;klotter;" + yesterday + ";59.6150;16.5450;Bostads AB Mimer;1;Tagg på porten\n"
				+ "w2;brand;" + yesterday + ";59.6150;16.5450;Bostads AB Mimer;3;Hyresgästen 0701234567 larmade\n");
		find("#file").sendKeys(bad.toString());
		submit("#incident-import-form");
		assertThat(text("#import-problems")).contains("Ingenting importerades").contains("telefonnummer");
		assertAccessible();
		java.nio.file.Path good = files.resolve("est-vecka-rattad.csv");
		java.nio.file.Files.writeString(good, "id;kategori;tid;latitud;longitud;organisation;allvarlighet;beskrivning\n"
				+ "w1;klotter;" + yesterday + ";59.6150;16.5450;Bostads AB Mimer;1;Tagg på porten\n"
				+ "w2;brand;" + yesterday + ";59.6150;16.5450;Bostads AB Mimer;3;Brand i soprum\n");
		find("#file").sendKeys(good.toString());
		submit("#incident-import-form");
		assertThat(text("#import-result")).startsWith("2 händelser importerades");
		assertAccessible();
	}

}
