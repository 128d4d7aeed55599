package se.trygghet.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.incident.IncidentReporting;
import se.trygghet.incident.NewIncident;
import se.trygghet.plan.ActionPlanId;

/**
 * Each role's start page lists what needs that role and nothing it may not see. Rounds run against Västerås' real
 * plan, each test with a period of its own; other tests' rounds share the database, so the assertions look for this
 * test's own items (and the absence of what it made for another committee), never at totals.
 */
@PlatformIntegrationTest
class StartPagesTests {

	@Autowired
	FollowUp followUp;

	@Autowired
	Reports reports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FollowUpViews views;

	@Autowired
	MockMvc mvc;

	@Autowired
	IncidentReporting incidents;

	@Autowired
	Clock clock;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	@Test
	void showsAReporterTheirCommitteesReportsWithDeadlinesAndTheReturnedOnesWithTheCommentButNoOtherCommittees()
			throws Exception {
		RoundId round = openRound("2071", LocalDate.of(2099, 12, 31));
		Report ifnReport = reportOf(round, "5.3", "IFN", Report.Kind.ACTIVITY_REPORT);
		Report ifnContribution = reportOf(round, "2.3", "IFN", Report.Kind.CONTRIBUTION);
		Report tnReport = reportOf(round, "2.3", "TN", Report.Kind.ACTIVITY_REPORT);
		Report ksReport = reportOf(round, "1.1", "KS", Report.Kind.ACTIVITY_REPORT);
		submitAndReturn(ifnReport, "IFN", "Beskriv effekterna för 2071 tydligare");
		submitAndReturn(tnReport, "TN", "Kommentar bara till TN 2071");

		String page = page(TestUsers.as(Role.COMMITTEE_REPORTER, committee("IFN")));

		String returned = section(page, "returned");
		assertThat(returned).contains("/reports/" + ifnReport.id().value())
			.contains("Beskriv effekterna för 2071 tydligare")
			.contains("2099-12-31");
		String mine = section(page, "my-reports");
		assertThat(mine).contains("/reports/" + ifnContribution.id().value()).contains("2099-12-31");
		// the returned report is listed once, under its comment
		assertThat(mine).doesNotContain("/reports/" + ifnReport.id().value());
		assertThat(page).doesNotContain("Kommentar bara till TN 2071")
			.doesNotContain("/reports/" + tnReport.id().value())
			.doesNotContain("/reports/" + ksReport.id().value())
			.doesNotContain("data-section=\"review\"")
			.doesNotContain("data-section=\"round-");
	}

	@Test
	void showsACoordinatorTheOpenRoundWithDeadlineAndCompletionPerCommitteeAndTheReportsWaitingForReview()
			throws Exception {
		RoundId round = openRound("start-2073", LocalDate.of(2099, 12, 30));
		Report contribution = reportOf(round, "2.3", "IFN", Report.Kind.CONTRIBUTION);
		TestUsers.signIn(Role.COMMITTEE_REPORTER, committee("IFN"));
		followUp.saveDraft(contribution.id(), contribution.version(), ReportTests.COMPLETE);
		followUp.submit(contribution.id(), reports.byId(contribution.id()).orElseThrow().version());

		String page = page(TestUsers.as(Role.COORDINATOR));

		String open = section(page, "round-" + round.value());
		assertThat(open).contains("Uppföljning start-2073")
			.contains("2099-12-30")
			.contains("Inlämnat: 0 av 37 rapporter och 1 av 76 bidrag");
		assertThat(open).contains("Individ- och familjenämnden").contains("Bidrag: 1 av");
		assertThat(section(page, "review")).contains("/reports/" + contribution.id().value());
		// every report submitted in an open or closed round, as the rounds' dashboards count them
		int waiting = java.util.stream.Stream.of(RoundState.OPEN, RoundState.CLOSED)
			.flatMap(state -> views.rounds(state).stream())
			.mapToInt(r -> r.reports().submitted() + r.contributions().submitted())
			.sum();
		assertThat(section(page, "review"))
			.containsPattern("[^0-9]" + waiting + " inskickade rapporter och bidrag väntar på granskning");
		assertThat(page).contains("data-section=\"resident-moderation\"")
			.contains("data-section=\"consultation\"")
			.doesNotContain("data-section=\"returned\"");
	}

	@Test
	void showsACoordinatorTheReportsOfARoundWhoseDeadlineHasPassedAsOverdue() throws Exception {
		RoundId late = openRound("start-2074", LocalDate.of(2020, 2, 28));
		// the first overdue in the plan's order; the round's dashboard lists every one
		Report report = reportOf(late, "1.1", "KS", Report.Kind.ACTIVITY_REPORT);

		String open = section(page(TestUsers.as(Role.COORDINATOR)), "round-" + late.value());

		assertThat(open).contains("Sista dag för Uppföljning start-2074 var 2020-02-28")
			.contains("113 rapporter eller bidrag är försenade")
			.contains("/reports/" + report.id().value())
			.contains("Försenad");
		// the first few, the whole count in the summary and the whole list a click away
		assertThat(open.split("Försenad", -1)).hasSize(se.trygghet.identity.StartSections.SHOWN + 1);
	}

