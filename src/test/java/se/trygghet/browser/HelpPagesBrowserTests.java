package se.trygghet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Help where the terms appear: an analyst goes from the hot-spot map to the page on Gi*, reads it in English and finds
 * the index; a resident goes from the public indicators to the page on disclosure control. Every help page is
 * axe-clean.
 */
class HelpPagesBrowserTests extends BrowserTest {

	@Test
	void anAnalystFollowsTheHotSpotTermToItsHelpPageAndReadsItInEnglish() {
		signIn("analytiker");
		open("/situation/hotspots");
		follow(find("a.help-link[href='/help/gi-star']"));
		assertThat(text("main h1")).isEqualTo("Hot spots: Getis–Ord Gi*");
		assertThat(text("main")).contains("Benjamini–Hochbergs metod").contains("99, 95 och 90 % säkerhet");
		assertAccessible();

		follow(find("main a[href='/help/fdr']"));
		assertThat(text("main h1")).contains("Benjamini–Hochberg");
		assertAccessible();

		follow(find("nav a[lang='en']"));
		assertThat(find("html").getAttribute("lang")).isEqualTo("en");
		assertThat(text("main")).contains("false discovery rate");
		assertAccessible();

		follow(find("main .breadcrumb a[href='/help']"));
		assertThat(text("main h1")).isEqualTo("Help");
		assertThat(text("#help-yours + ul")).isEqualTo("Analyst: the main tasks");
		assertAccessible();
		follow(find("#help-yours + ul a"));
		assertThat(all("main a[href='/situation/hotspots']")).isNotEmpty();
		assertAccessible();
	}

	@Test
	void aResidentFollowsTheIndicatorsToDisclosureControlWithoutSigningIn() {
		open("/oppen/indikatorer");
		follow(find("a.help-link[href='/oppen/hjalp/disclosure']"));
		assertThat(text("main h1")).isEqualTo("Röjandekontroll");
		assertThat(text("main")).contains("mindre än 3").contains("färre än 10 personer");
		assertThat(all("form[action='/logout']")).isEmpty();
		assertAccessible();

		follow(find("nav a[href='/oppen/hjalp']"));
		assertThat(driver.findElements(By.cssSelector("main a[href^='/oppen/hjalp/']"))).hasSize(3);
		assertAccessible();
		follow(find("main a[href='/oppen/hjalp/resident']"));
		assertThat(all("main a[href='/rapportera']")).isNotEmpty();
		assertAccessible();
	}

}
