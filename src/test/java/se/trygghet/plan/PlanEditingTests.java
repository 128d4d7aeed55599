package se.trygghet.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.CurrentUser;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.system.Refusal;

@PlatformIntegrationTest
class PlanEditingTests {

	@Autowired
	PlanEditing editing;

	@Autowired
	PlanImport planImport;

	@Autowired
	PlanViews views;

	@Autowired
	PlanHistory history;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	PlanView.ActivityView activity(String key, String number) {
		return views.byKey(key).orElseThrow().activity(number);
	}

	/** The loaded plan is adopted: changing it needs an open amendment. */
	void amend(String key) {
		editing.openAmendment(key, "Ändringar under perioden");
	}

	List<CommitteeId> committeesOf(PlanView.ActivityView activity) {
		return activity.committees().stream().map(c -> new CommitteeId(c.committeeId())).toList();
	}

	@Test
	void recordsWhoChangedAnActivityAndWhatItSaidBeforeAndAfter() {
		String key = PlanFixtures.importCopy(planImport, "redigerad-plan");
		CurrentUser coordinator = TestUsers.signIn(Role.COORDINATOR);
		amend(key);
		PlanView.ActivityView before = activity(key, "2.3");
		List<CommitteeId> reordered = List.of(committeesOf(before).get(1), committeesOf(before).get(0));

		editing.reviseActivity(key, ActivityNumber.parse("2.3"), before.version(), "Ny text för 2.3", reordered,
				reordered.get(0));

		PlanView.ActivityView after = activity(key, "2.3");
		assertThat(after.text()).isEqualTo("Ny text för 2.3");
		assertThat(after.committees()).extracting(PlanView.ResponsibleView::shortName).containsExactly("IFN", "TN");
		assertThat(after.lead().shortName()).isEqualTo("IFN");
		assertThat(after.leadConfirmed()).isTrue();

		List<PlanHistory.Revision> revisions = history.forItem(after.id());
		assertThat(revisions).hasSize(1);
		PlanHistory.Revision revision = revisions.get(0);
		assertThat(revision.actor()).isEqualTo(coordinator.username());
		assertThat(revision.changes()).extracting(PlanHistory.Change::field)
			.contains("text", "committees", "lead", "leadConfirmed");
		assertThat(revision.changes()).filteredOn(c -> c.field().equals("text"))
			.singleElement()
			.satisfies(c -> {
				assertThat(c.before()).isEqualTo(before.text());
				assertThat(c.after()).isEqualTo("Ny text för 2.3");
			});

		assertThat(jdbc.sql("select actor from audit_entry where action = 'plan.activity.revised' and subject_id = :id")
			.param("id", after.id().toString())
			.query(String.class)
			.list()).containsExactly(coordinator.username());
	}

	@Test
	void refusesToOverwriteAChangeSavedBySomeoneElse() {
		String key = PlanFixtures.importCopy(planImport, "samtidig-plan");
		TestUsers.signIn(Role.COORDINATOR);
		amend(key);
		PlanView.ActivityView read = activity(key, "1.1");
		editing.reviseActivity(key, ActivityNumber.parse("1.1"), read.version(), "Första ändringen",
				committeesOf(read), committeesOf(read).get(0));

		assertThatThrownBy(() -> editing.reviseActivity(key, ActivityNumber.parse("1.1"), read.version(),
				"Andra ändringen", committeesOf(read), committeesOf(read).get(0)))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(activity(key, "1.1").text()).isEqualTo("Första ändringen");
	}

	@Test
	void confirmsALeadOnceAndKeepsItInTheHistory() {
		String key = PlanFixtures.importCopy(planImport, "bekraftad-plan");
		TestUsers.signIn(Role.COORDINATOR);
		amend(key);
		PlanView.ActivityView read = activity(key, "5.8");
		editing.confirmLead(key, ActivityNumber.parse("5.8"), read.version());
		assertThat(activity(key, "5.8").leadConfirmed()).isTrue();
		assertThat(history.forItem(read.id())).extracting(PlanHistory.Revision::summary)
			.containsExactly("plan.history.leadConfirmed");
	}

	@Test
	void refusesEditsByAReporterOrAViewer() {
		String key = PlanFixtures.importCopy(planImport, "skyddad-plan");
		PlanView.ActivityView read = activity(key, "1.1");
		for (Role role : new Role[] { Role.COMMITTEE_REPORTER, Role.VIEWER, Role.ANALYST }) {
			TestUsers.signIn(role, UUID.randomUUID());
			assertThatThrownBy(() -> editing.reviseActivity(key, ActivityNumber.parse("1.1"), read.version(), "x",
					committeesOf(read), committeesOf(read).get(0)))
				.as(role.name())
				.isInstanceOf(AuthorizationDeniedException.class);
		}
		assertThat(activity(key, "1.1").text()).isEqualTo(read.text());
	}

