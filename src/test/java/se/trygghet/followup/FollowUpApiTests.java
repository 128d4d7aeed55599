package se.trygghet.followup;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.plan.ActionPlanId;

@PlatformIntegrationTest
class FollowUpApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	FollowUp followUp;

	@Autowired
	Reports reports;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	@Test
	void showsThePublicOnlyApprovedReportsOfPublishedRounds() throws Exception {
		TestUsers.signIn(Role.COORDINATOR);
		RoundId round = followUp.planRound(
				new ActionPlanId(jdbc.sql("select id from action_plan where plan_key = 'vasteras-2021-2023'")
					.query(UUID.class)
					.single()),
				"2088", "Publik 2088", LocalDate.of(2020, 1, 1), LocalDate.of(2099, 1, 1));
		followUp.openRound(round);
		Report report = reports.ofRound(round)
			.stream()
			.filter(r -> r.activityNumber().toString().equals("6.4"))
			.findFirst()
			.orElseThrow();
		UUID ks = jdbc.sql("select id from committee where short_name = 'KS'").query(UUID.class).single();
		TestUsers.signIn(Role.COMMITTEE_REPORTER, ks);
		followUp.saveDraft(report.id(), report.version(), ReportTests.COMPLETE);
		followUp.submit(report.id(), report.version() + 1);
		TestUsers.signIn(Role.COORDINATOR);
		followUp.approve(report.id(), report.version() + 2);
		TestUsers.signOut();

		mvc.perform(get("/api/v1/rounds/" + round + "/reports")).andExpect(status().isNotFound());
		TestUsers.signIn(Role.COORDINATOR);
		followUp.closeRound(round);
		followUp.publishRound(round);
		TestUsers.signOut();

		mvc.perform(get("/api/v1/rounds/" + round + "/reports"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].activityNumber", is("6.4")))
			.andExpect(jsonPath("$[0].status", is("PAGAENDE")));
		mvc.perform(get("/api/v1/rounds/" + round + "/reports").with(TestUsers.as(Role.VIEWER)))
			.andExpect(jsonPath("$", hasSize(37 + 76)));
	}

}
