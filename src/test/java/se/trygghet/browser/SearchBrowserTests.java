package se.trygghet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Searching from the header with the keyboard: the results page groups what was found by kind and links to each
 * hit's page; a query that cannot be searched gets its message; field staff have no search field.
 */
class SearchBrowserTests extends BrowserTest {

	@Test
	void aCoordinatorSearchesFromTheHeaderWithTheKeyboardAndOpensAnActivity() {
		signIn("samordnare");
		// a page with a search form of its own (the filters): two search landmarks, told apart by their names
		open("/indicators");
		assertAccessible();
		WebElement field = find("header form[role=search] input[name=q]");
		assertThat(find("label[for='" + field.getAttribute("id") + "']").getAttribute("textContent"))
			.isEqualTo("Sök i plattformen");
		WebElement page = find("html");
		field.sendKeys("trygghet", Keys.ENTER);
		waitUntilGone(page);

		assertThat(text("main h1")).isEqualTo("Sök");
		assertThat(text("main .search-summary")).contains("träffar på ”trygghet”");
		assertThat(all("main .search-group h2")).extracting(WebElement::getText)
			.anyMatch(heading -> heading.startsWith("Aktiviteter ("))
			.anyMatch(heading -> heading.startsWith("Indikatorer ("));
		assertThat(all("main .search-snippet mark")).isNotEmpty();
		assertAccessible();
		// a kind with more hits than shown is searched alone from its group
		follow(find("#kind-activity a[href*='kind=activity']"));
		assertThat(all("main .search-group")).hasSize(1);
		assertThat(all("#kind-activity .search-hits li").size()).isGreaterThan(5);
		assertAccessible();

		WebElement again = find("main input[name=q]");
		again.clear();
		page = find("html");
		again.sendKeys("4.5", Keys.ENTER);
		waitUntilGone(page);
		// the suite adopts copies of Västerås' plan, so 4.5 may be any of theirs
		follow(find("#kind-activity a[href$='/activities/4.5']"));
		assertThat(driver.getCurrentUrl()).endsWith("/activities/4.5");

		open("/search?q=" + "%21%3F");
		assertThat(text(".error-summary")).contains("minst ett ord");
		assertThat(find("main input[name=q]").getAttribute("aria-invalid")).isEqualTo("true");
		assertAccessible();
	}

	@Test
	void fieldStaffHaveNoSearchField() {
		signIn("faltrapportor");
		open("/incidents/mine");
		assertThat(all("form[role=search]")).isEmpty();
	}

}
