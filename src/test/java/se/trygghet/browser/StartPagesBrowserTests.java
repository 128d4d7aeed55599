package se.trygghet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghet.followup.ActivityStatus;
import se.trygghet.followup.FollowUpTestAccess;
import se.trygghet.followup.GoalContribution;
import se.trygghet.followup.ReportContent;
import se.trygghet.plan.PlanCatalog;

/** The start page of each role: what needs them now, each item a link to where it is handled. */
class StartPagesBrowserTests extends BrowserTest {

	@Autowired
	FollowUpTestAccess followUp;

	@Autowired
	PlanCatalog plans;

	@Test
	void reporterFindsAReturnedReportOnTheStartPageAndSubmitsItAgain() {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		// the demo reporter reports for Nämnden för idrott, fritid och förebyggande, sole owner of activity 3.3
		UUID report = followUp.returnedReport(
				plans.plans().stream().filter(p -> p.key().equals("vasteras-2021-2023")).findFirst().orElseThrow().id(),
				"start-" + marker, "3.3",
				new ReportContent(ActivityStatus.PAGAENDE, null, "Fältarbete vid resecentrum " + marker, null, null,
						GoalContribution.BIDRAR_DELVIS),
				"Beskriv effekterna " + marker);

		signIn("rapportor");
		open("/");
		assertThat(text("#start-returned")).contains("3.3").contains("Beskriv effekterna " + marker);
		assertAccessible();
		follow(find("#start-returned a[href='/reports/" + report + "']"));
		assertThat(text("#report-state")).isEqualTo("Tillbakaskickad");
		find("#effects").sendKeys("Färre larm om langning under hösten " + marker + ".");
		press("button[value=submit]");
		assertThat(text("#report-state")).isEqualTo("Inskickad");

		open("/");
		assertThat(text("#start-returned")).doesNotContain(marker);
		assertThat(text("#start-my-reports")).contains("Inskickad");
		assertThat(all("#start-my-reports a[href='/reports/" + report + "']")).hasSize(1);
	}

	@Test
	void everyRolesStartPageIsAccessible() {
		for (String user : new String[] { "admin", "samordnare", "rapportor", "analytiker", "lasare", "faltrapportor",
				"partner" }) {
			driver.manage().deleteAllCookies();
			signIn(user);
			open("/");
			assertThat(all("main .start-section")).as(user + "'s sections").isNotEmpty();
			assertAccessible();
		}
	}

}
