package se.trygghet.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The search against the demo installation: Swedish stemming, activities by number, hits grouped by kind, and
 * every kind limited to what the searching role may read, the committee's drafts above all.
 */
@PlatformIntegrationTest
class SearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	FollowUpTestAccess followUp;

	@Autowired
	PlanCatalog plans;

	@Autowired
	ObjectMapper json;

	ActionPlanId adoptedPlan() {
		return plans.plans().stream().filter(p -> p.state() == PlanState.ADOPTED).findFirst().orElseThrow().id();
	}

	JsonNode api(String query, RequestPostProcessor user) throws Exception {
		String body = mvc.perform(get("/api/v1/search").param("q", query).with(user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return json.readTree(body);
	}

	static JsonNode group(JsonNode results, String kind) {
		for (JsonNode group : results.get("groups")) {
			if (group.get("kind").asString().equals(kind)) {
				return group;
			}
		}
		return null;
	}

	static List<String> kinds(JsonNode results) {
		return results.get("groups").valueStream().map(g -> g.get("kind").asString()).toList();
	}

	static List<String> hrefs(JsonNode results, String kind) {
		JsonNode group = group(results, kind);
		return group == null ? List.of() : group.get("hits").valueStream().map(h -> h.get("href").asString()).toList();
	}

	String page(String query, RequestPostProcessor user) throws Exception {
		return mvc.perform(get("/search").param("q", query).with(user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void findsAReportWrittenWithOtryggaWhenSearchingForOtrygg() throws Exception {
		String marker = "sokstam" + UUID.randomUUID().toString().substring(0, 6);
		UUID round = followUp.openRoundWithReport(adoptedPlan(), "sok-stam-" + marker, new ReportContent(
				ActivityStatus.PAGAENDE, null, "Vi kartlade de otrygga platserna " + marker, null, null, GoalContribution.BIDRAR));

		JsonNode results = api("otrygg " + marker, TestUsers.as(Role.COORDINATOR));

		assertThat(hrefs(results, "report")).hasSize(1).allMatch(href -> href.startsWith("/reports/"));
		assertThat(group(results, "report").get("hits").get(0).get("snippet").asString()).contains("otrygga");
		assertThat(page("otrygg " + marker, TestUsers.as(Role.COORDINATOR))).contains("<mark>otrygga</mark>");
		// stemming, not only prefixes: "otryggheten" and "otrygga" share the stem "otrygg"
		assertThat(hrefs(api("otryggheten " + marker, TestUsers.as(Role.COORDINATOR)), "report"))
			.isEqualTo(hrefs(results, "report"));
		assertThat(followUp.reportedCommittee(round)).isNotNull();
	}

	@Test
	void neverGivesAReporterAnotherCommitteesDraft() throws Exception {
		String marker = "sokutkast" + UUID.randomUUID().toString().substring(0, 6);
		UUID round = followUp.openRoundWithDraft(adoptedPlan(), "sok-utkast-" + marker, new ReportContent(
				ActivityStatus.PAGAENDE, null, "Utkast om belysningen " + marker, null, null, null));
		UUID owner = followUp.reportedCommittee(round);

		assertThat(hrefs(api(marker, TestUsers.as(Role.COMMITTEE_REPORTER, owner)), "report")).hasSize(1);
		assertThat(hrefs(api(marker, TestUsers.as(Role.COMMITTEE_REPORTER, UUID.randomUUID())), "report")).isEmpty();
		assertThat(page(marker, TestUsers.as(Role.COMMITTEE_REPORTER, UUID.randomUUID()))).doesNotContain("/reports/");
		assertThat(hrefs(api(marker, TestUsers.as(Role.VIEWER)), "report")).hasSize(1);
	}

	@Test
	void findsAnActivityByItsNumber() throws Exception {
		JsonNode results = api("4.5", TestUsers.as(Role.VIEWER));

		// every plan with an activity 4.5 has one hit (the suite adopts many copies of Västerås' plan), each that one
		assertThat(hrefs(results, "activity")).isNotEmpty().allMatch(href -> href.endsWith("/activities/4.5"));
		assertThat(group(results, "activity").get("hits").valueStream().map(h -> h.get("title").asString()))
			.allMatch(title -> title.startsWith("4.5 "));
	}

	@Test
	void groupsHitsByKindWithTheirCounts() throws Exception {
		JsonNode results = api("trygghet", TestUsers.as(Role.COORDINATOR));

		List<String> kinds = kinds(results);
		assertThat(kinds).contains("activity", "goal", "indicator").doesNotHaveDuplicates();
		// in the fixed order of the kinds
		assertThat(kinds).isSortedAccordingTo(java.util.Comparator.comparing(
				kind -> se.trygghet.identity.SearchKind.valueOf(kind.toUpperCase().replace('-', '_'))));
		int total = 0;
		for (JsonNode group : results.get("groups")) {
			assertThat(group.get("total").asInt()).isGreaterThanOrEqualTo(group.get("hits").size()).isPositive();
			total += group.get("total").asInt();
		}
		assertThat(results.get("total").asInt()).isEqualTo(total);
		String page = page("trygghet", TestUsers.as(Role.COORDINATOR));
		assertThat(page).contains("id=\"kind-activity\"", "id=\"kind-goal\"", "id=\"kind-indicator\"");
	}

	@Test
	void givesARoleNothingOfAKindItMayNotRead() throws Exception {
		// residents' cases (the demo's tunnel under the railway) are for those who handle them, not for viewers
		assertThat(hrefs(api("gångtunneln", TestUsers.as(Role.COORDINATOR)), "resident-report")).isNotEmpty();
		assertThat(kinds(api("gångtunneln", TestUsers.as(Role.VIEWER)))).doesNotContain("resident-report");
		// a partner bound to no organisation reads no plan, no problem, no forum
		assertThat(kinds(api("trygghet", TestUsers.as(Role.PARTNER)))).isEmpty();
		assertThat(kinds(api("trygghet", TestUsers.as(Role.ANALYST)))).contains("activity");
		// field staff search nothing: no field, no page
		mvc.perform(get("/search").param("q", "trygghet").with(TestUsers.as(Role.FIELD_REPORTER)))
			.andExpect(status().isForbidden());
	}

	@Test
	void answersAQueryThatCannotBeSearchedWithAMessage() throws Exception {
		assertThat(page("", TestUsers.as(Role.VIEWER))).contains("Skriv vad du vill söka efter.");
		assertThat(page("x".repeat(201), TestUsers.as(Role.VIEWER))).contains("Sökningen får vara högst 200 tecken.");
		assertThat(page("%&!?*:()'\"<>", TestUsers.as(Role.VIEWER))).contains("Sökningen behöver minst ett ord");
		// words with what PostgreSQL's query syntax means are taken as words, never as syntax
		assertThat(page("otrygg & | ! :* <-> 'a", TestUsers.as(Role.VIEWER))).doesNotContain("error");
		// only stop words: nothing to find, said as such
		assertThat(page("och att", TestUsers.as(Role.VIEWER))).contains("Inga träffar på ”och att”");
		mvc.perform(get("/api/v1/search").param("q", " ").with(TestUsers.as(Role.VIEWER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("q"));
		// the page without a query is just the field
		assertThat(mvc.perform(get("/search").with(TestUsers.as(Role.VIEWER))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("alert-error");
	}

	@Test
	void searchesOneKindAloneForMoreOfItsHitsInTheSameOrder() throws Exception {
		JsonNode all = api("trygghet", TestUsers.as(Role.COORDINATOR));
		JsonNode activities = group(all, "activity");
		assertThat(activities.get("total").asInt()).isGreaterThan(Search.PER_KIND);
		assertThat(activities.get("hits").size()).isEqualTo(Search.PER_KIND);

		String body = mvc.perform(get("/api/v1/search").param("q", "trygghet").param("kind", "activity")
			.with(TestUsers.as(Role.COORDINATOR))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		JsonNode alone = json.readTree(body);

		assertThat(kinds(alone)).containsExactly("activity");
		assertThat(alone.get("kind").asString()).isEqualTo("activity");
		assertThat(alone.get("total").asInt()).isEqualTo(activities.get("total").asInt());
		assertThat(hrefs(alone, "activity"))
			.hasSize(Math.min(activities.get("total").asInt(), Search.ONE_KIND))
			.startsWith(hrefs(all, "activity").toArray(String[]::new));
		// the grouped page links to the kind alone; the kind's page back to every kind
		assertThat(page("trygghet", TestUsers.as(Role.COORDINATOR))).contains("/search?q=trygghet&amp;kind=activity");
		String kindPage = mvc.perform(get("/search").param("q", "trygghet").param("kind", "activity")
			.with(TestUsers.as(Role.COORDINATOR))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(kindPage).contains("id=\"kind-activity\"", "href=\"/search?q=trygghet\"")
			.doesNotContain("id=\"kind-goal\"");
	}

	@Test
	void refusesAKindThatDoesNotExistWithAMessage() throws Exception {
		mvc.perform(get("/api/v1/search").param("q", "trygghet").param("kind", "secrets")
			.with(TestUsers.as(Role.VIEWER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		assertThat(mvc.perform(get("/search").param("q", "trygghet").param("kind", "secrets")
			.with(TestUsers.as(Role.VIEWER))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("Sökningen kan inte begränsas till det slaget");
	}

}
