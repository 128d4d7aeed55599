package se.trygghet.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.system.Refusal;

/** A round run against Västerås' real plan; each test uses a period of its own. */
@PlatformIntegrationTest
class FollowUpTests {

	@Autowired
	FollowUp followUp;

	@Autowired
	Reports reports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	ActionPlanId vasteras() {
		return new ActionPlanId(jdbc.sql("select id from action_plan where plan_key = 'vasteras-2021-2023'")
			.query(UUID.class)
			.single());
	}

	UUID committee(String shortName) {
		return jdbc.sql("select id from committee where short_name = :s").param("s", shortName).query(UUID.class).single();
	}

	RoundId openRound(String period, LocalDate deadline) {
		TestUsers.signIn(Role.COORDINATOR);
		RoundId round = followUp.planRound(vasteras(), period, "Uppföljning " + period, LocalDate.of(2020, 1, 1), deadline);
		followUp.openRound(round);
		return round;
	}

	Report reportOf(RoundId round, String activity, String committee, Report.Kind kind) {
		return reports.ofRound(round)
			.stream()
			.filter(r -> r.activityNumber().toString().equals(activity) && r.kind() == kind
					&& r.committee().value().equals(committee(committee)))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void opensWithAReportPerActivityForItsLeadAndAContributionPerCoResponsibleCommittee() {
		RoundId round = openRound("2090", LocalDate.of(2099, 12, 31));
		List<Report> all = reports.ofRound(round);
		assertThat(all).filteredOn(r -> r.kind() == Report.Kind.ACTIVITY_REPORT).hasSize(37);
		// the seed's activities list 113 committee places in all, 37 of them leads
		assertThat(all).filteredOn(r -> r.kind() == Report.Kind.CONTRIBUTION).hasSize(76);
		assertThat(reportOf(round, "2.3", "TN", Report.Kind.ACTIVITY_REPORT).activityText())
			.startsWith("Bibehålla och utveckla säkra och trygga utemiljöer");
		assertThat(all).filteredOn(r -> r.activityNumber().toString().equals("2.3") && r.kind() == Report.Kind.CONTRIBUTION)
			.extracting(r -> r.committee().value())
			.containsExactlyInAnyOrder(committee("IFN"), committee("MKN"), committee("SKDN"));
		assertThat(all).allSatisfy(r -> assertThat(r.state()).isEqualTo(ReportState.DRAFT));
		// no SMTP server in this context: the notice waits in the outbox, with the demo reporter among its recipients
		assertThat(jdbc.sql("select status || ' ' || recipients from mail_outbox where subject = :s")
			.param("s", "Uppföljningen har öppnat: Uppföljning 2090")
			.query(String.class)
			.single()).startsWith("NOT_SENT").contains("rapportor@demo.invalid");
	}

	@Test
	void letsAReporterWriteOnlyTheirOwnCommitteesReportsAndReadTheContributionsTheyCompile() {
		RoundId round = openRound("2091", LocalDate.of(2099, 12, 31));
		Report tnReport = reportOf(round, "2.3", "TN", Report.Kind.ACTIVITY_REPORT);
		Report ifnContribution = reportOf(round, "2.3", "IFN", Report.Kind.CONTRIBUTION);
		Report ksReport = reportOf(round, "1.1", "KS", Report.Kind.ACTIVITY_REPORT);

		TestUsers.signIn(Role.COMMITTEE_REPORTER, committee("IFN"));
		followUp.saveDraft(ifnContribution.id(), ifnContribution.version(), ReportTests.COMPLETE);
		assertThatThrownBy(() -> followUp.saveDraft(ksReport.id(), ksReport.version(), ReportTests.COMPLETE))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> followUp.read(ksReport.id())).isInstanceOf(AccessDeniedException.class);

		TestUsers.signIn(Role.COMMITTEE_REPORTER, committee("TN"));
		assertThat(followUp.contributionsTo(tnReport.id())).extracting(r -> r.content().done())
			.contains(ReportTests.COMPLETE.done());
		assertThatThrownBy(() -> followUp.saveDraft(ifnContribution.id(), 1, ReportTests.COMPLETE))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void refusesASubmissionAfterTheDeadlineOrOnceTheRoundIsClosed() {
		RoundId late = openRound("2080", LocalDate.of(2020, 1, 31));
		Report report = reportOf(late, "5.3", "IFN", Report.Kind.ACTIVITY_REPORT);
		TestUsers.signIn(Role.COMMITTEE_REPORTER, committee("IFN"));
		assertThatThrownBy(() -> followUp.saveDraft(report.id(), report.version(), ReportTests.COMPLETE))
			.isInstanceOfSatisfying(Refusal.class,
					ex -> assertThat(ex.code()).isEqualTo("followup.round.deadlinePassed"));

		RoundId closed = openRound("2081", LocalDate.of(2099, 12, 31));
		followUp.closeRound(closed);
		Report other = reportOf(closed, "5.3", "IFN", Report.Kind.ACTIVITY_REPORT);
		TestUsers.signIn(Role.COMMITTEE_REPORTER, committee("IFN"));
		assertThatThrownBy(() -> followUp.submit(other.id(), other.version()))
			.isInstanceOfSatisfying(Refusal.class, ex -> assertThat(ex.code()).isEqualTo("followup.round.notOpen"));
	}

	@Test
	void refusesAStaleEditWithoutLosingTheNewerTextAndKeepsEveryVersion() {
		RoundId round = openRound("2092", LocalDate.of(2099, 12, 31));
		Report read = reportOf(round, "5.3", "IFN", Report.Kind.ACTIVITY_REPORT);
		TestUsers.signIn(Role.COMMITTEE_REPORTER, committee("IFN"));
		followUp.saveDraft(read.id(), read.version(), ReportTests.COMPLETE);
		ReportContent stale = new ReportContent(ActivityStatus.EJ_PABORJAD, null, "Äldre text", null, null, null);
		assertThatThrownBy(() -> followUp.saveDraft(read.id(), read.version(), stale))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(reports.byId(read.id()).orElseThrow().content()).isEqualTo(ReportTests.COMPLETE);

		followUp.submit(read.id(), read.version() + 1);
		TestUsers.signIn(Role.COORDINATOR);
		followUp.returnReport(read.id(), read.version() + 2, "Lägg till effekterna för kvinnor och barn.");
		TestUsers.signIn(Role.COMMITTEE_REPORTER, committee("IFN"));
		followUp.saveDraft(read.id(), read.version() + 3, new ReportContent(ActivityStatus.GENOMFORD, null,
				"Fler trygga boenden öppnade.", "Kortare väntetid för kvinnor och barn.", null, GoalContribution.BIDRAR));
		followUp.submit(read.id(), read.version() + 4);
		TestUsers.signIn(Role.COORDINATOR);
		followUp.approve(read.id(), read.version() + 5);

		assertThat(reports.versions(read.id())).extracting(Reports.Version::state)
			.containsExactly(ReportState.DRAFT, ReportState.SUBMITTED, ReportState.RETURNED, ReportState.RETURNED,
					ReportState.SUBMITTED, ReportState.APPROVED);
		assertThat(reports.versions(read.id()).get(2).note()).isEqualTo("Lägg till effekterna för kvinnor och barn.");
		assertThat(jdbc.sql("select count(*) from audit_entry where subject_id = :id and action like 'followup.report.%'")
			.param("id", read.id().toString())
			.query(Long.class)
			.single()).isEqualTo(4);
	}

	@Test
	void showsEveryErrorOfTheRoundAndReportFormsAtOnceAndKeepsWhatWasTyped() throws Exception {
		String rounds = mvc.perform(post("/rounds").param("plan", vasteras().value().toString())
			.param("period", "2094").param("title", "").param("opensOn", "snart").param("deadline", "2094-12-31")
			.with(TestUsers.as(Role.COORDINATOR)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(rounds).contains("data-error-summary", "id=\"title-error\"", "id=\"opensOn-error\"",
				"value=\"snart\"", "value=\"2094\"");

		RoundId round = openRound("2095", LocalDate.of(2099, 12, 31));
		Report report = reportOf(round, "5.3", "IFN", Report.Kind.ACTIVITY_REPORT);
		UUID ifn = committee("IFN");
		String page = mvc.perform(post("/reports/{id}", report.id()).param("status", "KANSKE")
			.param("done", "Det vi hann med.").param("indicators", "inte-en-indikator")
			.param("version", String.valueOf(report.version())).param("action", "save")
			.with(TestUsers.as(Role.COMMITTEE_REPORTER, ifn)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("data-error-summary", "id=\"status-error\"", "Det vi hann med.");
		assertThat(reports.byId(report.id()).orElseThrow().content().done()).isNull();
	}

	@Test
	void forgetsADelaysReasonOnceTheActivityIsReportedAsGoingOnAndShowsItNowhere() throws Exception {
		RoundId round = openRound("2093", LocalDate.of(2099, 12, 31));
		Report report = reportOf(round, "5.3", "IFN", Report.Kind.ACTIVITY_REPORT);
		UUID ifn = committee("IFN");
		String reason = "Lokalen blev klar först i december.";
		TestUsers.signIn(Role.COMMITTEE_REPORTER, ifn);
		followUp.saveDraft(report.id(), report.version(), new ReportContent(ActivityStatus.FORSENAD, reason,
				"Avtal med bostadsbolaget.", null, null, GoalContribution.BIDRAR));

		// the reporter changes the status; the reason is still in its field when the form is sent
		mvc.perform(post("/reports/{id}", report.id()).param("status", "PAGAENDE").param("statusReason", reason)
			.param("done", "Avtal med bostadsbolaget.").param("assessment", "BIDRAR")
			.param("version", String.valueOf(report.version() + 1)).param("action", "submit")
			.with(TestUsers.as(Role.COMMITTEE_REPORTER, ifn)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		Report saved = reports.byId(report.id()).orElseThrow();
		assertThat(saved.state()).isEqualTo(ReportState.SUBMITTED);
		assertThat(saved.content().statusReason()).isNull();
		assertThat(jdbc.sql("select status_reason from report where id = :id").param("id", report.id().value())
			.query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1))).single()).isEmpty();
		String page = mvc.perform(get("/reports/{id}", report.id()).with(TestUsers.as(Role.COORDINATOR)))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("Pågående").doesNotContain(reason);
		String csv = mvc.perform(get("/rounds/{id}/export", round).param("format", "csv")
			.with(TestUsers.as(Role.COORDINATOR)))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("Avtal med bostadsbolaget.").doesNotContain(reason);
	}

	@Test
	void refusesANextRoundWhoseTitleIsLongerThanANewRoundMayHave() throws Exception {
		RoundId first = openRound("långtitel-2095", LocalDate.of(2099, 12, 31));
		TestUsers.signIn(Role.COORDINATOR);
		followUp.closeRound(first);
		Integer before = jdbc.sql("select count(*) from reporting_round").query(Integer.class).single();

		mvc.perform(post("/rounds/{id}/next", first).with(csrf()).with(TestUsers.as(Role.COORDINATOR))
			.param("period", "långtitel-2096")
			.param("title", "U".repeat(201))
			.param("opensOn", "2096-01-01")
			.param("deadline", "2096-12-31"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("error", "followup.round.next.tooLong"));
		assertThat(jdbc.sql("select count(*) from reporting_round").query(Integer.class).single()).isEqualTo(before);
	}

	@Test
	void startsTheNextRoundFromEachCommitteesLastStatus() {
		RoundId first = openRound("2097", LocalDate.of(2099, 12, 31));
		Report delayed = reportOf(first, "5.3", "IFN", Report.Kind.ACTIVITY_REPORT);
		TestUsers.signIn(Role.COMMITTEE_REPORTER, committee("IFN"));
		followUp.saveDraft(delayed.id(), delayed.version(), new ReportContent(ActivityStatus.FORSENAD,
				"Lokalen blev klar först i december.", "Avtal med bostadsbolaget.", null, null, GoalContribution.BIDRAR));
		TestUsers.signIn(Role.COORDINATOR);
		followUp.closeRound(first);

		RoundId next = followUp.planNextRound(first, "2098", "Uppföljning 2098", LocalDate.of(2098, 1, 1),
				LocalDate.of(2099, 12, 31));
		followUp.openRound(next);

		Report continued = reportOf(next, "5.3", "IFN", Report.Kind.ACTIVITY_REPORT);
		assertThat(continued.content().status()).isEqualTo(ActivityStatus.FORSENAD);
		assertThat(continued.content().done()).isNull();
		assertThat(continued.state()).isEqualTo(ReportState.DRAFT);
		assertThat(reportOf(next, "5.1", "KS", Report.Kind.ACTIVITY_REPORT).content().status()).isNull();
		assertThat(reports.versions(continued.id())).singleElement()
			.satisfies(v -> assertThat(v.note()).isEqualTo("Startläge från föregående omgång"));
	}

	@Test
	void refusesToRunARoundForAReporterOrTwiceForOnePeriod() {
		TestUsers.signIn(Role.COMMITTEE_REPORTER, committee("KS"));
		assertThatThrownBy(() -> followUp.planRound(vasteras(), "2093", "x", LocalDate.of(2093, 1, 1),
				LocalDate.of(2093, 2, 1)))
			.isInstanceOf(AccessDeniedException.class);
		openRound("2094", LocalDate.of(2099, 12, 31));
		assertThatThrownBy(() -> followUp.planRound(vasteras(), "2094", "igen", LocalDate.of(2094, 1, 1),
				LocalDate.of(2094, 2, 1)))
			.isInstanceOfSatisfying(Refusal.class,
					ex -> assertThat(ex.code()).isEqualTo("followup.round.periodTaken"));
	}

}
