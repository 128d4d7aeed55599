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

}
