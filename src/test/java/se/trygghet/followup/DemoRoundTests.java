package se.trygghet.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;

/** The demo profile's round: populated enough to show the dashboard, and marked as invented everywhere. */
@PlatformIntegrationTest
class DemoRoundTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Reports reports;

	RoundId demoRound() {
		return new RoundId(
				jdbc.sql("select id from reporting_round where demo and period = '2023'").query(UUID.class).single());
	}

	@Test
	void fillsARoundWithReportsInEveryStateAndMarksEveryTextAsInvented() {
		var all = reports.ofRound(demoRound());
		assertThat(all).hasSize(37 + 76);
		assertThat(all).extracting(Report::state)
			.contains(ReportState.DRAFT, ReportState.SUBMITTED, ReportState.RETURNED, ReportState.APPROVED);
		assertThat(all).filteredOn(r -> r.content().done() != null)
			.allSatisfy(r -> assertThat(r.content().done()).startsWith("[Demodata]"));
		// the activities themselves are the plan's real ones
		assertThat(all).extracting(Report::activityText).noneMatch(text -> text.contains("Demodata"));
	}

	@Test
	void publishesTheYearBeforeWithEveryLeadReportApprovedForTheResidentsPages() {
		assertThat(jdbc.sql("select state from reporting_round where demo and period = '2022'").query(String.class)
			.single()).isEqualTo("PUBLISHED");
		assertThat(jdbc.sql("""
				select count(*) from report r join reporting_round o on o.id = r.round_id
				 where o.demo and o.period = '2022' and r.kind = 'ACTIVITY_REPORT' and r.state = 'APPROVED'
				""").query(Integer.class).single()).isEqualTo(37);
	}

	@Test
	void saysDemoDataOnTheRoundPageAndInTheApi() throws Exception {
		mvc.perform(get("/rounds/{id}", demoRound()).with(TestUsers.as(Role.VIEWER)))
			.andExpect(content().string(Matchers.containsString("Demodata")));
		mvc.perform(get("/api/v1/rounds").with(TestUsers.as(Role.VIEWER)))
			.andExpect(jsonPath("$[?(@.title == 'Uppföljning 2023 (demodata)')].demo").value(Matchers.contains(true)));
	}

}
