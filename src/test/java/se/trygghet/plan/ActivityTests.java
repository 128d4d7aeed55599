package se.trygghet.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.trygghet.system.Refusal;

class ActivityTests {

	final CommitteeId ks = new CommitteeId(UUID.randomUUID());

	final CommitteeId niff = new CommitteeId(UUID.randomUUID());

	final CommitteeId bn = new CommitteeId(UUID.randomUUID());

	Activity loaded() {
		return new Activity(new ActivityId(UUID.randomUUID()), new ActionPlanId(UUID.randomUUID()),
				ActivityNumber.parse("1.2"), "Genomföra kartläggningar", new ResponsibleCommittees(List.of(ks, niff), ks),
				false, null, 0);
	}

	@Test
	void parsesActivityNumbersAndOrdersThemNumerically() {
		assertThat(ActivityNumber.parse("2.3")).isEqualTo(new ActivityNumber(2, 3));
		assertThat(ActivityNumber.parse("1.10")).isGreaterThan(ActivityNumber.parse("1.9"));
		assertThat(ActivityNumber.isValid("4.4a")).isFalse();
		assertThat(ActivityNumber.isValid("0.1")).isFalse();
		assertThat(ActivityNumber.isValid("")).isFalse();
	}

	@Test
	void requiresExactlyOneLeadAmongTheResponsibleCommittees() {
		assertThatThrownBy(() -> new ResponsibleCommittees(List.of(ks, niff), bn))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ResponsibleCommittees(List.of(), ks)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ResponsibleCommittees(List.of(ks, ks), ks))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(new ResponsibleCommittees(List.of(ks, niff), niff).isLead(niff)).isTrue();
	}

	@Test
	void keepsLeadUnconfirmedWhenOnlyTheTextChanges() {
		Activity activity = loaded();
		activity.revise("Ny text", new ResponsibleCommittees(List.of(ks, niff, bn), ks));
		assertThat(activity.text()).isEqualTo("Ny text");
		assertThat(activity.committees()).containsExactly(ks, niff, bn);
		assertThat(activity.leadConfirmed()).isFalse();
	}

	@Test
	void movingTheLeadCountsAsConfirmingIt() {
		Activity activity = loaded();
		activity.revise("Genomföra kartläggningar", new ResponsibleCommittees(List.of(ks, niff), niff));
		assertThat(activity.responsible().lead()).isEqualTo(niff);
		assertThat(activity.leadConfirmed()).isTrue();
	}

	@Test
	void refusesAnEmptyTextAndASecondConfirmation() {
		Activity activity = loaded();
		assertThatThrownBy(() -> activity.revise("  ", new ResponsibleCommittees(List.of(ks), ks)))
			.isInstanceOf(IllegalArgumentException.class);
		activity.confirmLead();
		assertThatThrownBy(activity::confirmLead).isInstanceOf(Refusal.class);
	}

	@Test
	void adoptsOnlyDraftsAndArchivesOnlyAdoptedPlans() {
		ActionPlan plan = new ActionPlan(new ActionPlanId(UUID.randomUUID()), "k", "Plan", PlanState.DRAFT, null, null,
				null, 0);
		assertThatThrownBy(plan::archive).isInstanceOf(Refusal.class);
		plan.adopt("Kommunstyrelsen", "KS 2021/123 § 45", java.time.LocalDate.of(2021, 5, 5));
		assertThat(plan.state()).isEqualTo(PlanState.ADOPTED);
		assertThatThrownBy(() -> plan.adopt("KS", "x", java.time.LocalDate.now()))
			.isInstanceOf(Refusal.class);
		plan.archive();
		assertThatThrownBy(plan::requireEditable).isInstanceOf(Refusal.class);
	}

}
