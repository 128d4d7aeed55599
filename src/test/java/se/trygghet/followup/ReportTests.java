package se.trygghet.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.plan.ActivityId;
import se.trygghet.plan.ActivityNumber;
import se.trygghet.plan.CommitteeId;
import se.trygghet.system.Refusal;

class ReportTests {

	static final Instant NOW = Instant.parse("2023-03-01T10:00:00Z");

	static final ReportContent COMPLETE = new ReportContent(ActivityStatus.PAGAENDE, null,
			"Belysningen vid gångtunneln i Bäckby är utbytt.", "Färre anmälningar om otrygghet.", "Fortsätta i Råby.",
			GoalContribution.BIDRAR);

	static Report report(Report.Kind kind) {
		return Report.start(RoundId.random(), kind, new ActivityId(UUID.randomUUID()), ActivityNumber.parse("2.3"), "Text",
				new CommitteeId(UUID.randomUUID()));
	}

	@Test
	void requiresAReasonForADelayedOrUncompletedActivity() {
		Report report = report(Report.Kind.ACTIVITY_REPORT);
		report.edit(new ReportContent(ActivityStatus.FORSENAD, null, "Upphandlingen drog ut.", null, null,
				GoalContribution.BIDRAR_DELVIS));
		assertThatThrownBy(() -> report.submit(NOW)).isInstanceOfSatisfying(Refusal.class,
				ex -> assertThat(ex.fieldCodes()).containsEntry("statusReason", "followup.reason.missing"));
		assertThat(ActivityStatus.EJ_GENOMFORD.requiresReason()).isTrue();
		assertThat(ActivityStatus.GENOMFORD.requiresReason()).isFalse();
		assertThat(report.state()).isEqualTo(ReportState.DRAFT);
	}

	@Test
	void keepsAReasonOnlyWithAStatusThatCallsForOne() {
		Report report = report(Report.Kind.ACTIVITY_REPORT);
		report.edit(new ReportContent(ActivityStatus.FORSENAD, "Upphandlingen drog ut.", "Avtal klart.", null, null,
				GoalContribution.BIDRAR_DELVIS));
		assertThat(report.content().statusReason()).isEqualTo("Upphandlingen drog ut.");
		report.edit(new ReportContent(ActivityStatus.PAGAENDE, "Upphandlingen drog ut.", "Avtal klart.", null, null,
				GoalContribution.BIDRAR_DELVIS));
		assertThat(report.content().statusReason()).isNull();
		// a draft without a status yet keeps what the reporter wrote
		assertThat(new ReportContent(null, "Oklart ännu", null, null, null, null).statusReason()).isEqualTo("Oklart ännu");
	}

	@Test
	void keepsAnIncompleteDraftButRefusesToSubmitIt() {
		Report report = report(Report.Kind.CONTRIBUTION);
		report.edit(new ReportContent(null, null, "Påbörjat", null, null, null));
		assertThatThrownBy(() -> report.submit(NOW)).isInstanceOfSatisfying(Refusal.class,
				ex -> assertThat(ex.fieldCodes()).containsKeys("status", "assessment"));
		assertThat(report.content().done()).isEqualTo("Påbörjat");
	}

	@Test
	void goesFromSubmittedToReturnedToApprovedAndIsLockedUntilReopened() {
		Report report = report(Report.Kind.ACTIVITY_REPORT);
		report.edit(COMPLETE);
		report.submit(NOW);
		assertThatThrownBy(() -> report.edit(COMPLETE)).isInstanceOf(Refusal.class);
		assertThatThrownBy(() -> report.returnWith(" ")).isInstanceOf(Refusal.class);
		report.returnWith("Beskriv effekterna tydligare.");
		assertThat(report.state()).isEqualTo(ReportState.RETURNED);
		report.edit(COMPLETE);
		report.submit(NOW);
		report.approve();
		assertThatThrownBy(() -> report.edit(COMPLETE)).isInstanceOfSatisfying(Refusal.class,
				ex -> assertThat(ex.code()).isEqualTo("followup.report.locked"));
		assertThatThrownBy(() -> report.reopen("")).isInstanceOf(Refusal.class);
		report.reopen("Nya uppgifter från förvaltningen.");
		assertThat(report.state()).isEqualTo(ReportState.DRAFT);
	}

	@Test
	void refusesAReturnCommentOrReopeningReasonLongerThanANote() {
		Report report = report(Report.Kind.ACTIVITY_REPORT);
		report.edit(COMPLETE);
		report.submit(NOW);
		String tooLong = "x".repeat(Report.MAX_COMMENT + 1);
		assertThatThrownBy(() -> report.returnWith(tooLong)).isInstanceOfSatisfying(Refusal.class,
				ex -> assertThat(ex.fieldCodes()).containsEntry("comment", "followup.comment.tooLong"));
		report.approve();
		assertThatThrownBy(() -> report.reopen(tooLong)).isInstanceOfSatisfying(Refusal.class,
				ex -> assertThat(ex.fieldCodes()).containsEntry("reason", "followup.comment.tooLong"));
		assertThat(report.state()).isEqualTo(ReportState.APPROVED);
	}

	@Test
	void leavesContributionsToTheLeadRatherThanToTheReviewers() {
		Report contribution = report(Report.Kind.CONTRIBUTION);
		contribution.edit(COMPLETE);
		contribution.submit(NOW);
		assertThatThrownBy(contribution::approve).isInstanceOf(Refusal.class);
		assertThatThrownBy(() -> contribution.returnWith("x")).isInstanceOf(Refusal.class);
	}

	@Test
	void acceptsReportsOnlyWhileTheRoundIsOpenAndUpToTheDeadline() {
		ReportingRound round = ReportingRound.plan(new ActionPlanId(UUID.randomUUID()), "2023", "Uppföljning 2023",
				LocalDate.of(2023, 1, 15), LocalDate.of(2023, 3, 1));
		assertThatThrownBy(() -> round.requireAcceptingReports(LocalDate.of(2023, 2, 1)))
			.isInstanceOfSatisfying(Refusal.class, ex -> assertThat(ex.code()).isEqualTo("followup.round.notOpen"));
		round.open(NOW);
		round.requireAcceptingReports(LocalDate.of(2023, 3, 1));
		assertThatThrownBy(() -> round.requireAcceptingReports(LocalDate.of(2023, 3, 2)))
			.isInstanceOfSatisfying(Refusal.class,
					ex -> assertThat(ex.code()).isEqualTo("followup.round.deadlinePassed"));
		assertThatThrownBy(() -> round.publish(NOW)).isInstanceOf(Refusal.class);
		round.close(NOW);
		assertThatThrownBy(() -> round.requireAcceptingReports(LocalDate.of(2023, 2, 1)))
			.isInstanceOf(Refusal.class);
		round.requireReviewable();
		round.publish(NOW);
		assertThatThrownBy(round::requireReviewable).isInstanceOf(Refusal.class);
		assertThatThrownBy(() -> ReportingRound.plan(new ActionPlanId(UUID.randomUUID()), "2023", "x",
				LocalDate.of(2023, 3, 1), LocalDate.of(2023, 2, 1)))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
