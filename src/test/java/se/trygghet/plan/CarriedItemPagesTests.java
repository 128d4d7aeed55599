package se.trygghet.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;

/**
 * A coordinator chooses the fates of the focus areas, goals and indicators a draft carried over on their own pages,
 * reached from the comparison and from the draft's own page: ending one needs a reason (refused on the field without), changing one is refused on
 * the field it is wrong in, and the comparison shows what was chosen. Only a draft drawn from a plan has the pages.
 */
@PlatformIntegrationTest
class CarriedItemPagesTests {

	static final String REASON = "Ersätts av kommunens egen trygghetsmätning";

	@Autowired
	NextPlanDrafting drafting;

	@Autowired
	PlanImport planImport;

	@Autowired
	PlanViews views;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	PlanView plan(String key) {
		return views.byKey(key).orElseThrow();
	}

	String drafted(String previous) {
		PlanFixtures.importCopy(planImport, previous);
		TestUsers.signIn(Role.COORDINATOR);
		String draft = drafting.draft(previous, 2024, 2027);
		TestUsers.signOut();
		return draft;
	}

	ResultActions postAs(String url, String... params) throws Exception {
		var request = post(url).with(csrf()).with(TestUsers.as(Role.COORDINATOR));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request);
	}

	String page(String url) throws Exception {
		return mvc.perform(get(url).with(TestUsers.as(Role.COORDINATOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	String comparison(String draft) throws Exception {
		String html = page("/plans/" + draft + "/comparison");
		return PlanComparisonTests.text(html.substring(html.indexOf("<main")));
	}

	@Test
	void anIndicatorIsEndedWithAReasonOnItsPageAndAMissingReasonIsAFieldError() throws Exception {
		String previous = "sida-indikator-2021-2023";
		String draft = drafted(previous);
		PlanView.IndicatorView indicator = plan(previous).focusAreas()
			.stream()
			.flatMap(f -> f.indicators().stream())
			.findFirst()
			.orElseThrow();
		String url = "/plans/" + draft + "/succession/indicators/" + indicator.id();
		assertThat(page("/plans/" + draft + "/comparison")).contains("href=\"" + url + "\"");
		assertThat(page(url)).contains(indicator.name()).contains("id=\"end-form\"").contains("id=\"newSeries-hint\"");

		String refused = postAs(url + "/end", "reason", "  ").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("id=\"reason-error\"").contains("Skriv varför den avslutas.")
			.contains("data-error-summary");
		String incomparable = postAs(url, "name", indicator.name(), "unit", "antal per 1000 invånare", "direction",
				indicator.direction().name(), "definition", "")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(incomparable).contains("id=\"unit-error\"");

		postAs(url + "/end", "reason", REASON).andExpect(redirectedUrl("/plans/" + draft + "/comparison"));

		assertThat(comparison(draft)).contains("Indikatorer (1)").contains(indicator.name()).contains(REASON);
		assertThat(plan(draft).focusAreas().stream().flatMap(f -> f.indicators().stream()))
			.noneMatch(i -> i.name().equals(indicator.name()));
	}

	@Test
	void aGoalIsEndedWithAReasonOrChangedOnItsPageAndAMissingReasonIsAFieldError() throws Exception {
		String previous = "sida-mal-2021-2023";
		String draft = drafted(previous);
		var goals = plan(previous).focusAreas().stream().flatMap(f -> f.goals().stream()).toList();
		String ended = "/plans/" + draft + "/succession/goals/" + goals.get(0).id();
		String changed = "/plans/" + draft + "/succession/goals/" + goals.get(1).id();

		postAs(ended + "/end", "reason", "").andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
				.contains("id=\"reason-error\""));
		postAs(changed, "text", " ").andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
				.contains("id=\"text-error\"").contains("Skriv den nya texten."));

		postAs(ended + "/end", "reason", REASON).andExpect(redirectedUrl("/plans/" + draft + "/comparison"));
		postAs(changed, "text", "Fler känner sig trygga i sitt bostadsområde")
			.andExpect(redirectedUrl("/plans/" + draft + "/comparison"));

		assertThat(comparison(draft)).contains("Mål (2)")
			.contains(REASON)
			.contains("Fler känner sig trygga i sitt bostadsområde");
		// once ended, its page says so and offers no forms
		assertThat(page(ended)).contains("id=\"not-choosing\"").doesNotContain("id=\"end-form\"");
		// the previous plan was drawn from none: it has no such pages
		mvc.perform(get("/plans/" + previous + "/succession/goals/" + goals.get(0).id())
			.with(TestUsers.as(Role.COORDINATOR))).andExpect(status().isNotFound());
	}

	@Test
	void aFocusAreaIsEndedOnlyOnceEmptyWithAReasonAndItsTitleChangedOnItsPage() throws Exception {
		String previous = "sida-fokusomrade-2021-2023";
		String draft = drafted(previous);
		PlanView.FocusAreaView area = plan(previous).focusAreas().get(plan(previous).focusAreas().size() - 1);
		String url = "/plans/" + draft + "/succession/focus-areas/" + area.number();

		postAs(url + "/end", "reason", "").andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
				.contains("id=\"reason-error\""));
		// still holding its activities, goals and indicators: refused, said in the error summary
		postAs(url + "/end", "reason", REASON).andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
				.contains("data-error-summary")
				.contains("kvar i utkastet"));
		postAs(url, "title", "Trygghet i centrum", "description", "")
			.andExpect(redirectedUrl("/plans/" + draft + "/comparison"));
		assertThat(comparison(draft)).contains("Trygghet i centrum");

		TestUsers.signIn(Role.COORDINATOR);
		area.activities().forEach(a -> drafting.end(draft, ActivityNumber.parse(a.number()), REASON));
		area.goals().forEach(g -> drafting.end(draft, CarriedItems.Kind.GOAL, g.id(), REASON));
		area.indicators().forEach(i -> drafting.end(draft, CarriedItems.Kind.INDICATOR, i.id(), REASON));
		TestUsers.signOut();
		postAs(url + "/end", "reason", "Går upp i fokusområde 1")
			.andExpect(redirectedUrl("/plans/" + draft + "/comparison"));

		assertThat(comparison(draft)).contains("Fokusområden (1)").contains("Går upp i fokusområde 1");
		assertThat(plan(draft).focusAreas()).hasSize(plan(previous).focusAreas().size() - 1);
	}

	@Test
	void reachesEveryCarriedItemsPageFromTheDraftsOwnPageNotOnlyFromTheComparison() throws Exception {
		String previous = "sida-oversikt-2021-2023";
		String draft = drafted(previous);
		PlanView before = plan(previous);
		String overview = page("/plans/" + draft);
		assertThat(overview).contains("id=\"carried-items\"");
		before.focusAreas().forEach(f -> {
			assertThat(overview).contains("href=\"/plans/" + draft + "/succession/focus-areas/" + f.number() + "\"");
			f.goals().forEach(g -> assertThat(overview)
				.contains("href=\"/plans/" + draft + "/succession/goals/" + g.id() + "\""));
			f.indicators().forEach(i -> assertThat(overview)
				.contains("href=\"/plans/" + draft + "/succession/indicators/" + i.id() + "\""));
		});
		// the adopted plan chooses nothing, and a reader who does not draft sees no list
		assertThat(page("/plans/" + previous)).doesNotContain("id=\"carried-items\"");
		assertThat(mvc.perform(get("/plans/" + draft).with(TestUsers.as(Role.VIEWER)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("id=\"carried-items\"");
	}

	@Test
	void answersBadRequestForAKindOfCarriedItemThatDoesNotExist() throws Exception {
		String draft = drafted("sida-slag-2021-2023");
		mvc.perform(get("/plans/" + draft + "/succession/activities/1").with(TestUsers.as(Role.COORDINATOR)))
			.andExpect(status().isBadRequest());
		postAs("/plans/" + draft + "/succession/measures/1/end", "reason", REASON).andExpect(status().isBadRequest());
	}

}
