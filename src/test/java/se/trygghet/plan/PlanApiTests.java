package se.trygghet.plan;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;

@PlatformIntegrationTest
class PlanApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanImport planImport;

	@Test
	void servesTheWholeAdoptedPlanTreeToAnyone() throws Exception {
		mvc.perform(get("/api/v1/plans/vasteras-2021-2023"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(jsonPath("$.demoData", is(false)))
			.andExpect(jsonPath("$.focusAreas", hasSize(6)))
			.andExpect(jsonPath("$.focusAreas[0].number", is(1)))
			.andExpect(jsonPath("$.focusAreas[0].goals", hasSize(2)))
			.andExpect(jsonPath("$.focusAreas[0].indicators", hasSize(6)))
			.andExpect(jsonPath("$.focusAreas[1].activities[2].number", is("2.3")))
			.andExpect(jsonPath("$.focusAreas[1].activities[2].committees[*].name",
					contains("Tekniska nämnden", "Individ- och familjenämnden", "Miljö- och konsumentnämnden",
							"Skultuna kommundelsnämnd")))
			.andExpect(jsonPath("$.focusAreas[1].activities[2].committees[*].lead", contains(true, false, false, false)))
			.andExpect(jsonPath("$.focusAreas[1].activities[2].leadConfirmed", is(false)))
			.andExpect(jsonPath("$.focusAreas[3].activities[*].number", not(hasItem("4.4"))));
	}

	@Test
	void findsAPlanByIdAsWellAsByKey() throws Exception {
		String list = mvc.perform(get("/api/v1/plans")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String id = com.jayway.jsonpath.JsonPath.read(list, "$[?(@.key == 'vasteras-2021-2023')].id").toString()
			.replaceAll("[\\[\\]\"]", "");
		mvc.perform(get("/api/v1/plans/" + id)).andExpect(status().isOk()).andExpect(jsonPath("$.key", is("vasteras-2021-2023")));
	}

	@Test
	void hidesDraftPlansFromAnonymousCallersButNotFromStaff() throws Exception {
		String file = PlanFixtures.vasterasFileWithKey("utkast-plan").replace("state: ADOPTED", "state: DRAFT");
		planImport.importFile(file.getBytes(StandardCharsets.UTF_8));
		mvc.perform(get("/api/v1/plans")).andExpect(jsonPath("$[*].state", everyItem(is("ADOPTED"))));
		mvc.perform(get("/api/v1/plans/utkast-plan"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status", is(404)));
		mvc.perform(get("/api/v1/plans/utkast-plan").with(TestUsers.as(Role.VIEWER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state", is("DRAFT")));
	}

	@Autowired
	PlanEditing editing;

	@Autowired
	PlanViews views;

	@Test
	void answersNotModifiedUntilThePlanChanges() throws Exception {
		String key = PlanFixtures.importCopy(planImport, "etag-plan");
		String etag = mvc.perform(get("/api/v1/plans/" + key))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		mvc.perform(get("/api/v1/plans/" + key).header("If-None-Match", etag)).andExpect(status().isNotModified());

		TestUsers.signIn(Role.COORDINATOR);
		try {
			// the loaded plan is adopted: changing it needs an open amendment
			editing.openAmendment(key, "Ändringar under perioden");
			PlanView.GoalView goal = views.byKey(key).orElseThrow().focusArea(1).goals().get(0);
			editing.reviseGoal(key, goal.id(), goal.version(), "Ett ändrat mål");
		}
		finally {
			TestUsers.signOut();
		}
		mvc.perform(get("/api/v1/plans/" + key).header("If-None-Match", etag))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.focusAreas[0].goals[0]", is("Ett ändrat mål")));
	}

	@Test
	void documentsTheApiWithOpenApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/plans/{id}'].get").exists())
			// a typed id in the path is still documented as the UUID a client writes
			.andExpect(jsonPath("$.paths['/api/v1/indicators/{id}/measurements'].get.parameters[?(@.name == 'id')].schema.type",
					contains("string")));
	}

}
