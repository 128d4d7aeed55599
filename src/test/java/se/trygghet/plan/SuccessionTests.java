package se.trygghet.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.trygghet.system.Refusal;

/** The rules for what becomes of a previous plan's activities in the next one, and for amending an adopted plan. */
class SuccessionTests {

	final ActionPlanId previous = new ActionPlanId(UUID.randomUUID());

	final ActionPlanId draft = new ActionPlanId(UUID.randomUUID());

	final ActivityId a = id(), b = id(), c = id();

	final ActivityId copyOfA = id(), copyOfB = id(), copyOfC = id(), added = id();

	static ActivityId id() {
		return new ActivityId(UUID.randomUUID());
	}

	Succession drafted(PlanState state) {
		return new Succession(draft, state, previous,
				List.of(new Succession.Fate(a, Disposition.CONTINUED, null, copyOfA),
						new Succession.Fate(b, Disposition.CONTINUED, null, copyOfB),
						new Succession.Fate(c, Disposition.CONTINUED, null, copyOfC)),
				Set.of(copyOfA, copyOfB, copyOfC, added));
	}

	static void refused(Runnable change, String code) {
		assertThatThrownBy(change::run).isInstanceOfSatisfying(Refusal.class,
				ex -> assertThat(ex.code()).isEqualTo(code));
	}

	@Test
	void endsAnActivityOnlyWithAReason() {
		Succession succession = drafted(PlanState.DRAFT);
		refused(() -> succession.end(a, " "), "plan.succession.end.reasonRequired");
		refused(() -> succession.end(a, null), "plan.succession.end.reasonRequired");
		Succession.Fate ended = succession.end(a, "Genomförd under perioden");
		assertThat(ended.disposition()).isEqualTo(Disposition.ENDED);
		assertThat(ended.reason()).isEqualTo("Genomförd under perioden");
		assertThat(ended.successor()).isNull();
		assertThat(succession.chosen()).containsExactly(ended);
	}

	@Test
	void refusesMergingIntoAnActivityOfAnotherPlan() {
		Succession succession = drafted(PlanState.DRAFT);
		// b's activity in the previous plan, and an activity of an unrelated plan
		refused(() -> succession.merge(a, b, previous, null), "plan.succession.merge.otherPlan");
		refused(() -> succession.merge(a, id(), new ActionPlanId(UUID.randomUUID()), null),
				"plan.succession.merge.otherPlan");
		refused(() -> succession.merge(a, copyOfA, draft, null), "plan.succession.merge.self");
		assertThat(succession.chosen()).isEmpty();

		Succession.Fate merged = succession.merge(a, added, draft, "Samma arbete");
		assertThat(merged.disposition()).isEqualTo(Disposition.MERGED);
		assertThat(merged.successor()).isEqualTo(added);
	}

	@Test
	void keepsACopyThatOthersWereMergedIntoUntilTheyAreMovedOn() {
		Succession succession = drafted(PlanState.DRAFT);
		succession.merge(a, copyOfB, draft, null);
		refused(() -> succession.end(b, "Klar"), "plan.succession.mergeTarget");
		// once a ended, its copy has left the draft and cannot take merges
		succession.end(c, "Klar");
		refused(() -> succession.merge(b, copyOfC, draft, null), "plan.succession.merge.otherPlan");
	}

	@Test
	void changesOnlyACarriedActivityAndRestoresAnEndedOne() {
		Succession succession = drafted(PlanState.DRAFT);
		assertThat(succession.change(a).disposition()).isEqualTo(Disposition.CHANGED);
		succession.end(b, "Ersatt av nationellt program");
		refused(() -> succession.change(b), "plan.succession.change.notCarried");
		ActivityId newCopy = id();
		Succession.Fate restored = succession.restore(b, newCopy);
		assertThat(restored.disposition()).isEqualTo(Disposition.CONTINUED);
		assertThat(succession.copyOf(b)).isEqualTo(newCopy);
		refused(() -> succession.restore(a, id()), "plan.succession.restore.carried");
	}

	@Test
	void refusesChoicesOnceTheNextPlanIsAdoptedOrForAnUnknownActivity() {
		Succession adopted = drafted(PlanState.ADOPTED);
		refused(() -> adopted.end(a, "För sent"), "plan.succession.notDraft");
		refused(() -> adopted.change(a), "plan.succession.notDraft");
		refused(() -> drafted(PlanState.DRAFT).end(copyOfA, "Fel plan"), "plan.succession.unknownActivity");
	}

	@Test
	void refusesChangingAnAdoptedPlanWithoutAnOpenAmendment() {
		ActionPlan plan = new ActionPlan(previous, "p", "Plan", PlanState.ADOPTED, "KS", "KS 2021/1",
				LocalDate.of(2021, 5, 5), 0);
		refused(plan::requireEditable, "plan.state.adopted.needsAmendment");
		refused(() -> plan.openAmendment(" "), "plan.amendment.reason.required");

		ActionPlan.Amendment first = plan.openAmendment("Ny nämndorganisation");
		assertThat(first.number()).isEqualTo(1);
		plan.requireEditable();
		refused(() -> plan.openAmendment("En till"), "plan.amendment.alreadyOpen");
		refused(plan::archive, "plan.state.archive.amending");

		ActionPlan.Amendment decided = plan.closeAmendment("Kommunstyrelsen", "KS 2022/17", LocalDate.of(2022, 3, 1));
		assertThat(decided.closed()).isTrue();
		refused(plan::requireEditable, "plan.state.adopted.needsAmendment");
		refused(() -> plan.closeAmendment("KS", "x", LocalDate.of(2022, 3, 2)), "plan.amendment.noneOpen");
		assertThat(plan.openAmendment("Andra revideringen").number()).isEqualTo(2);
	}

	@Test
	void editsADraftFreelyAndAnArchivedPlanNever() {
		new ActionPlan(draft, "d", "Utkast", PlanState.DRAFT, null, null, null, 0).requireEditable();
		ActionPlan archived = new ActionPlan(previous, "p", "Plan", PlanState.ARCHIVED, "KS", "x",
				LocalDate.of(2021, 5, 5), 0);
		refused(archived::requireEditable, "plan.state.archived");
		refused(() -> archived.openAmendment("Sent påkommet"), "plan.amendment.notAdopted");
	}

}
