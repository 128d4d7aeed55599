package se.trygghet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;

@PlatformIntegrationTest
class UserAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	UUID committee() {
		return jdbc.sql("select id from committee where short_name = 'TN'").query(UUID.class).single();
	}

	@Test
	void createsAReporterBoundToACommitteeAndAuditsIt() throws Exception {
		mvc.perform(post("/admin/users").with(csrf())
			.with(TestUsers.as(Role.ADMIN))
			.param("username", "tn-rapportor")
			.param("displayName", "Rapportör Tekniska nämnden")
			.param("password", "ett-langt-losenord")
			.param("roles", "COMMITTEE_REPORTER")
			.param("committeeIds", committee().toString())).andExpect(status().is3xxRedirection());
		User created = users.byUsername("tn-rapportor").orElseThrow();
		assertThat(created.roles()).containsExactly(Role.COMMITTEE_REPORTER);
		assertThat(created.committeeIds()).containsExactly(committee());
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'identity.user.created' and subject_id = :id")
			.param("id", created.id().toString())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void showsFieldErrorsAndCreatesNothingForBadInput() throws Exception {
		long before = users.count();
		mvc.perform(post("/admin/users").with(csrf())
			.with(TestUsers.as(Role.ADMIN))
			.param("username", "kort-losen")
			.param("displayName", "")
			.param("password", "kort")
			.param("roles", "COMMITTEE_REPORTER"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "displayName"));
		mvc.perform(post("/admin/users").with(csrf())
			.with(TestUsers.as(Role.ADMIN))
			.param("username", "kort-losen")
			.param("displayName", "Namn")
			.param("password", "kort")
			.param("roles", "VIEWER"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "password"));
		mvc.perform(post("/admin/users").with(csrf())
			.with(TestUsers.as(Role.ADMIN))
			.param("username", "utan-namnd")
			.param("displayName", "Namn")
			.param("password", "ett-langt-losenord")
			.param("roles", "COMMITTEE_REPORTER"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "committeeIds"));
		assertThat(users.count()).isEqualTo(before);
	}

	@Test
	void showsEveryErrorOfAUserOrTokenFormAtOnceAndKeepsWhatWasTyped() throws Exception {
		long before = users.count();
		mvc.perform(post("/admin/users").with(csrf())
			.with(TestUsers.as(Role.ADMIN))
			.param("username", "trasig-roll")
			.param("displayName", "")
			.param("password", "ett-langt-losenord")
			.param("roles", "KUNG")
			.param("actorId", "inte-ett-id"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "roles", "typeMismatch"))
			.andExpect(model().attributeHasFieldErrorCode("form", "actorId", "typeMismatch"))
			.andExpect(model().attributeHasFieldErrorCode("form", "displayName", "NotBlank"))
			.andExpect(content().string(containsString("value=\"trasig-roll\"")));
		assertThat(users.count()).isEqualTo(before);
		mvc.perform(post("/admin/api-tokens").with(csrf())
			.with(TestUsers.as(Role.ADMIN))
			.param("name", "")
			.param("organisation", "Bolaget")
			.param("expiresOn", "snart"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "expiresOn", "typeMismatch"))
			.andExpect(model().attributeHasFieldErrorCode("form", "name", "NotBlank"))
			.andExpect(content().string(containsString("value=\"snart\"")))
			.andExpect(content().string(containsString("value=\"Bolaget\"")));
	}


	@Autowired
	PartnerBindings partners;

	UUID police() {
		return jdbc.sql("select id from actor where name = 'Polisen'").query(UUID.class).single();
	}

	@Test
	void bindsAPartnerToTheActorItSpeaksForAndRefusesAPartnerWithoutOneOrWithOtherRoles() throws Exception {
		mvc.perform(post("/admin/users").with(csrf())
			.with(TestUsers.as(Role.ADMIN))
			.param("username", "polis-utan")
			.param("displayName", "Polis utan aktör")
			.param("password", "ett-langt-losenord")
			.param("roles", "PARTNER"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "actorId"));
		mvc.perform(post("/admin/users").with(csrf())
			.with(TestUsers.as(Role.ADMIN))
			.param("username", "polis-analytiker")
			.param("displayName", "Polis som också är analytiker")
			.param("password", "ett-langt-losenord")
			.param("roles", "PARTNER", "ANALYST")
			.param("actorId", police().toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "roles"));
		mvc.perform(post("/admin/users").with(csrf())
			.with(TestUsers.as(Role.ADMIN))
			.param("username", "lasare-med-aktor")
			.param("displayName", "Läsare med aktör")
			.param("password", "ett-langt-losenord")
			.param("roles", "VIEWER")
			.param("actorId", police().toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "actorId"));
		mvc.perform(post("/admin/users").with(csrf())
			.with(TestUsers.as(Role.ADMIN))
			.param("username", "polis-partner")
			.param("displayName", "Polis Partner")
			.param("password", "ett-langt-losenord")
			.param("roles", "PARTNER")
			.param("actorId", police().toString()))
			.andExpect(status().is3xxRedirection());
		User partner = users.byUsername("polis-partner").orElseThrow();
		assertThat(partners.actorOf(partner.id())).contains(police());
		assertThat(users.byUsername("polis-utan")).isEmpty();
		assertThat(users.byUsername("lasare-med-aktor")).isEmpty();
	}

	@Test
	void bindsTheDemoPartnerToThePolice() {
		assertThat(partners.actorOf(users.byUsername("partner").orElseThrow().id())).contains(police());
	}

}
