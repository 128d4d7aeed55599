package se.trygghet.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.system.Refusal;

@PlatformIntegrationTest
class ActorTests {

	@Autowired
	ActorCatalog catalog;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	@Test
	void registersThePlansNamedPartnersOnStartAsRealData() {
		assertThat(catalog.byName("polisen")).hasValueSatisfying(actor -> {
			assertThat(actor.type()).isEqualTo(ActorType.MYNDIGHET);
			assertThat(actor.demo()).isFalse();
		});
		assertThat(catalog.byName("Region Västmanland")).isPresent();
	}

	@Test
	void registersAnActorOnceAndRefusesTheSameNameInAnotherCase() {
		TestUsers.signIn(Role.COORDINATOR);
		ActorId mimer = catalog.register("  Bostadsbolaget Testhem  ", ActorType.KOMMUNAL, "");
		assertThat(catalog.byId(mimer)).hasValueSatisfying(actor -> {
			assertThat(actor.name()).isEqualTo("Bostadsbolaget Testhem");
			assertThat(actor.description()).isNull();
		});
		assertThatThrownBy(() -> catalog.register("BOSTADSBOLAGET TESTHEM", ActorType.KOMMUNAL, null))
			.isInstanceOfSatisfying(Refusal.class, ex -> assertThat(ex.code()).isEqualTo("actor.name.taken"));
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'actor.registered' and subject_id = :id")
			.param("id", mimer.toString())
			.query(Integer.class)
			.single()).isOne();
	}

	@Test
	void refusesRegistrationByAnAnalyst() {
		TestUsers.signIn(Role.ANALYST);
		assertThatThrownBy(() -> catalog.register("Något förbund", ActorType.CIVILSAMHALLE, null))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void showsFieldErrorsForABlankNameAndAMissingTypeAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/actors").with(csrf())
			.with(TestUsers.as(Role.COORDINATOR))
			.param("name", " ")
			.param("type", "")
			.param("description", "Idrottsförening i Bäckby"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Välj vilken typ av organisation det är")))
			.andExpect(content().string(Matchers.containsString("Skriv organisationens namn")))
			.andExpect(content().string(Matchers.containsString("Idrottsförening i Bäckby")));
	}

	@Test
	void summarisesTheErrorsAtTheTopOfTheFormEachLinkedToItsField() throws Exception {
		mvc.perform(post("/actors").with(csrf())
			.with(TestUsers.as(Role.COORDINATOR))
			.param("name", "")
			.param("type", "INGEN_TYP"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-error-summary")))
			.andExpect(content().string(Matchers.containsString("<a href=\"#name\">Skriv organisationens namn")))
			.andExpect(content().string(Matchers.containsString("<a href=\"#type\">")));
	}

}
