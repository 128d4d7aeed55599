package se.trygghet.plan;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;

/** Nonsense posted to the plan's forms gets a clear message on the form, never an error page, and saves nothing. */
@PlatformIntegrationTest
class PlanFormsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanImport planImport;

	@Autowired
	PlanViews views;

	@Test
	void answersMalformedValuesWithFieldErrors() throws Exception {
		String key = PlanFixtures.importCopy(planImport, "trasiga-varden");
		mvc.perform(post("/plans/" + key + "/activities/1.1/edit").with(csrf())
			.with(TestUsers.as(Role.COORDINATOR))
			.param("text", "Ny text som skrevs nyss")
			.param("committees", "inte-ett-id")
			.param("lead", "inte-heller")
			.param("version", "x"))
			.andExpect(status().isOk())
			// every value that could not be read has its error beside its field, and what was typed is kept
			.andExpect(model().attributeHasFieldErrorCode("form", "committees", "typeMismatch"))
			.andExpect(model().attributeHasFieldErrorCode("form", "lead", "typeMismatch"))
			.andExpect(model().attributeHasFieldErrorCode("form", "version", "typeMismatch"))
			.andExpect(content().string(Matchers.containsString("Ny text som skrevs nyss")))
			.andExpect(content().string(Matchers.containsString("data-error-summary")));
		mvc.perform(post("/plans/" + key + "/adopt").with(csrf())
			.with(TestUsers.as(Role.COORDINATOR))
			.param("adoptedBy", "KF")
			.param("decision", "")
			.param("adoptedOn", "i morgon"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "adoptedOn", "typeMismatch"))
			.andExpect(model().attributeHasFieldErrorCode("form", "decision", "NotBlank"))
			.andExpect(content().string(Matchers.containsString("value=\"i morgon\"")))
			.andExpect(content().string(Matchers.containsString("value=\"KF\"")));
		org.assertj.core.api.Assertions.assertThat(views.byKey(key).orElseThrow().activity("1.1").text())
			.startsWith("Utveckla och konkretisera");
		mvc.perform(post("/plans/" + key + "/indicators/" + java.util.UUID.randomUUID() + "/edit").with(csrf())
			.with(TestUsers.as(Role.COORDINATOR))
			.param("direction", "SIDLEDES")).andExpect(status().isNotFound());
		mvc.perform(post("/plans/" + key + "/focus-areas/1/edit").with(csrf())
			.with(TestUsers.as(Role.COORDINATOR))
			.param("title", "")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("field-error")));
	}

	@Test
	void answersAMalformedNumberOrIdInTheAddressAsABadRequestNeverAServerError() throws Exception {
		String key = PlanFixtures.importCopy(planImport, "trasiga-adresser");
		mvc.perform(post("/plans/" + key + "/activities/1.x/confirm-lead").with(csrf())
			.with(TestUsers.as(Role.COORDINATOR))
			.param("version", "0")).andExpect(status().isBadRequest());
		mvc.perform(post("/plans/" + key + "/activities/0.0/confirm-lead").with(csrf())
			.with(TestUsers.as(Role.COORDINATOR))
			.param("version", "0")).andExpect(status().isBadRequest());
		mvc.perform(get("/plans/" + key + "/activities/inte-ett-nummer/edit").with(TestUsers.as(Role.COORDINATOR)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/plans/" + key + "/committees/inte-ett-id").with(TestUsers.as(Role.COORDINATOR)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/plans/" + key + "/indicators/inte-ett-id/edit").with(TestUsers.as(Role.COORDINATOR)))
			.andExpect(status().isBadRequest());
		// the overview's filter sends "every committee" as an empty value
		mvc.perform(get("/plans/" + key + "?focusArea=&committee=").with(TestUsers.as(Role.COORDINATOR)))
			.andExpect(status().isOk());
		// a well-formed number the plan does not have is still not found
		mvc.perform(post("/plans/" + key + "/activities/99.99/confirm-lead").with(csrf())
			.with(TestUsers.as(Role.COORDINATOR))
			.param("version", "0")).andExpect(status().isNotFound());
	}

}
