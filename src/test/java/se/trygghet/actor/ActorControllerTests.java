package se.trygghet.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.MvcSliceTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.system.Refusal;

/**
 * The actor form's controller on its own (an MVC slice: no database, the catalog stubbed): what it does with a form is
 * the point — field errors shown on the form again, the catalog's refusal on its field, a redirect after success.
 */
@MvcSliceTest(ActorController.class)
class ActorControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ActorCatalog catalog;

	@Test
	void showsTheFormAgainWithAnErrorOnEachMissingField() throws Exception {
		mvc.perform(post("/actors").with(csrf()).with(TestUsers.as(Role.COORDINATOR)).param("name", " ").param("type", ""))
			.andExpect(status().isOk())
			.andExpect(view().name("actor/actors"))
			.andExpect(model().attributeHasFieldErrorCode("actorForm", "name", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("actorForm", "type", "NotNull"));
		verify(catalog, never()).register(any(), any(), any());
	}

	@Test
	void refusesATypeThatIsNotOneOfTheFourAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/actors").with(csrf())
			.with(TestUsers.as(Role.COORDINATOR))
			.param("name", "Bäckby IF")
			.param("type", "KLUBB"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("actorForm", "type"))
			.andExpect(result -> assertThat(((org.springframework.validation.BindingResult) result.getModelAndView()
				.getModel()
				.get(org.springframework.validation.BindingResult.MODEL_KEY_PREFIX + "actorForm")).getFieldValue("type"))
				.isEqualTo("KLUBB"));
		verify(catalog, never()).register(any(), any(), any());
	}

	@Test
	void showsTheCatalogsRefusalOnTheFieldItNames() throws Exception {
		when(catalog.register(eq("Polisen"), eq(ActorType.MYNDIGHET), any()))
			.thenThrow(Refusal.on("name", "actor.name.taken"));
		mvc.perform(post("/actors").with(csrf())
			.with(TestUsers.as(Role.COORDINATOR))
			.param("name", "Polisen")
			.param("type", "MYNDIGHET"))
			.andExpect(status().isOk())
			.andExpect(view().name("actor/actors"))
			.andExpect(model().attributeHasFieldErrorCode("actorForm", "name", "actor.name.taken"));
	}

	@Test
	void redirectsAfterRegisteringAndSaysWhoWasRegistered() throws Exception {
		when(catalog.all()).thenReturn(List.of());
		mvc.perform(post("/actors").with(csrf())
			.with(TestUsers.as(Role.COORDINATOR))
			.param("name", "  Mälardalens brand- och räddningsförbund ")
			.param("type", "MYNDIGHET")
			.param("description", "Räddningstjänsten"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/actors"))
			.andExpect(flash().attribute("registered", "Mälardalens brand- och räddningsförbund"));
		verify(catalog).register("  Mälardalens brand- och räddningsförbund ", ActorType.MYNDIGHET, "Räddningstjänsten");
	}

}