	@Test
	void showsACouncilMemberTheProgressIndicatorsAndDocumentsButNoQueue() throws Exception {
		String page = page(TestUsers.as(Role.VIEWER));

		assertThat(page).contains("data-section=\"progress\"")
			.contains("data-section=\"indicators\"")
			.contains("data-section=\"annual-report\"")
			.contains("data-section=\"joint-picture\"")
			.contains("data-section=\"plan\"");
		assertThat(section(page, "indicators")).contains("href=\"/indicators/");
		assertThat(page).doesNotContain("data-section=\"review\"")
			.doesNotContain("data-section=\"resident-moderation\"")
			.doesNotContain("data-section=\"round-")
			.doesNotContain("href=\"/reports/");
	}

	@Test
	void showsAnAnalystTheWeekHotSpotsAndEvaluationsButNoQueue() throws Exception {
		String page = page(TestUsers.as(Role.ANALYST));

		assertThat(section(page, "week")).contains("href=\"/situation?period=");
		assertThat(section(page, "hotspots")).contains("href=\"/situation/hotspots?from=");
		assertThat(page).contains("data-section=\"evaluations\"")
			.doesNotContain("data-section=\"review\"")
			.doesNotContain("data-section=\"returned\"");
	}

	@Test
	void showsAFieldReporterOnlyTheirOwnReportsAndNoInternalPage() throws Exception {
		ZonedDateTime yesterday = ZonedDateTime.now(clock).minusDays(1);
		TestUsers.signIn("start-falt-anna", Role.FIELD_REPORTER);
		incidents.report(new NewIncident("nedskrapning", yesterday.withHour(7).withMinute(13).toInstant(), 59.6150,
				16.5450, "Bostads AB Mimer", null, 1, "Annas runda"));
		TestUsers.signIn("start-falt-bertil", Role.FIELD_REPORTER);
		incidents.report(new NewIncident("nedskrapning", yesterday.withHour(21).withMinute(47).toInstant(), 59.6150,
				16.5450, "Bostads AB Mimer", null, 1, "Bertils runda"));

		String page = page(TestUsers.as("start-falt-anna", Role.FIELD_REPORTER));

		assertThat(section(page, "field")).contains("07:13").contains("href=\"/incidents/new\"");
		assertThat(page).doesNotContain("21:47")
			.doesNotContain("data-section=\"plan\"")
			.doesNotContain("href=\"/plans/");
	}

	@Test
	void showsAPartnerWithoutOrganisationThatInWordsAndNoInternalPage() throws Exception {
		String page = page(TestUsers.as(Role.PARTNER));

		assertThat(section(page, "partner")).contains("inte knutet till någon organisation");
		assertThat(page).doesNotContain("data-section=\"plan\"").doesNotContain("href=\"/plans/");
	}

	private String page(RequestPostProcessor user) throws Exception {
		return mvc.perform(get("/").with(user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	/** The card of one section, from its marker to the next section's. */
	static String section(String page, String id) {
		int start = page.indexOf("data-section=\"" + id);
		assertThat(start).as("section " + id).isNotNegative();
		int end = page.indexOf("data-section=\"", start + 1);
		return page.substring(start, end < 0 ? page.length() : end);
	}

	private void submitAndReturn(Report report, String committee, String comment) {
		TestUsers.signIn(Role.COMMITTEE_REPORTER, committee(committee));
		followUp.saveDraft(report.id(), report.version(), ReportTests.COMPLETE);
		followUp.submit(report.id(), reports.byId(report.id()).orElseThrow().version());
		TestUsers.signIn(Role.COORDINATOR);
		followUp.returnReport(report.id(), reports.byId(report.id()).orElseThrow().version(), comment);
	}

	private ActionPlanId vasteras() {
		return new ActionPlanId(jdbc.sql("select id from action_plan where plan_key = 'vasteras-2021-2023'")
			.query(UUID.class)
			.single());
	}

	private UUID committee(String shortName) {
		return jdbc.sql("select id from committee where short_name = :s").param("s", shortName).query(UUID.class).single();
	}

	private RoundId openRound(String period, LocalDate deadline) {
		TestUsers.signIn(Role.COORDINATOR);
		RoundId round = followUp.planRound(vasteras(), period, "Uppföljning " + period, LocalDate.of(2020, 1, 1),
				deadline);
		followUp.openRound(round);
		return round;
	}

	private Report reportOf(RoundId round, String activity, String committee, Report.Kind kind) {
		return reports.ofRound(round)
			.stream()
			.filter(r -> r.activityNumber().toString().equals(activity) && r.kind() == kind
					&& r.committee().value().equals(committee(committee)))
			.findFirst()
			.orElseThrow();
	}

}
