package se.trygghet.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.trygghet.area.AreaId;
import se.trygghet.intervention.InterventionEvidence.ProblemActivities;
import se.trygghet.intervention.ProblemId;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.plan.ActivityId;
import se.trygghet.plan.ActivityNumber;
import se.trygghet.plan.CommitteeId;
import se.trygghet.plan.Disposition;
import se.trygghet.plan.PlanCatalog.ActivityOutline;
import se.trygghet.plan.PlanLineage.ActivityFate;
import se.trygghet.situation.JointPictureCatalog.PrioritisedProblem;

/**
 * Which activities of a draft address a prioritised problem of the lägesbild (those the coordinator linked), which the
 * chain suggests, and which problems are gaps.
 */
class ProblemCoverageTests {

	final AreaId centrum = new AreaId(UUID.randomUUID());

	final ActivityId old = new ActivityId(UUID.randomUUID());

	final ActivityOutline successor = activity("3.2");

	final ActivityOutline other = activity("1.1");

	final PrioritisedProblem vandalism = new PrioritisedProblem(UUID.randomUUID(), 1, "Skadegörelse i Centrum", centrum,
			List.of("skadegorelse", "klotter"));

	@Test
	void suggestsTheSuccessorOfItsInterventionsActivityButIsAGapUntilTheCoordinatorLinksAnActivity() {
		ProblemActivities graffiti = problem("Klotter vid resecentrum", centrum, List.of("klotter"), old);

		PlanEvidence.ProblemCoverage coverage = PlanEvidence.coverage(List.of(vandalism), Map.of(), List.of(graffiti),
				List.of(other, successor), List.of(fate(Disposition.CHANGED))).get(0);

		assertThat(coverage.gap()).isTrue();
		assertThat(coverage.addressedBy()).isEmpty();
		assertThat(coverage.suggested()).containsExactly(successor);
		assertThat(coverage.through()).containsExactly("Klotter vid resecentrum");
	}

	@Test
	void isAddressedByTheActivitiesLinkedToItThatAreStillInTheDraftAndNoLongerSuggestsThem() {
		ProblemActivities graffiti = problem("Klotter vid resecentrum", centrum, List.of("klotter"), old);
		ActivityId removed = new ActivityId(UUID.randomUUID());

		PlanEvidence.ProblemCoverage coverage = PlanEvidence.coverage(List.of(vandalism),
				Map.of(vandalism.id(), new LinkedHashSet<>(List.of(successor.id(), other.id(), removed))),
				List.of(graffiti), List.of(other, successor), List.of(fate(Disposition.CHANGED))).get(0);

		assertThat(coverage.gap()).isFalse();
		assertThat(coverage.addressedBy()).containsExactly(other, successor);
		assertThat(coverage.suggested()).isEmpty();
		assertThat(coverage.through()).isEmpty();
	}

	@Test
	void suggestsNothingWhenTheOnlyActivityTheChainLeadsToEnds() {
		ProblemActivities graffiti = problem("Klotter vid resecentrum", centrum, List.of("klotter"), old);

		PlanEvidence.ProblemCoverage coverage = PlanEvidence.coverage(List.of(vandalism), Map.of(), List.of(graffiti),
				List.of(other), List.of(fate(Disposition.ENDED))).get(0);

		assertThat(coverage.gap()).isTrue();
		assertThat(coverage.suggested()).isEmpty();
	}

	@Test
	void aProblemElsewhereOrOfOtherCategoriesDoesNotTakeItUp() {
		AreaId elsewhere = new AreaId(UUID.randomUUID());
		assertThat(PlanEvidence.takesUp(problem("Klotter i Bäckby", elsewhere, List.of("klotter"), old), vandalism))
			.isFalse();
		assertThat(PlanEvidence.takesUp(problem("Bränder i Centrum", centrum, List.of("brand"), old), vandalism))
			.isFalse();
		// a prioritised problem that names neither area nor categories is taken up only under its own title
		PrioritisedProblem broad = new PrioritisedProblem(UUID.randomUUID(), 2, "Otrygghet i kollektivtrafiken", null,
				List.of());
		assertThat(PlanEvidence.takesUp(problem("Klotter vid resecentrum", centrum, List.of("klotter"), old), broad))
			.isFalse();
		assertThat(PlanEvidence.takesUp(problem("otrygghet i kollektivtrafiken ", null, List.of(), old), broad))
			.isTrue();
	}

	private ActivityFate fate(Disposition disposition) {
		boolean ended = disposition == Disposition.ENDED;
		return new ActivityFate(old, ActivityNumber.parse("3.2"), "Tidigare text", new ActionPlanId(UUID.randomUUID()),
				disposition, ended ? "Klart" : null, ended ? null : successor.id(),
				ended ? null : successor.number(), ended ? null : successor.text());
	}

	private static ProblemActivities problem(String title, AreaId area, List<String> categories, ActivityId activity) {
		return new ProblemActivities(new ProblemId(UUID.randomUUID()), title, area, categories, Set.of(activity));
	}

	private static ActivityOutline activity(String number) {
		CommitteeId committee = new CommitteeId(UUID.randomUUID());
		return new ActivityOutline(new ActivityId(UUID.randomUUID()), ActivityNumber.parse(number), "Fokusområde",
				"Aktivitet " + number, List.of(committee), committee);
	}

}
