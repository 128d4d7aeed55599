package se.trygghet.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.plan.ActivityId;
import se.trygghet.plan.ActivityNumber;
import se.trygghet.plan.CommitteeId;
import se.trygghet.plan.PlanCatalog;
import se.trygghet.plan.PlanState;
import se.trygghet.system.Refusal;

/** The consultation's rules, on the aggregate alone: who may comment on what, and until when. */
class ConsultationTests {

	static final LocalDate TODAY = LocalDate.of(2027, 1, 10);

	static final LocalDate DEADLINE = LocalDate.of(2027, 1, 31);

	static final Instant NOW = Instant.parse("2027-01-10T09:00:00Z");

	final CommitteeId ks = new CommitteeId(UUID.randomUUID());

	final CommitteeId kn = new CommitteeId(UUID.randomUUID());

	final CommitteeId sn = new CommitteeId(UUID.randomUUID());

	final CommitteeId unnamed = new CommitteeId(UUID.randomUUID());

	PlanCatalog.PlanOutline plan(PlanState state) {
		return new PlanCatalog.PlanOutline(new ActionPlanId(UUID.randomUUID()), "utkast", "Utkast 2024–2027",
				"Västerås stad", state, 2024, 2027, List.of(),
				List.of(activity("1.1", List.of(ks, kn), ks), activity("1.2", List.of(sn), sn),
						activity("2.1", List.of(kn, sn), sn)),
				List.of(new PlanCatalog.CommitteeOutline(ks, "Kommunstyrelsen", "KS"),
						new PlanCatalog.CommitteeOutline(kn, "Kulturnämnden", "KN"),
						new PlanCatalog.CommitteeOutline(sn, "Socialnämnden", "SN"),
						new PlanCatalog.CommitteeOutline(unnamed, "Valnämnden", "VN")));
	}

	static PlanCatalog.ActivityOutline activity(String number, List<CommitteeId> committees, CommitteeId lead) {
		return new PlanCatalog.ActivityOutline(new ActivityId(UUID.randomUUID()), ActivityNumber.parse(number),
				"Fokus", "Aktivitet " + number, committees, lead);
	}

	Consultation sent() {
		return Consultation.send(plan(PlanState.DRAFT), DEADLINE, TODAY, NOW, "samordnare");
	}

	@Test
	void sendsTheDraftToTheCommitteesNamedOnItsActivitiesOnly() {
		Consultation consultation = sent();
		assertThat(consultation.committees()).extracting(Consultation.Committee::id).containsExactly(ks, kn, sn);
		assertThat(consultation.activitiesOf(kn)).extracting(a -> a.number().toString()).containsExactly("1.1", "2.1");
	}

	@Test
	void refusesSendingAPlanThatIsNotADraft() {
		for (PlanState state : List.of(PlanState.ADOPTED, PlanState.ARCHIVED)) {
			assertThatThrownBy(() -> Consultation.send(plan(state), DEADLINE, TODAY, NOW, "samordnare"))
				.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("consultation.send.notDraft"));
		}
	}

	@Test
	void refusesALastDayAlreadyPast() {
		assertThatThrownBy(() -> Consultation.send(plan(PlanState.DRAFT), TODAY.minusDays(1), TODAY, NOW, "samordnare"))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(List.of(r.code(), r.field())).containsExactly("consultation.send.deadlinePast", "deadline"));
	}

	@Test
	void aCommitteeCommentsOnlyOnActivitiesItIsNamedOn() {
		Consultation consultation = sent();
		Consultation.Comment lead = consultation.comment(ks, ActivityNumber.parse("1.1"), Position.AGREES, "",
				TODAY, NOW, "ks");
		Consultation.Comment co = consultation.comment(kn, ActivityNumber.parse("2.1"), Position.CANNOT_TAKE_PART,
				"Ingen budget 2025.", TODAY, NOW, "kn");
		assertThat(consultation.comments()).containsExactly(lead, co);

		assertThatThrownBy(() -> consultation.comment(ks, ActivityNumber.parse("1.2"), Position.AGREES, "", TODAY,
				NOW, "ks"))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("consultation.comment.notNamed"));
		assertThatThrownBy(() -> consultation.comment(unnamed, ActivityNumber.parse("1.1"), Position.AGREES, "",
				TODAY, NOW, "vn"))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("consultation.committee.notConsulted"));
		assertThat(consultation.comments()).hasSize(2);
	}

	@Test
	void refusesCommentsAfterTheLastDayAndOnceClosed() {
		Consultation consultation = sent();
		consultation.comment(ks, ActivityNumber.parse("1.1"), Position.AGREES, "", DEADLINE, NOW, "ks");
		assertThatThrownBy(() -> consultation.comment(ks, ActivityNumber.parse("1.1"), Position.OTHER, "Sent",
				DEADLINE.plusDays(1), NOW, "ks"))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("consultation.deadlinePassed"));
		assertThatThrownBy(() -> consultation.submit(ks, DEADLINE.plusDays(1), NOW, "ks"))
			.isInstanceOf(Refusal.class);

		consultation.close(NOW, "samordnare");
		assertThatThrownBy(() -> consultation.overall(kn, "Bra utkast", TODAY, NOW, "kn"))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("consultation.closed"));
		assertThatThrownBy(() -> consultation.close(NOW, "samordnare")).isInstanceOf(Refusal.class);
	}

	@Test
	void asksForATextWithEveryPositionButAgreeing() {
		Consultation consultation = sent();
		assertThatThrownBy(() -> consultation.comment(ks, ActivityNumber.parse("1.1"), Position.CANNOT_LEAD, "  ",
				TODAY, NOW, "ks"))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).isEqualTo("text"));
	}

	@Test
	void aSecondCommentOnTheSameActivityReplacesTheFirstAndItsReply() {
		Consultation consultation = sent();
		Consultation.Comment first = consultation.comment(ks, ActivityNumber.parse("1.1"), Position.WANTS_CHANGES,
				"Stryk andra meningen.", TODAY, NOW, "ks");
		consultation.reply(first.id(), "Ändrat.", true, NOW, "samordnare");
		Consultation.Comment second = consultation.comment(ks, ActivityNumber.parse("1.1"), Position.AGREES, "",
				TODAY, NOW, "ks");
		assertThat(second.id()).isEqualTo(first.id());
		assertThat(consultation.comments()).containsExactly(second);
		assertThat(second.replied()).isFalse();
	}

	@Test
	void countsTheCommitteesThatHaveSubmittedTheirAnswer() {
		Consultation consultation = sent();
		consultation.comment(kn, ActivityNumber.parse("1.1"), Position.AGREES, "", TODAY, NOW, "kn");
		assertThat(consultation.progress().answered()).isZero();
		consultation.submit(kn, TODAY, NOW, "kn");
		Consultation.Progress progress = consultation.progress();
		assertThat(progress.committees()).isEqualTo(3);
		assertThat(progress.answered()).isEqualTo(1);
		assertThat(progress.notAnswered()).isEqualTo(2);
		assertThat(progress.unanswered()).extracting(Consultation.Committee::id).containsExactly(ks, sn);
	}

	@Test
	void refusesAReplyOnceClosed() {
		Consultation consultation = sent();
		Consultation.Comment comment = consultation.overall(sn, "Bra.", TODAY, NOW, "sn");
		consultation.close(NOW, "samordnare");
		assertThatThrownBy(() -> consultation.reply(comment.id(), "Tack", false, NOW, "samordnare"))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("consultation.closed"));
	}

}
