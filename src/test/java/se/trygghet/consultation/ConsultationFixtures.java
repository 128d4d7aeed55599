package se.trygghet.consultation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.plan.PlanFixtures;

/** Draft plans for consultation tests: Västerås' plan imported as a draft under a key and name of its own. */
final class ConsultationFixtures {

	private ConsultationFixtures() {
	}

	static String draftFile(String key, String name) {
		return PlanFixtures.vasterasFileWithKey(key)
			.replace("state: ADOPTED", "state: DRAFT")
			.replaceFirst("\n  name: \"[^\"]+\"", "\n  name: \"" + name + "\"");
	}

	/** Imports the draft as a coordinator would, through the import form; returns its id. */
	static ActionPlanId importDraft(MockMvc mvc, JdbcClient jdbc, String key, String name) throws Exception {
		mvc.perform(multipart("/plans/import")
			.file(new MockMultipartFile("file", key + ".yaml", "application/yaml",
					draftFile(key, name).getBytes(StandardCharsets.UTF_8)))
			.with(TestUsers.as(Role.ADMIN))
			.with(csrf())).andExpect(status().is3xxRedirection());
		return new ActionPlanId(
				jdbc.sql("select id from action_plan where plan_key = :k").param("k", key).query(UUID.class).single());
	}

	static UUID committee(JdbcClient jdbc, String shortName) {
		return jdbc.sql("select id from committee where short_name = :s").param("s", shortName).query(UUID.class).single();
	}

}
