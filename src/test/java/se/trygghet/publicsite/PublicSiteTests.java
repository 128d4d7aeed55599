package se.trygghet.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.followup.ActivityStatus;
import se.trygghet.followup.FollowUpTestAccess;
import se.trygghet.followup.GoalContribution;
import se.trygghet.followup.ReportContent;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.plan.PlanCatalog;
import se.trygghet.plan.PlanState;

/**
 * The public site against the demo installation: what a published round says shows, what an unpublished round,
 * a review comment or a withheld value would say never does, and the pages are served from cache without a session.
 */
@PlatformIntegrationTest
class PublicSiteTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	FollowUpTestAccess followUp;

	@Autowired
	PlanCatalog plans;

	@Autowired
	JdbcClient jdbc;

	/** The plan the public site shows: the adopted plan with the latest period. */
	ActionPlanId shownPlan() {
		return plans.plans().stream().filter(p -> p.state() == PlanState.ADOPTED).findFirst().orElseThrow().id();
	}

	String page(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void showsPublicFeedbackAndPublishedPromisesButNeitherInternalFeedbackNorAnUnpublishedPromise() throws Exception {
		UUID police = jdbc.sql("select id from actor where name = 'Polisen'").query(UUID.class).single();
		jdbc.sql("""
				insert into citizen_promise (id, year, municipality_party, police_actor_id, text, published, created_on)
				values (:id, 2026, 'Västerås stad', :police, 'Ett löfte som ännu inte är publicerat', false, current_date)
				""").param("id", UUID.randomUUID()).param("police", police).update();
		jdbc.sql("""
				insert into citizen_promise (id, year, municipality_party, police_actor_id, text, published, created_on)
				values (:id, 2026, 'Västerås stad', :police, 'Vi lovar ljusare gångvägar vid skolan', true, current_date)
				""").param("id", UUID.randomUUID()).param("police", police).update();
		String start = page("/oppen");
		assertThat(start).contains("Vi lovar ljusare gångvägar vid skolan")
			.doesNotContain("Ett löfte som ännu inte är publicerat")
			// the demo cycle's feedback to residents is public; its problem and analysis are internal
			.contains("Belysningen i gångtunneln är förbättrad")
			.doesNotContain("Grupper av unga på kvällstid");
	}

	@Test
	void showsAFreshlyPublishedRoundsStatusAndTextButNothingOfAnUnpublishedRoundOrTheReview() throws Exception {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		ActionPlanId plan = shownPlan();
		// rendered and kept before the round is published: what follows must not be served from these
		assertThat(page("/oppen")).doesNotContain(marker);
		assertThat(page("/oppen/plan")).doesNotContain(marker);
		UUID published = followUp.publishedRound(plan, "publik-" + marker,
				new ReportContent(ActivityStatus.FORSENAD, "Skälet publicerat " + marker, "Gjort publicerat " + marker,
						"Effekt publicerad " + marker, "Nästa steg publicerat " + marker, GoalContribution.BIDRAR_DELVIS),
				"Intern granskning " + marker);
		String number = followUp.reportedActivity(published);
		followUp.openRoundWithReport(plan, "opublicerad-" + marker, new ReportContent(ActivityStatus.GENOMFORD, null,
				"Gjort opublicerat " + marker, "Effekt opublicerad " + marker, null, GoalContribution.BIDRAR));

		String activity = page("/oppen/aktiviteter/" + number);
		assertThat(activity).contains("Försenad", "Skälet publicerat " + marker, "Gjort publicerat " + marker,
				"Effekt publicerad " + marker, "Nästa steg publicerat " + marker, "Bidrar delvis",
				"Uppföljning publik-" + marker)
			.doesNotContain("opublicerad", "opublicerat " + marker, "Intern granskning")
			.doesNotContain("rapportor", "Rapportör");
		String start = page("/oppen");
		assertThat(start).contains("Uppföljning publik-" + marker, "Försenad", "<svg", "<table")
			.doesNotContain("opublicerad-" + marker, "Intern granskning");
		assertThat(page("/oppen/plan")).contains("Uppföljning publik-" + marker).doesNotContain("Intern granskning");
	}

	@Test
	void showsAWithheldValueAsTwoDotsWithWhyItIsNotShown() throws Exception {
		// a demo survey value of a small area, from fewer respondents than the public minimum
		Map<String, Object> small = jdbc.sql("""
				select m.indicator_id::text as indicator, m.area_id::text as area, m.value
				  from measurement m join indicator_setup s on s.indicator_id = m.indicator_id
				 where s.suppression = 'SURVEY' and m.respondents < 10 and m.demo and m.breakdown = ''
				   and m.period_type = 'YEAR' and m.source = 'demo'
				 order by m.period desc limit 1
				""").query().singleRow();
		String area = page("/oppen/omraden/" + small.get("area"));
		assertThat(area).contains("..", "färre än 10 har svarat");
		String indicator = page("/oppen/indikatorer/" + small.get("indicator"));
		assertThat(indicator).contains("..", "färre än 10 har svarat", "<svg");
		String english = page("/oppen/indikatorer/" + small.get("indicator") + "?lang=en");
		assertThat(english).contains("..", "Over time").doesNotContain("Utvecklingen över tid");
	}

	@Test
	void servesTheSamePageToEveryoneWithAnETagAndWithoutStartingASession() throws Exception {
		MvcResult anonymous = mvc.perform(get("/oppen"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-cache, public"))
			.andReturn();
		assertThat(anonymous.getRequest().getSession(false)).isNull();
		assertThat(anonymous.getResponse().getHeader("Set-Cookie")).isNull();
		String etag = anonymous.getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();
		mvc.perform(get("/oppen").header("If-None-Match", etag)).andExpect(status().isNotModified());
		String signedIn = mvc.perform(get("/oppen").with(TestUsers.as(Role.COORDINATOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(signedIn).isEqualTo(anonymous.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.doesNotContain("_csrf");
	}

	@Test
	void answersAnUnknownActivityIndicatorOrAreaWithNotFound() throws Exception {
		mvc.perform(get("/oppen/aktiviteter/99.99")).andExpect(status().isNotFound());
		mvc.perform(get("/oppen/aktiviteter/inte-ett-nummer")).andExpect(status().isNotFound());
		mvc.perform(get("/oppen/indikatorer/inte-ett-id")).andExpect(status().isNotFound());
		mvc.perform(get("/oppen/omraden/" + UUID.randomUUID())).andExpect(status().isNotFound());
	}

	@Test
	void linksToThePublicSiteFromTheStartPageOfAVisitor() throws Exception {
		assertThat(page("/")).contains("href=\"/oppen\"");
	}

	@Test
	void leadsResidentsToReportingAnUnsafePlaceFromTheStartPageAndEveryPagesNavigation() throws Exception {
		assertThat(page("/oppen")).contains("<a class=\"button\" id=\"report-place-link\" href=\"/rapportera\">");
		for (String path : java.util.List.of("/oppen", "/oppen/plan", "/oppen/indikatorer", "/oppen/omraden")) {
			assertThat(page(path)).contains("<a class=\"nav-report\" href=\"/rapportera\">Rapportera otrygg plats</a>");
		}
	}

}
