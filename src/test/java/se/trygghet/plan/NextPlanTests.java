package se.trygghet.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.system.Refusal;

/** Drafting the next plan from Västerås' plan, choosing each activity's fate, adopting it, and amendments. */
@PlatformIntegrationTest
class NextPlanTests {

	@Autowired
	NextPlanDrafting drafting;

	@Autowired
	PlanEditing editing;

	@Autowired
	PlanImport planImport;

	@Autowired
	PlanViews views;

	@Autowired
	PlanLineage lineage;

	@Autowired
	PlanHistory history;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ActivityAimsEditing aims;

	@Autowired
	ActivityIndicators activityIndicators;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	PlanView plan(String key) {
		return views.byKey(key).orElseThrow();
	}

	@Test
	void carriesTheIndicatorsAnActivityNamesItselfToTheSameIndicatorsOfTheDraft() {
		String previous = PlanFixtures.importCopy(planImport, "namngivna-2021-2023");
		TestUsers.signIn(Role.COORDINATOR);
		PlanView old = plan(previous);
		PlanView.IndicatorView named = old.focusAreas().get(4).indicators().get(0);
		editing.openAmendment(previous, "Indikatorer för aktiviteterna");
		aims.choose(previous, ActivityNumber.parse("2.3"), List.of(new IndicatorId(named.id())));
		editing.closeAmendment(previous, "Kommunstyrelsen", "KS 2022/2", LocalDate.of(2022, 6, 1));

		String draft = drafting.draft(previous, 2024, 2027);

		PlanView next = plan(draft);
		UUID carried = next.focusAreas().get(4).indicators().get(0).id();
		assertThat(next.activity("2.3").id()).isNotNull();
		assertThat(activityIndicators.ofActivity(new ActivityId(next.activity("2.3").id())))
			.filteredOn(ActivityIndicators.Aim::named)
			.extracting(a -> a.indicator().value())
			.containsExactly(carried);
	}

	@Test
	void draftsTheNextPlanWithAllActivitiesAndTheirLineage() {
		String previous = PlanFixtures.importCopy(planImport, "linje-2021-2023");
		TestUsers.signIn(Role.COORDINATOR);

		String draft = drafting.draft(previous, 2024, 2027);

		assertThat(draft).isEqualTo("linje-2024-2027");
		PlanView old = plan(previous);
		PlanView next = plan(draft);
		assertThat(next.state()).isEqualTo(PlanState.DRAFT);
		assertThat(next.name()).endsWith("2024–2027");
		assertThat(next.periodFrom()).isEqualTo(2024);
		assertThat(next.activities()).hasSize(37);
		assertThat(next.focusAreas()).hasSize(6);
		assertThat(next.focusAreas().stream().mapToInt(f -> f.goals().size()).sum()).isEqualTo(13);
		assertThat(next.focusAreas().stream().mapToInt(f -> f.indicators().size()).sum()).isEqualTo(25);
		assertThat(lineage.predecessorOf(new ActionPlanId(next.id()))).contains(new ActionPlanId(old.id()));
		assertThat(lineage.successorOf(new ActionPlanId(old.id()))).contains(new ActionPlanId(next.id()));

		// every activity of the new plan came from one of the old plan, each old one exactly once
		Map<UUID, PlanLineage.ActivityOrigin> origins = next.activities()
			.stream()
			.collect(Collectors.toMap(PlanView.ActivityView::id,
					a -> lineage.originOf(new ActivityId(a.id())).orElseThrow()));
		assertThat(origins.values()).extracting(o -> o.activity().value())
			.containsExactlyInAnyOrderElementsOf(old.activities().stream().map(PlanView.ActivityView::id).toList());
		assertThat(origins.values()).allSatisfy(o -> assertThat(o.planName()).isEqualTo(old.name()));
		// the new plan numbers its own activities (Västerås has no 4.4, the next plan does); the old number is kept
		PlanView.ActivityView fourFour = next.activity("4.4");
		assertThat(origins.get(fourFour.id()).number()).isEqualTo(ActivityNumber.parse("4.5"));
		assertThat(fourFour.text()).isEqualTo(old.activity("4.5").text());
		assertThat(fourFour.committees()).isEqualTo(old.activity("4.5").committees());

		List<PlanLineage.ActivityFate> fates = lineage.fatesOf(new ActionPlanId(old.id()));
		assertThat(fates).hasSize(37).allSatisfy(f -> assertThat(f.disposition()).isEqualTo(Disposition.CONTINUED));
		assertThat(history.forPlan(next.id(), 5)).extracting(PlanHistory.Revision::summary)
			.contains("plan.history.drafted");
	}

