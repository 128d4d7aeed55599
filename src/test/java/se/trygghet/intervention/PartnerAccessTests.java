package se.trygghet.intervention;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;

/**
 * Partners at the HTTP level: the police partner reads the demo cycle's intervention the police are responsible for
 * and its problem; a partner of another organisation gets neither, and sees none of them listed.
 */
@PlatformIntegrationTest
class PartnerAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	private String one(String sql) {
		return jdbc.sql(sql).query(String.class).list().get(0);
	}

	/** A partner account bound to a fresh actor of its own, as an admin would create it. */
	private String otherPartner() {
		UUID actor = UUID.randomUUID();
		jdbc.sql("insert into actor (id, name, type) values (:id, :name, 'CIVILSAMHALLE')")
			.param("id", actor)
			.param("name", "Förening " + actor)
			.update();
		UUID id = UUID.randomUUID();
		String username = "partner-" + id.toString().substring(0, 8);
		jdbc.sql("""
				insert into app_user (id, username, display_name, password_hash, enabled, version, created_at)
				values (:id, :u, 'Annan partner', 'x', true, 0, now())
				""").param("id", id).param("u", username).update();
		jdbc.sql("insert into app_user_role (user_id, role) values (:id, 'PARTNER')").param("id", id).update();
		jdbc.sql("insert into partner_binding (user_id, actor_id) values (:id, :a)").param("id", id)
			.param("a", actor).update();
		return username;
	}

	@Test
	void aPartnerReadsWhatItsOrganisationSharesAndNothingOfAnotherPartners() throws Exception {
		String police = one("select id::text from actor where name = 'Polisen'");
		String intervention = one(
				"select id::text from intervention where '" + police + "' = any (actors::text[]) order by title");
		String problem = one("select problem_id::text from intervention where id = '" + intervention + "'");
		String title = one("select title from problem where id = '" + problem + "'");
		var policePartner = user(users.loadUserByUsername("partner"));
		mvc.perform(get("/interventions/" + intervention).with(policePartner)).andExpect(status().isOk());
		mvc.perform(get("/problems/" + problem).with(policePartner))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("id=\"feedback-form\""))));
		mvc.perform(get("/problems").with(policePartner)).andExpect(content().string(Matchers.containsString(title)));

		var other = user(users.loadUserByUsername(otherPartner()));
		mvc.perform(get("/interventions/" + intervention).with(other)).andExpect(status().isForbidden());
		mvc.perform(get("/problems/" + problem).with(other)).andExpect(status().isForbidden());
		mvc.perform(get("/problems").with(other))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString(title))));
		String trygghetsradet = one("select id::text from forum where name = 'Trygghetsrådet'");
		mvc.perform(get("/forums/" + trygghetsradet).with(policePartner)).andExpect(status().isOk());
		mvc.perform(get("/forums/" + trygghetsradet).with(other)).andExpect(status().isForbidden());
		mvc.perform(get("/promises").with(policePartner)).andExpect(status().isForbidden());
		mvc.perform(get("/plans").with(policePartner)).andExpect(status().isForbidden());
	}

}
