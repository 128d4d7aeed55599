package se.trygghet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.trygghet.plan.PlanFixtures;

/**
 * A coordinator drafting the next plan ends a carried indicator (first without a reason, which the form refuses) and
 * changes a carried goal on their pages, reached from the comparison, which then shows both.
 */
class CarriedItemsBrowserTests extends BrowserTest {

	static final String REASON = "Ersätts av kommunens egen trygghetsmätning";

	static final String GOAL = "Fler invånare känner sig trygga i sitt bostadsområde";

	@Autowired
	ApplicationContext context;

	@Test
	void endsAnIndicatorWithAReasonAndChangesAGoalOfTheDraftThroughTheirPages() throws Exception {
		signIn("samordnare");
		// its own copy of Västerås' plan (adopted), imported through the page, so the real plan is never touched
		open("/plans/import");
		Path file = Files.createTempFile("webbposter", ".yaml");
		Files.writeString(file, PlanFixtures.vasterasFileWithKey("webbposter-2021-2023"));
		find("#file").sendKeys(file.toString());
		submit("form.form");
		String draft = "/plans/webbposter-2024-2027";
		try {
			open("/plans/webbposter-2021-2023/next");
			find("#periodTo").clear();
			find("#periodTo").sendKeys("2027");
			submit("form.form");
			assertThat(text("#choose-items")).contains("Indikator").contains("Mål").contains("Fokusområde");

			// an indicator ends: refused without a reason, then ended with one
			follow(all("#choose-items a[href^='" + draft + "/succession/indicators/']").get(0));
			String indicator = text("#previous-text");
			assertThat(text("#newSeries-hint")).contains("ny mätserie");
			assertAccessible();
			submit("#end-form");
			assertThat(text("#reason-error")).contains("Skriv varför");
			assertThat(text(".error-summary")).contains("Skriv varför");
			assertAccessible();
			find("#reason").sendKeys(REASON);
			submit("#end-form");
			assertThat(text("[role=status]")).contains("Sparat för");
			assertThat(text("#items-INDICATOR")).contains(indicator).contains(REASON);
			assertAccessible();

			// a goal changes: refused without a text, then saved with one
			follow(all("#choose-items a[href^='" + draft + "/succession/goals/']").get(0));
			find("#text").clear();
			submit("#change-form");
			assertThat(text("#text-error")).contains("Skriv den nya texten");
			assertAccessible();
			find("#text").sendKeys(GOAL);
			submit("#change-form");
			assertThat(text("#items-GOAL")).contains(GOAL);
			assertThat(text("#item-count-GOAL")).contains("1");
			assertAccessible();
		}
		finally {
			PlanFixtures.archive(context, "webbposter-2021-2023");
		}
	}

}
