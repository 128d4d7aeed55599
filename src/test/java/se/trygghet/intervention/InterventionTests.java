package se.trygghet.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;
import se.trygghet.area.AreaLevel;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.plan.ActivityId;
import se.trygghet.plan.CommitteeId;
import se.trygghet.situation.IncidentCounts;
import se.trygghet.system.Refusal;

/** The cycle through its service and pages, on the demo areas and incidents placed where the test needs them. */
@PlatformIntegrationTest
class InterventionTests {

	static final String ACTIVITY_PAGE = "/plans/vasteras-2021-2023/activities/2.3";

	@Autowired
	InterventionWork work;

	@Autowired
	Interventions interventions;

	@Autowired
	Evaluations evaluations;

	@Autowired
	PublicFeedback publicFeedback;

	@Autowired
	InterventionCatalog catalog;

	@Autowired
	AreaCatalog areas;

	@Autowired
	EffectEvaluator evaluator;

	@Autowired
	IncidentCounts incidentCounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	AreaId district(String code) {
		return areas.area("1980", AreaLevel.STADSDEL, code).orElseThrow().id();
	}

	Problem problem(String title, Visibility visibility) {
		return new Problem(new ProblemId(UUID.randomUUID()), title, null, district("backby"), List.of("klotter"),
				LocalDate.of(2019, 1, 1), LocalDate.of(2019, 6, 30), Priority.HOG, ProblemStatus.IDENTIFIERAT,
				visibility, List.of(), false, 0);
	}

	ActivityId activity23() {
		return new ActivityId(jdbc.sql("""
				select a.id from activity a join action_plan p on p.id = a.plan_id
				 where p.plan_key = 'vasteras-2021-2023' and a.number = '2.3'
				""").query(UUID.class).single());
	}

	CommitteeId someCommittee() {
		return new CommitteeId(jdbc.sql("select id from committee where short_name = 'KS'").query(UUID.class).single());
	}

	Intervention intervention(ProblemId problem, String title, ActivityId activity) {
		return new Intervention(new InterventionId(UUID.randomUUID()), problem, title, InterventionKind.SITUATIONAL,
				List.of(someCommittee()), List.of(), district("backby"), LocalDate.of(2019, 7, 1),
				LocalDate.of(2019, 12, 31), activity, "Mindre klotter vid torget", List.of(), List.of("klotter"),
				EvidenceLevel.LOVANDE, new java.math.BigDecimal("25000"), InterventionStatus.PLANERAD,
				Visibility.INTERNAL, false, 0);
	}

	void incidents(int count, AreaId area, double east, double north, LocalDate day) {
		for (int i = 0; i < count; i++) {
			jdbc.sql("""
					insert into incident (id, municipality, category, occurred_at, latitude, longitude, east, north,
					                      area_id, organisation, severity, source, external_id, reported_by, reported_at)
					values (:id, '1980', 'klotter', :at, 59.6, 16.5, :e, :n, :area, 'Test', 1, 'FILE', :ext, 'test', now())
					""")
				.param("id", UUID.randomUUID())
				.param("at", Timestamp.from(day.atTime(12, 0).atZone(ZoneId.of("Europe/Stockholm")).toInstant()))
				.param("e", east)
				.param("n", north)
				.param("area", area == null ? null : area.value())
				.param("ext", "intervention-test-" + UUID.randomUUID())
				.update();
		}
	}

