package se.trygghet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The chain both ways in the browser: a coordinator reads activity 2.3's indicators with their latest values and
 * verdicts, chooses one of another focus area for it, and finds the activity on that indicator's page; every page on
 * the way is accessible.
 */
class IndicatorChainBrowserTests extends BrowserTest {

	@Test
	void aCoordinatorChoosesAnIndicatorForAnActivityAndFindsTheActivityOnTheIndicatorsPage() {
		signIn("samordnare");
		// the plan is adopted: changing it needs an open amendment, decided again at the end
		open("/plans/vasteras-2021-2023/amendment");
		find("#reason").sendKeys("Indikatorer för aktiviteterna");
		submit("form.form");
		assertThat(text("[role=status]")).contains("Revideringen är öppen");
		open("/plans/vasteras-2021-2023/activities/2.3");
		assertThat(text("#activity-indicators")).contains("Hör till fokusområde 2", "Senaste värde", "Bedömning");
		assertAccessible();

		follow(find("#edit-activity-indicators"));
		assertThat(text("main h1")).isEqualTo("Indikatorer för aktivitet 2.3");
		assertAccessible();
		checkByLabel("indicators", "Andel behöriga till yrkesprogram i gymnasiet");
		submit("#activity-indicators-form");
		try {
			assertThat(text("[role=status]")).contains("sparad");
			assertThat(text("#activity-indicators")).contains("Andel behöriga till yrkesprogram i gymnasiet",
					"Vald för aktiviteten");
			assertAccessible();

			follow(driver.findElement(By.linkText("Andel behöriga till yrkesprogram i gymnasiet")));
			assertThat(text("#indicator-activities")).contains("Aktivitet 2.3", "Aktiviteten har valt indikatorn");
			assertAccessible();
		}
		finally {
			// as it was, for the other tests on the same plan
			open("/plans/vasteras-2021-2023/activities/2.3/indicators");
			for (var box : all("input[name='indicators']:checked")) {
				box.click();
			}
			submit("#activity-indicators-form");
			open("/plans/vasteras-2021-2023/amendment");
			find("#decidedBy").sendKeys("Kommunstyrelsen");
			find("#decision").sendKeys("KS 2022/1");
			setValue("#decidedOn", "2022-06-01");
			submit("form.form");
		}
	}

	@Test
	void anAnalystChoosesIndicatorsByFocusAreaOnTheProblemForm() {
		signIn("analytiker");
		open("/problems/new");
		assertThat(text("#indicators")).contains("2. ", "Anmälda brott");
		assertAccessible();
		find("#title").sendKeys("Otrygghet vid busshållplatsen");
		setValue("#from", "2023-01-01");
		setValue("#to", "2023-06-30");
		checkByLabel("indicators", "Anmälda brott");
		submit("#problem-form");
		assertThat(text("#problem-indicators")).contains("Anmälda brott");
		assertAccessible();
		follow(driver.findElement(By.linkText("Anmälda brott")));
		assertThat(text("#indicator-work")).contains("Otrygghet vid busshållplatsen");
		assertAccessible();
	}

	/** Date inputs take typed digits in the browser's locale order; setting the value is the same for every locale. */
	private void setValue(String css, String value) {
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", find(css), value);
	}

}
