package se.trygghet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class AreasTests extends BrowserTest {

	@Test
	void viewerBrowsesTheAreasAndSeesOneOnAMapWithTheSameFactsInText() {
		signIn("lasare");
		follow(find("nav a[href='/areas']"));
		assertThat(text("main h1")).isEqualTo("Områden");
		assertThat(text("#area-tree")).contains("Västerås").contains("Bäckby").contains("Demodata");
		assertAccessible();

		follow(driver.findElement(By.linkText("Centrum")));
		assertThat(text("main h1")).startsWith("Centrum").contains("Demodata");
		// Leaflet has drawn the area and the places within it (other tests may have imported more), with or without tiles
		waitFor(d -> d.findElements(By.cssSelector("#area-map path.leaflet-interactive")).size() >= 2);
		assertThat(find("#area-map").getAttribute("aria-label")).isEqualTo("Karta över Centrum");
		assertThat(text("#area-facts")).contains("km²").contains("SWEREF 99 TM");
		assertThat(text("#area-children")).contains("Västerås resecentrum");
		assertAccessible();
	}

	@Test
	void showsEveryProblemOfTheImportFormAndOfTheCategoryFormAtTheirTop() {
		signIn("admin");
		open("/areas/import");
		org.openqa.selenium.WebElement page = find("html");
		find("form[action='/areas/import'] button[type=submit]").click();
		waitUntilGone(page);
		// the summary has the focus (app.js) and names the missing file, which is also named beside its field
		assertThat(driver.switchTo().activeElement().getAttribute("data-error-summary")).isNotNull();
		assertThat(text(".error-summary")).contains("Välj en fil att importera.");
		assertThat(text("#file-error")).contains("Välj en fil att importera.");
		assertAccessible();

		open("/admin/indicator-categories");
		find("#options").sendKeys("bara en del\nockså trasig");
		page = find("html");
		find("form[action='/admin/indicator-categories'] button[type=submit]").click();
		waitUntilGone(page);
		assertThat(text(".error-summary")).contains("bara en del").contains("också trasig");
		assertThat(find("#options").getAttribute("value")).contains("bara en del");
		assertAccessible();
	}

	@org.springframework.beans.factory.annotation.Autowired
	se.trygghet.area.AreaTestAccess areaAccess;

	@Test
	void aCoordinatorReplacesTheAddressRegisterAfterABadFileIsRefusedRowByRow(
			@org.junit.jupiter.api.io.TempDir java.nio.file.Path files) throws Exception {
		try {
			signIn("samordnare");
			open("/areas");
			follow(find("main a[href='/areas/addresses']"));
			assertThat(text("main h1")).isEqualTo("Adressregister");
			assertThat(text("#register-summary")).contains("adresser").contains("Demodata");
			assertThat(text("#address-columns")).contains("gata").contains("SWEREF 99 TM");
			assertAccessible();

			java.nio.file.Path bad = files.resolve("adresser.csv");
			java.nio.file.Files.writeString(bad, "gata;nummer;lat;lon\nKyrkogatan;1;59,61;16,54\n;2;59,61;16,54\n");
			find("#file").sendKeys(bad.toString());
			submit("#address-import-form");
			assertThat(text("#import-problems")).contains("1 fel").contains("Gata eller platsnamn saknas.");
			assertThat(text("#import-problems tbody td")).isEqualTo("3");
			assertAccessible();

			java.nio.file.Path good = files.resolve("adresser-ratt.csv");
			java.nio.file.Files.writeString(good, "gata;nummer;lat;lon\nKyrkogatan;1;59,61;16,54\nKyrkogatan;3;59,6102;16,5402\n");
			find("#file").sendKeys(good.toString());
			submit("#address-import-form");
			assertThat(text("#addresses-imported")).contains("2 adresser och 0 platser");
			assertThat(text("#register-summary")).contains("adresser-ratt.csv").doesNotContain("Demodata");
			assertAccessible();
		}
		finally {
			areaAccess.loadDemoAddresses();
		}
	}

}
