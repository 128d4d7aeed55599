package se.trygghet.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;

/** The plan overview is served from a rendered skeleton; each person must still get their own page. */
@PlatformIntegrationTest
class PlanPagesTests {

	static final Pattern TOKEN_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanImport planImport;

	@Autowired
	PlanEditing editing;

	@Autowired
	PlanViews views;

	MvcResult overview(String key, Role role) throws Exception {
		return mvc.perform(get("/plans/" + key).with(TestUsers.as(role)).session(new MockHttpSession())).andReturn();
	}

	static String html(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void givesEachPersonTheirOwnNameTokenAndControls() throws Exception {
		String key = PlanFixtures.importCopy(planImport, "personlig-plan");
		MvcResult coordinator = overview(key, Role.COORDINATOR);
		MvcResult sameRoleAgain = overview(key, Role.COORDINATOR);
		MvcResult viewer = overview(key, Role.VIEWER);

		assertThat(html(coordinator)).contains("Test COORDINATOR").contains("Redigera")
			.doesNotContain("zqCsrfTokenMark")
			.doesNotContain("zqUserNameMark");
		assertThat(html(viewer)).contains("Test VIEWER").doesNotContain("Test COORDINATOR").doesNotContain("Redigera");
		for (MvcResult result : new MvcResult[] { coordinator, sameRoleAgain, viewer }) {
			CsrfToken token = (CsrfToken) result.getRequest().getAttribute(CsrfToken.class.getName());
			Matcher field = TOKEN_FIELD.matcher(html(result));
			assertThat(field.find()).isTrue();
			// the masked token in the page must be the one issued to this request
			assertThat(field.group(1)).isEqualTo(token.getToken());
		}
		assertThat(html(coordinator)).isNotEqualTo(html(sameRoleAgain));
		// a cached page must not hand one role's navigation to another
		assertThat(html(overview(key, Role.COMMITTEE_REPORTER))).contains("href=\"/my-reports\"");
		assertThat(html(viewer)).doesNotContain("href=\"/my-reports\"");
	}

	@Test
	void givesAViewerWhoAlsoReportsIncidentsTheirOwnMenu() throws Exception {
		String key = PlanFixtures.importCopy(planImport, "meny-per-roll");
		String viewer = html(overview(key, Role.VIEWER));
		String viewerAndFieldReporter = html(mvc
			.perform(get("/plans/" + key).with(TestUsers.withRoles("viewer-in-the-field", Role.VIEWER, Role.FIELD_REPORTER))
				.session(new MockHttpSession()))
			.andReturn());

		assertThat(viewer).doesNotContain("href=\"/incidents/new\"");
		assertThat(viewerAndFieldReporter).as("the same rights to the plan, but another menu")
			.contains("href=\"/incidents/new\"")
			.contains("href=\"/incidents/mine\"");
	}

	@Test
	void showsAChangeToThePlanAtOnce() throws Exception {
		String key = PlanFixtures.importCopy(planImport, "andrad-sida");
		assertThat(html(overview(key, Role.VIEWER))).contains("Utveckla och konkretisera");
		TestUsers.signIn(Role.COORDINATOR);
		try {
			// the loaded plan is adopted: changing it needs an open amendment
			editing.openAmendment(key, "Ändringar under perioden");
			PlanView.ActivityView activity = views.byKey(key).orElseThrow().activity("1.1");
			editing.reviseActivity(key, ActivityNumber.parse("1.1"), activity.version(), "En helt ny formulering",
					activity.committees().stream().map(c -> new CommitteeId(c.committeeId())).toList(),
					new CommitteeId(activity.lead().committeeId()));
		}
		finally {
			TestUsers.signOut();
		}
		assertThat(html(overview(key, Role.VIEWER))).contains("En helt ny formulering")
			.doesNotContain("Utveckla och konkretisera");
	}

	@Test
	void marksTheLeadCommitteeAsLeadingOrAsLeadingButNotYetConfirmedNeverBoth() throws Exception {
		String key = PlanFixtures.importCopy(planImport, "ledande-markering");
		String overview = html(overview(key, Role.VIEWER));
		assertThat(overview).contains("(ledande, ej bekräftad)").doesNotContain("ledande, ledande");
		String activity = html(mvc.perform(get("/plans/" + key + "/activities/1.1").with(TestUsers.as(Role.VIEWER)))
			.andReturn());
		assertThat(activity).contains("(ledande, ej bekräftad)");

		TestUsers.signIn(Role.COORDINATOR);
		try {
			// the loaded plan is adopted: changing it needs an open amendment
			editing.openAmendment(key, "Ändringar under perioden");
			editing.confirmLead(key, ActivityNumber.parse("1.1"), views.byKey(key).orElseThrow().activity("1.1").version());
		}
		finally {
			TestUsers.signOut();
		}
		activity = html(mvc.perform(get("/plans/" + key + "/activities/1.1").with(TestUsers.as(Role.VIEWER)))
			.andReturn());
		assertThat(activity).contains("(ledande)").doesNotContain("ej bekräftad");
	}

}
