package se.trygghet.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.plan.PlanFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A focus area with ten activities or more: 2.9 comes before 2.10 in every channel, as the plan prints them, not as
 * text sorts them.
 */
@PlatformIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActivityOrderTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	FollowUp followUp;

	@Autowired
	FollowUpViews views;

	@Autowired
	ReportExport export;

	@Autowired
	AnnualReportCompiler compiler;

	@Autowired
	JdbcClient jdbc;

	RoundId round;

	/** Västerås' plan with 2.5 and 2.6 numbered 2.9 and 2.10 (numbers may have gaps). */
	@BeforeAll
	void roundOfAPlanWithActivityTwoTen() throws Exception {
		String yaml = PlanFixtures.vasterasFileWithKey("ordning-2031")
			.replace("number: \"2.5\"", "number: \"2.9\"")
			.replace("number: \"2.6\"", "number: \"2.10\"");
		mvc.perform(multipart("/plans/import")
			.file(new MockMultipartFile("file", "ordning.yaml", "application/yaml", yaml.getBytes(StandardCharsets.UTF_8)))
			.with(TestUsers.as(Role.ADMIN))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().is3xxRedirection());
		ActionPlanId plan = new ActionPlanId(
				jdbc.sql("select id from action_plan where plan_key = 'ordning-2031'").query(UUID.class).single());
		TestUsers.signIn(Role.COORDINATOR);
		try {
			round = followUp.planRound(plan, "2031", "Ordning 2031", LocalDate.of(2020, 1, 1), LocalDate.of(2099, 1, 1));
			followUp.openRound(round);
		}
		finally {
			TestUsers.signOut();
		}
	}

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	@Test
	void listsTwoNineBeforeTwoTenOnTheRoundsPage() {
		assertThat(views.reportsOfRound(round).stream().map(r -> r.activityNumber().toString()).distinct().toList())
			.containsSubsequence("2.4", "2.9", "2.10", "3.1");
	}

	@Test
	void exportsTwoNineBeforeTwoTen() {
		List<String> numbers = export.rows(round, Locale.forLanguageTag("sv"))
			.stream()
			.skip(1)
			.map(row -> row.get(0))
			.distinct()
			.toList();
		assertThat(numbers).containsSubsequence("2.4", "2.9", "2.10", "3.1");
	}

	@Test
	void answersTheApiWithTwoNineBeforeTwoTenAsText() throws Exception {
		String body = mvc.perform(get("/api/v1/rounds/" + round + "/reports").with(TestUsers.as(Role.VIEWER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> numbers = new java.util.ArrayList<>();
		for (JsonNode item : JsonMapper.builder().build().readTree(body)) {
			assertThat(item.get("activityNumber").isString()).isTrue();
			numbers.add(item.get("activityNumber").asString());
		}
		assertThat(numbers.stream().distinct().toList()).containsSubsequence("2.4", "2.9", "2.10", "3.1");
	}

	@Test
	void listsTheRoundInTheApiWithItsIdAsPlainText() throws Exception {
		mvc.perform(get("/api/v1/rounds").with(TestUsers.as(Role.VIEWER)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.jsonPath("$[?(@.id == '" + round.value() + "')].title")
				.value(org.hamcrest.Matchers.contains("Ordning 2031")));
	}

	@Test
	void compilesTheAnnualReportWithTwoNineBeforeTwoTen() {
		AnnualReport report = compiler.compile(round, AnnualReport.Audience.TRYGGHETSRADET, null, null);
		assertThat(report.focusAreas().get(1).activities().stream().map(a -> a.number().toString()).toList())
			.containsExactly("2.1", "2.2", "2.3", "2.4", "2.9", "2.10");
	}

}
