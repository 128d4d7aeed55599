package se.trygghet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.plan.NextPlanChoices;
import se.trygghet.plan.PlanFixtures;

/** A coordinator reads the evidence beside a draft: the whole plan, one focus area, and an activity's anchor. */
class PlanEvidencePageTests extends BrowserTest {

	@Autowired
	ApplicationContext context;

	@Test
	void readsTheEvidenceOfTheWholeDraftAndOfOneFocusArea() {
		String previous = PlanFixtures.importCopy(context, "webbunderlag-2021-2023");
		TestUsers.signIn(Role.COORDINATOR);
		String draft;
		try {
			draft = PlanFixtures.draftNext(context, previous, 2024, 2027);
			NextPlanChoices.end(context, draft, "2.3", "Trygghetsvandringarna är nu ordinarie arbete");
		}
		finally {
			TestUsers.signOut();
		}

		signIn("samordnare");
		open("/plans/" + draft);
		follow(find("a[href='/planning/" + draft + "/evidence']"));
		assertThat(text("main h1")).contains("Underlag");
		assertThat(all("section.focus-area")).hasSize(6);
		assertThat(text("#ended")).contains("Tidigare 2.3").contains("Avslutas").contains("ordinarie arbete");
		assertAccessible();

		follow(find("a[href='/planning/" + draft + "/evidence?area=1']"));
		assertThat(all("section.focus-area")).hasSize(1);
		assertThat(text("#a-1-1")).contains("Tidigare 1.1").contains("Fortsätter");
		assertAccessible();
	}

}