	@Test
	void recordsEndedChangedAndMergedActivitiesAndArchivesThePreviousPlanOnAdoption() {
		String previous = PlanFixtures.importCopy(planImport, "ode-2021-2023");
		TestUsers.signIn(Role.COORDINATOR);
		String draft = drafting.draft(previous, 2024, 2027);

		drafting.end(draft, ActivityNumber.parse("2.3"), "Genomförd: trygghetsvandringarna är nu ordinarie arbete");
		PlanView.ActivityView copy = plan(draft).activity("1.1");
		List<CommitteeId> committees = copy.committees().stream().map(c -> new CommitteeId(c.committeeId())).toList();
		editing.reviseActivity(draft, ActivityNumber.parse("1.1"), copy.version(), "Ny lydelse för 2024–2027",
				committees, committees.get(0));
		drafting.merge(draft, ActivityNumber.parse("1.2"), ActivityNumber.parse("1.3"), "Samma kartläggning");

		Map<String, PlanLineage.ActivityFate> fates = lineage.fatesOf(new ActionPlanId(plan(previous).id()))
			.stream()
			.collect(Collectors.toMap(f -> f.number().toString(), f -> f));
		assertThat(fates.get("2.3").disposition()).isEqualTo(Disposition.ENDED);
		assertThat(fates.get("2.3").reason()).startsWith("Genomförd");
		assertThat(fates.get("1.1").disposition()).isEqualTo(Disposition.CHANGED);
		assertThat(fates.get("1.1").successorText()).isEqualTo("Ny lydelse för 2024–2027");
		assertThat(fates.get("1.2").disposition()).isEqualTo(Disposition.MERGED);
		assertThat(fates.get("1.2").successorNumber()).isEqualTo(ActivityNumber.parse("1.3"));
		assertThat(plan(draft).activities()).hasSize(35);

		// merging into an activity of the previous plan (not of the draft) is refused
		UUID oldActivity = plan(previous).activity("3.1").id();
		assertThatThrownBy(() -> drafting.merge(draft, ActivityNumber.parse("3.2"), new ActivityId(oldActivity), null))
			.isInstanceOfSatisfying(Refusal.class,
					ex -> assertThat(ex.code()).isEqualTo("plan.succession.merge.otherPlan"));
		assertThatThrownBy(() -> drafting.end(draft, ActivityNumber.parse("3.2"), ""))
			.isInstanceOfSatisfying(Refusal.class,
					ex -> assertThat(ex.code()).isEqualTo("plan.succession.end.reasonRequired"));

		editing.adopt(draft, "Kommunfullmäktige", "KF 2024/12", LocalDate.of(2024, 2, 15));
		try {
			assertThat(plan(draft).state()).isEqualTo(PlanState.ADOPTED);
			assertThat(plan(previous).state()).isEqualTo(PlanState.ARCHIVED);
			assertThatThrownBy(() -> drafting.end(draft, ActivityNumber.parse("3.2"), "För sent"))
				.isInstanceOfSatisfying(Refusal.class,
						ex -> assertThat(ex.code()).isEqualTo("plan.succession.notDraft"));
			// the adopted plan is amended like any other: its carried activities change, their fates stay decided
			editing.openAmendment(draft, "Ny nämndorganisation");
			PlanView.ActivityView carried = plan(draft).activity("3.2");
			editing.reviseActivity(draft, ActivityNumber.parse("3.2"), carried.version(), "Ändrad i en revidering",
					committees, committees.get(0));
			assertThat(lineage.fatesOf(new ActionPlanId(plan(previous).id()))
				.stream()
				.filter(f -> f.number().equals(ActivityNumber.parse("3.2")))
				.findFirst()
				.orElseThrow()
				.disposition()).isEqualTo(Disposition.CONTINUED);
			editing.closeAmendment(draft, "Kommunstyrelsen", "KS 2025/7", LocalDate.of(2025, 3, 1));
		}
		finally {
			// an adopted 2024–2027 plan would be the current plan for every later test sharing this database
			editing.archive(draft);
		}
	}

	@Test
	void refusesChangingAnAdoptedPlanWithoutANewRevision() {
		String key = PlanFixtures.importCopy(planImport, "reviderad-plan");
		TestUsers.signIn(Role.COORDINATOR);
		PlanView.GoalView goal = plan(key).focusArea(1).goals().get(0);
		assertThatThrownBy(() -> editing.reviseGoal(key, goal.id(), goal.version(), "Ändrat utan beslut"))
			.isInstanceOfSatisfying(Refusal.class,
					ex -> assertThat(ex.code()).isEqualTo("plan.state.adopted.needsAmendment"));
		assertThat(plan(key).focusArea(1).goals().get(0).text()).isEqualTo(goal.text());

		assertThat(editing.openAmendment(key, "Målen skärps efter uppföljningen 2022")).isEqualTo(1);
		editing.reviseGoal(key, goal.id(), goal.version(), "Ett skärpt mål");
		editing.closeAmendment(key, "Kommunstyrelsen", "KS 2022/88", LocalDate.of(2022, 6, 1));

		assertThat(plan(key).focusArea(1).goals().get(0).text()).isEqualTo("Ett skärpt mål");
		assertThatThrownBy(() -> editing.reviseGoal(key, goal.id(), goal.version() + 1, "Igen utan beslut"))
			.isInstanceOf(Refusal.class);
		assertThat(history.forPlan(plan(key).id(), 10)).extracting(PlanHistory.Revision::summary)
			.containsSubsequence("plan.history.amendmentClosed", "plan.history.revised",
					"plan.history.amendmentOpened");
		assertThat(jdbc.sql("select decision from plan_amendment a join action_plan p on p.id = a.plan_id "
				+ "where p.plan_key = :k").param("k", key).query(String.class).list()).containsExactly("KS 2022/88");
	}

}