	@Test
	void listsAnInterventionTiedToActivity23OnThatActivitysPageAndLinksBack() throws Exception {
		TestUsers.signIn(Role.ANALYST);
		ProblemId problem = work.recordProblem(problem("Klotter vid Bäckby torg", Visibility.INTERNAL));
		InterventionId id = work.planIntervention(intervention(problem, "Belysning och snabb klottersanering",
				activity23()));
		TestUsers.signOut();

		mvc.perform(get(ACTIVITY_PAGE).with(TestUsers.as(Role.VIEWER)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Belysning och snabb klottersanering")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/interventions/" + id)));
		mvc.perform(get("/interventions/" + id).with(TestUsers.as(Role.VIEWER)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(ACTIVITY_PAGE)));
		assertThat(catalog.forActivity(activity23())).extracting(InterventionCatalog.InterventionSummary::id)
			.contains(id);
	}

	@Test
	void auditsEveryChangeAndMovesTheRevision() {
		TestUsers.signIn(Role.COORDINATOR);
		long before = catalog.revision();
		ProblemId problem = work.recordProblem(problem("Stök vid resecentrum", Visibility.INTERNAL));
		work.moveProblem(problem, ProblemStatus.ANALYSERAS, 0);
		assertThat(catalog.revision()).isEqualTo(before + 2);
		assertThat(jdbc.sql("select action from audit_entry where subject_id = :id order by id")
			.param("id", problem.toString())
			.query(String.class)
			.list()).containsExactly("intervention.problem.recorded", "intervention.problem.status");
	}

	@Test
	void refusesAStatusChangeTheCycleDoesNotAllow() {
		TestUsers.signIn(Role.ANALYST);
		ProblemId problem = work.recordProblem(problem("Nedskräpning i parken", Visibility.INTERNAL));
		assertThatThrownBy(() -> work.moveProblem(problem, ProblemStatus.UPPFOLJT, 0))
			.isInstanceOf(Refusal.class);
		InterventionId id = work.planIntervention(intervention(problem, "Fler papperskorgar", null));
		assertThatThrownBy(() -> work.moveIntervention(id, InterventionStatus.AVSLUTAD, 0))
			.isInstanceOf(Refusal.class);
		work.moveIntervention(id, InterventionStatus.PAGAR, 0);
		assertThat(interventions.find(id).orElseThrow().status()).isEqualTo(InterventionStatus.PAGAR);
	}

	@Test
	void revisesAnInterventionWithoutTouchingItsStatusAndRefusesAStaleEdit() {
		TestUsers.signIn(Role.ANALYST);
		ProblemId problem = work.recordProblem(problem("Skadegörelse vid skolan", Visibility.INTERNAL));
		InterventionId id = work.planIntervention(intervention(problem, "Kameror", null));
		work.moveIntervention(id, InterventionStatus.PAGAR, 0);
		Intervention read = interventions.find(id).orElseThrow();
		Intervention edited = new Intervention(id, problem, "Kameror och belysning", read.kind(), read.committees(),
				read.actors(), read.area(), read.startsOn(), read.endsOn(), activity23(), read.expectedEffect(),
				read.indicators(), read.categories(), EvidenceLevel.VISST, null, InterventionStatus.PLANERAD,
				Visibility.PUBLIC, false, read.version());
		work.reviseIntervention(edited);
		Intervention saved = interventions.find(id).orElseThrow();
		assertThat(saved.title()).isEqualTo("Kameror och belysning");
		assertThat(saved.status()).isEqualTo(InterventionStatus.PAGAR);
		assertThat(saved.visibility()).isEqualTo(Visibility.PUBLIC);
		assertThat(saved.activity()).isEqualTo(activity23());
		assertThatThrownBy(() -> work.reviseIntervention(edited))
			.isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
	}

	@Test
	void refusesChangesFromReadersAndFieldStaff() {
		TestUsers.signIn(Role.VIEWER);
		assertThatThrownBy(() -> work.recordProblem(problem("Får inte", Visibility.INTERNAL)))
			.isInstanceOf(AccessDeniedException.class);
		TestUsers.signIn(Role.FIELD_REPORTER);
		assertThatThrownBy(() -> work.recordProblem(problem("Får inte", Visibility.INTERNAL)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void evaluatesAgainstAControlAreaWithABufferRingAndKeepsInputsAndCounts() {
		AreaId target = district("backby");
		AreaId control = district("raby");
		Geometry targetShape = areas.boundary(target).orElseThrow();
		Geometry controlShape = areas.boundary(control).orElseThrow();
		Point inside = targetShape.getInteriorPoint();
		Point inControl = controlShape.getInteriorPoint();
		// a point in the 200 m ring: just outside the target, in neither area
		Geometry ring = targetShape.buffer(200).difference(targetShape).difference(controlShape);
		Point inRing = ring.getInteriorPoint();
		assertThat(targetShape.covers(inRing)).isFalse();
		// 2017: before Jan–Jun, after Jul–Dec; no demo incidents that far back
		incidents(40, target, inside.getX(), inside.getY(), LocalDate.of(2017, 3, 10));
		incidents(20, target, inside.getX(), inside.getY(), LocalDate.of(2017, 9, 10));
		incidents(30, control, inControl.getX(), inControl.getY(), LocalDate.of(2017, 2, 10));
		incidents(30, control, inControl.getX(), inControl.getY(), LocalDate.of(2017, 10, 10));
		incidents(12, null, inRing.getX(), inRing.getY(), LocalDate.of(2017, 4, 1));
		incidents(8, null, inRing.getX(), inRing.getY(), LocalDate.of(2017, 11, 1));

		TestUsers.signIn(Role.ANALYST);
		ProblemId problem = work.recordProblem(problem("Klotter 2017", Visibility.INTERNAL));
		InterventionId id = work.planIntervention(intervention(problem, "Klottersanering 2017", null));
		work.evaluate(id, new StoredEvaluation.Request(target, control, 200, List.of("klotter"),
				LocalDate.of(2017, 1, 1), LocalDate.of(2017, 6, 30), LocalDate.of(2017, 7, 1), LocalDate.of(2017, 12, 31)));

		StoredEvaluation stored = evaluations.ofIntervention(id).get(0);
		assertThat(List.of(stored.targetBefore(), stored.targetAfter(), stored.controlBefore(), stored.controlAfter(),
				stored.bufferBefore(), stored.bufferAfter())).containsExactly(40L, 20L, 30L, 30L, 12L, 8L);
		assertThat(stored.request().bufferMetres()).isEqualTo(200);
		EffectEvaluation.Result result = stored.result();
		// WDQ = (8/30 − 12/30) / (20/30 − 40/30) = (−4/30) / (−20/30) = 0.2: diffusion of benefits
		assertThat(result.wdq()).isCloseTo(0.2, org.assertj.core.api.Assertions.within(1e-9));
		assertThat(result.warnings()).contains(EffectEvaluation.Warning.SMALL_COUNTS);
		assertThat(jdbc.sql("select wdq from effect_evaluation where id = :id").param("id", stored.id())
			.query(Double.class).single()).isCloseTo(0.2, org.assertj.core.api.Assertions.within(1e-9));
	}

	@Test
	void countsManyStretchesInOnePassAsEachWouldBeCountedAlone() {
		AreaId target = district("backby");
		Geometry targetShape = areas.boundary(target).orElseThrow();
		Point inside = targetShape.getInteriorPoint();
		Point inRing = targetShape.buffer(200).difference(targetShape).getInteriorPoint();
		// 2016: one incident in the target and two in the ring on the 15th of every month
		for (int month = 1; month <= 12; month++) {
			incidents(1, target, inside.getX(), inside.getY(), LocalDate.of(2016, month, 15));
			incidents(2, null, inRing.getX(), inRing.getY(), LocalDate.of(2016, month, 15));
		}
		// 40 stretches, more than one pass holds: single days, overlaps, a repeat and one holding no day
		List<IncidentCounts.Stretch> stretches = new java.util.ArrayList<>();
		for (int day = 0; day < 36; day++) {
			LocalDate from = LocalDate.of(2016, 1 + day / 3, 15).minusDays(day % 3);
			stretches.add(new IncidentCounts.Stretch(from, from.plusDays(1)));
		}
		stretches.add(new IncidentCounts.Stretch(LocalDate.of(2016, 1, 1), LocalDate.of(2017, 1, 1)));
		stretches.add(new IncidentCounts.Stretch(LocalDate.of(2016, 6, 1), LocalDate.of(2016, 9, 1)));
		stretches.add(new IncidentCounts.Stretch(LocalDate.of(2016, 6, 1), LocalDate.of(2016, 9, 1)));
		stretches.add(new IncidentCounts.Stretch(LocalDate.of(2016, 9, 1), LocalDate.of(2016, 6, 1)));
		Set<String> klotter = Set.of("klotter");

		for (IncidentCounts.Zone zone : List.of(new IncidentCounts.InArea(target),
				new IncidentCounts.InShape(targetShape.buffer(200).difference(targetShape)))) {
			List<Long> together = incidentCounts.counts(zone, stretches, klotter);
			List<Long> alone = stretches.stream()
				.map(s -> incidentCounts.count(zone, s.from(), s.to(), klotter))
				.toList();
			assertThat(together).as("%s", zone).isEqualTo(alone);
			long perIncident = zone instanceof IncidentCounts.InArea ? 1 : 2;
			assertThat(together.subList(36, 40)).as("%s", zone)
				.containsExactly(12 * perIncident, 3 * perIncident, 3 * perIncident, 0L);
			assertThat(together.subList(0, 3)).containsExactly(perIncident, 0L, 0L);
		}
	}

	@Test
	void showsTheSmallCountWarningOnTheInterventionPage() throws Exception {
		TestUsers.signIn(Role.ANALYST);
		ProblemId problem = work.recordProblem(problem("Få händelser", Visibility.INTERNAL));
		InterventionId id = work.planIntervention(intervention(problem, "Liten insats", null));
		// 2016 has no incidents in either area: every count is 0
		work.evaluate(id, new StoredEvaluation.Request(district("backby"), district("raby"), null, List.of("klotter"),
				LocalDate.of(2016, 1, 1), LocalDate.of(2016, 6, 30), LocalDate.of(2016, 7, 1), LocalDate.of(2016, 12, 31)));
		TestUsers.signOut();
		mvc.perform(get("/interventions/" + id).with(TestUsers.as(Role.VIEWER)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Få händelser: någon zon har färre än 10")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Ingen säker skillnad")));
	}

	@Test
	void keepsWhatWasTypedAndSaysWhatIsWrongWhenAProblemFormIsIncomplete() throws Exception {
		mvc.perform(post("/problems").with(csrf()).with(TestUsers.as(Role.ANALYST))
			.param("title", "")
			.param("description", "Något som syns i lägesbilden")
			.param("from", "2026-13-01")
			.param("to", "2026-03-31")
			.param("priority", "HOG")
			.param("visibility", "INTERNAL")
			.param("documents", "bara en titel"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Något som syns i lägesbilden")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Skriv datumet som ÅÅÅÅ-MM-DD.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("aria-describedby=\"from-error\"")));
	}

	@Test
	void takesACostAsPeopleWriteItAndListsEveryWrongFieldAtTheTopOfTheForm() throws Exception {
		TestUsers.signIn(Role.ANALYST);
		ProblemId problem = work.recordProblem(problem("Skadegörelse på Bäckby torg", Visibility.INTERNAL));
		TestUsers.signOut();
		String title = "Kameror på torget " + UUID.randomUUID();
		mvc.perform(post("/problems/" + problem.value() + "/interventions").with(csrf())
			.with(TestUsers.as(Role.ANALYST))
			.param("title", title)
			.param("kind", "SITUATIONAL")
			.param("committees", someCommittee().value().toString())
			.param("startsOn", "")
			.param("evidenceLevel", "OKANT")
			.param("costSek", "mycket")
			.param("visibility", "INTERNAL"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("data-error-summary")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<a href=\"#costSek\">Skriv ett tal.</a>")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<a href=\"#startsOn\">")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"mycket\"")));
		mvc.perform(post("/problems/" + problem.value() + "/interventions").with(csrf())
			.with(TestUsers.as(Role.ANALYST))
			.param("title", title)
			.param("kind", "SITUATIONAL")
			.param("committees", someCommittee().value().toString())
			.param("startsOn", "2019-07-01")
			.param("expectedEffect", "Mindre skadegörelse")
			.param("categories", "skadegorelse")
			.param("evidenceLevel", "OKANT")
			.param("costSek", "12\u00a0000,50")
			.param("visibility", "INTERNAL"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select cost_sek from intervention where title = :title").param("title", title)
			.query(java.math.BigDecimal.class).single()).isEqualByComparingTo("12000.50");
	}

	@Test
	void prefillsANewProblemFromTheSituationPicture() throws Exception {
		AreaId area = district("backby");
		mvc.perform(get("/problems/new").with(TestUsers.as(Role.ANALYST))
			.param("area", area.toString())
			.param("category", "klotter")
			.param("from", "2026-11-23")
			.param("to", "2026-11-29"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"2026-11-23\"")))
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
					"(?s).*value=\"klotter\"\\s+checked=\"checked\".*")));
	}

	@Test
	void publishesOnlyFeedbackMarkedPublicAndNamesOnlyPublicProblems() {
		TestUsers.signIn(Role.ANALYST);
		ProblemId internal = work.recordProblem(problem("Intern analys av narkotikahandel", Visibility.INTERNAL));
		work.recordFeedback(new Feedback(internal, null, RecipientKind.RESIDENTS, "Boende i Bäckby",
				LocalDate.of(2026, 5, 4), "Möte", "Vi har sett över belysningen.", Visibility.PUBLIC));
		work.recordFeedback(new Feedback(internal, null, RecipientKind.ACTOR, "Polisen", LocalDate.of(2026, 5, 5),
				"E-post", "Intern lägesbild delad.", Visibility.INTERNAL));
		List<PublicFeedback.Note> notes = publicFeedback.published();
		assertThat(notes).extracting(PublicFeedback.Note::summary).contains("Vi har sett över belysningen.")
			.doesNotContain("Intern lägesbild delad.");
		assertThat(notes).filteredOn(n -> n.summary().equals("Vi har sett över belysningen."))
			.extracting(PublicFeedback.Note::problemTitle)
			.containsOnlyNulls();
	}

}