	@Test
	void addsAnActivityWithAConfirmedLeadAndKeepsItInTheHistory() {
		String key = PlanFixtures.importCopy(planImport, "utokad-plan");
		TestUsers.signIn(Role.COORDINATOR);
		amend(key);
		PlanView.ActivityView template = activity(key, "4.6");
		List<CommitteeId> committees = committeesOf(template);

		editing.addActivity(key, 4, "4.7", "Ny aktivitet om trygghet på skolgården", committees, committees.get(1));

		PlanView.ActivityView added = activity(key, "4.7");
		assertThat(added.text()).isEqualTo("Ny aktivitet om trygghet på skolgården");
		assertThat(added.committees()).extracting(PlanView.ResponsibleView::committeeId)
			.containsExactlyElementsOf(committees.stream().map(CommitteeId::value).toList());
		assertThat(added.lead().committeeId()).isEqualTo(committees.get(1).value());
		assertThat(added.leadConfirmed()).isTrue();
		assertThat(views.byKey(key).orElseThrow().focusArea(4).activities()).extracting(PlanView.ActivityView::number)
			.containsExactly("4.1", "4.2", "4.3", "4.5", "4.6", "4.7");
		assertThat(history.forItem(added.id())).extracting(PlanHistory.Revision::summary)
			.containsExactly("plan.history.added");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'plan.activity.added' and subject_id = :id")
			.param("id", added.id().toString())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void refusesAnActivityNumberThatIsTakenOrBelongsToAnotherFocusArea() {
		String key = PlanFixtures.importCopy(planImport, "numrerad-plan");
		TestUsers.signIn(Role.COORDINATOR);
		amend(key);
		List<CommitteeId> committees = committeesOf(activity(key, "4.6"));
		assertThatThrownBy(() -> editing.addActivity(key, 4, "4.6", "Dubblett", committees, committees.get(0)))
			.isInstanceOfSatisfying(Refusal.class,
					ex -> assertThat(ex.code()).isEqualTo("plan.activity.number.taken"));
		assertThatThrownBy(() -> editing.addActivity(key, 4, "3.9", "Fel område", committees, committees.get(0)))
			.isInstanceOfSatisfying(Refusal.class,
					ex -> assertThat(ex.code()).isEqualTo("plan.activity.number.focusArea"));
		assertThatThrownBy(() -> editing.addActivity(key, 4, "fyra", "Inget nummer", committees, committees.get(0)))
			.isInstanceOfSatisfying(Refusal.class,
					ex -> assertThat(ex.code()).isEqualTo("plan.activity.number.format"));
		assertThat(views.byKey(key).orElseThrow().activities()).hasSize(37);
	}

	@Test
	void refusesEditsToAnArchivedPlan() {
		String key = PlanFixtures.importCopy(planImport, "arkiverad-plan");
		TestUsers.signIn(Role.COORDINATOR);
		editing.archive(key);
		PlanView.ActivityView read = activity(key, "1.1");
		assertThatThrownBy(() -> editing.reviseActivity(key, ActivityNumber.parse("1.1"), read.version(), "x",
				committeesOf(read), committeesOf(read).get(0)))
			.isInstanceOf(Refusal.class);
		assertThatThrownBy(() -> editing.adopt(key, "KS", "KS 2024/1", LocalDate.of(2024, 1, 1)))
			.isInstanceOf(Refusal.class);
	}

	@Test
	void recordsRevisionsOfFocusAreasGoalsAndIndicators() {
		String key = PlanFixtures.importCopy(planImport, "delar-plan");
		TestUsers.signIn(Role.COORDINATOR);
		amend(key);
		PlanView plan = views.byKey(key).orElseThrow();
		PlanView.FocusAreaView area = plan.focusArea(3);
		editing.reviseFocusArea(key, 3, area.version(), "Ny rubrik", area.description());
		PlanView.GoalView goal = area.goals().get(0);
		editing.reviseGoal(key, goal.id(), goal.version(), "Nytt mål");
		PlanView.IndicatorView indicator = area.indicators().get(0);
		editing.reviseIndicator(key, indicator.id(), indicator.version(), indicator.name(), "antal per 100 000 invånare",
				Direction.DECREASE, indicator.source(), indicator.definition());

		PlanView after = views.byKey(key).orElseThrow();
		assertThat(after.focusArea(3).title()).isEqualTo("Ny rubrik");
		assertThat(after.focusArea(3).goals().get(0).text()).isEqualTo("Nytt mål");
		assertThat(after.focusArea(3).indicators().get(0).unit()).isEqualTo("antal per 100 000 invånare");
		assertThat(history.forItem(area.id())).hasSize(1);
		assertThat(history.forItem(goal.id())).singleElement()
			.satisfies(r -> assertThat(r.changes()).extracting(PlanHistory.Change::after).containsExactly("Nytt mål"));
		assertThat(history.forItem(indicator.id())).singleElement()
			.satisfies(r -> assertThat(r.changes()).extracting(PlanHistory.Change::field).containsExactly("unit"));
	}

}
