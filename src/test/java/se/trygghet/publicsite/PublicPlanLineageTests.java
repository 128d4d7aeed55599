package se.trygghet.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.followup.ActivityStatus;
import se.trygghet.followup.FollowUpTestAccess;
import se.trygghet.followup.GoalContribution;
import se.trygghet.followup.ReportContent;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.plan.PlanFixtures;

/**
 * Once the next plan is adopted, the public site shows it and what became of each activity of the previous one, beside
 * what the previous plan's last published follow-up reported on it.
 */
@PlatformIntegrationTest
class PublicPlanLineageTests {

	static final String REASON = "Arbetet ingår nu i skolornas ordinarie trygghetsarbete";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	FollowUpTestAccess followUp;

	@Autowired
	JdbcClient jdbc;

	MockHttpServletRequestBuilder coordinator(String path) {
		return post(path).with(csrf()).with(TestUsers.as(Role.COORDINATOR));
	}

	String publicPage(String path) throws Exception {
		String html = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
	}

	@Test
	void showsTheAdoptedNextPlanAndWhatBecameOfEachActivityOfThePreviousOne() throws Exception {
		PlanFixtures.importCopy(context, "offentlig-2021-2023");
		String draft = "/plans/offentlig-2024-2027";
		mvc.perform(coordinator("/plans/offentlig-2021-2023/next").param("periodFrom", "2024").param("periodTo", "2027"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(coordinator(draft + "/succession/2.3").param("choice", "ENDED").param("reason", REASON))
			.andExpect(status().is3xxRedirection());
		mvc.perform(coordinator(draft + "/succession/1.2").param("choice", "MERGED").param("target", "1.3"))
			.andExpect(status().is3xxRedirection());
		assertThat(publicPage("/oppen/plan")).doesNotContain(REASON).contains("2021–2023");

		mvc.perform(coordinator(draft + "/adopt").param("adoptedBy", "Kommunfullmäktige")
			.param("decision", "KF 2024/12")
			.param("adoptedOn", "2024-02-15")).andExpect(status().is3xxRedirection());
		try {
			String plan = publicPage("/oppen/plan");
			assertThat(plan).contains("arbete 2024–2027")
				.contains("Vad blev av aktiviteterna i Handlingsplan för trygghetsskapande och brottsförebyggande arbete 2021–2023")
				.contains("2.3")
				.contains("Avslutades : " + REASON)
				.contains("Slogs ihop med 1.3")
				.contains("Fortsätter som 4.4");
			assertThat(publicPage("/oppen/aktiviteter/4.4")).contains("Tidigare aktivitet 4.5 i Handlingsplan");
		}
		finally {
			// the real plan is the current one for every other test sharing this database
			mvc.perform(coordinator(draft + "/archive")).andExpect(status().is3xxRedirection());
		}
		assertThat(publicPage("/oppen/plan")).doesNotContain("Vad blev av aktiviteterna");
	}

	@Test
	void showsBesideEachFateWhatThePreviousPlansLastPublishedFollowUpReported() throws Exception {
		PlanFixtures.importCopy(context, "offentlig-rond-2021-2023");
		ActionPlanId previous = new ActionPlanId(jdbc.sql("select id from action_plan where plan_key = :k")
			.param("k", "offentlig-rond-2021-2023")
			.query(java.util.UUID.class)
			.single());
		java.util.UUID round = followUp.publishedRound(previous, "2023-rond",
				new ReportContent(ActivityStatus.FORSENAD, "Väntar på nytt avtal med bostadsbolagen", "Gjort", null, null,
						GoalContribution.BIDRAR_DELVIS),
				"Granskad");
		String reported = followUp.reportedActivity(round);
		String draft = "/plans/offentlig-rond-2024-2027";
		mvc.perform(coordinator("/plans/offentlig-rond-2021-2023/next").param("periodFrom", "2024")
			.param("periodTo", "2027")).andExpect(status().is3xxRedirection());
		mvc.perform(coordinator(draft + "/succession/" + reported).param("choice", "ENDED").param("reason", REASON))
			.andExpect(status().is3xxRedirection());
		mvc.perform(coordinator(draft + "/adopt").param("adoptedBy", "Kommunfullmäktige")
			.param("decision", "KF 2024/13")
			.param("adoptedOn", "2024-02-15")).andExpect(status().is3xxRedirection());
		try {
			String plan = publicPage("/oppen/plan");
			assertThat(plan).contains("Status i Uppföljning 2023-rond");
			String previousPlan = plan.substring(plan.indexOf("Status i Uppföljning 2023-rond"));
			String row = previousPlan.substring(previousPlan.indexOf(" " + reported + " "));
			assertThat(row.substring(0, row.indexOf("Avslutades") + 80))
				.contains("Försenad – Väntar på nytt avtal med bostadsbolagen")
				.contains("Avslutades : " + REASON);
		}
		finally {
			mvc.perform(coordinator(draft + "/archive")).andExpect(status().is3xxRedirection());
		}
	}

}
