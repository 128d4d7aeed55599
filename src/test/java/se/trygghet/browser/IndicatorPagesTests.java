package se.trygghet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class IndicatorPagesTests extends BrowserTest {

	@Test
	void viewerOpensAnIndicatorAndBreaksItDownByGenderAndThenByArea() {
		signIn("lasare");
		follow(find("nav a[href='/indicators']"));
		assertThat(text("main h1")).isEqualTo("Indikatorer");
		assertThat(text("#indicator-cards")).contains("Tillit bland barn", "Senaste värde", "Bedömning", "Demodata");
		assertAccessible();

		follow(driver.findElement(By.linkText("Tillit bland barn")));
		assertThat(text("main h1")).isEqualTo("Tillit bland barn");
		assertThat(text(".indicator-details")).contains("Bedömning", "Källa", "Önskad riktning");
		assertThat(text("#indicator-data thead")).contains("Totalt").doesNotContain("Flickor");
		assertAccessible();

		// htmx swaps the breakdown in place; without JavaScript the same link loads the whole page
		clickSettled(() -> driver.findElement(By.linkText("Kön")));
		waitFor(d -> text(".breakdown-choices a.selected").equals("Kön"));
		assertThat(driver.getCurrentUrl()).endsWith("breakdown=kon");
		assertThat(text("#indicator-data thead")).contains("Totalt", "Flickor", "Pojkar");
		assertThat(text("#indicator-data tbody")).contains("2023").contains("%");
		assertAccessible();

		clickSettled(() -> driver.findElement(By.linkText("Område")));
		waitFor(d -> text(".breakdown-choices a.selected").equals("Område"));
		assertThat(text("#indicator-data thead")).contains("Västerås", "Bäckby", "Skultuna");
		assertAccessible();
	}

}
