package se.trygghet.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.followup.ActivityStatus;
import se.trygghet.followup.FollowUpTestAccess;
import se.trygghet.followup.GoalContribution;
import se.trygghet.followup.ReportContent;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;

/**
 * The chain both ways, through the pages: a problem, an intervention and an activity name the plan's indicators they
 * aim to move; the activity page lists its indicators (with the indicator page's own latest value and verdict) and its
 * interventions; the indicator page lists the activities, problems and interventions aiming at it.
 */
@PlatformIntegrationTest
class IndicatorChainTests {

	static final String ACTIVITY_23 = "/plans/" + PlanFixtures.VASTERAS + "/activities/2.3";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanImport planImport;

	@Autowired
	PlanEditing editing;

	@Autowired
	ActivityIndicators activityIndicators;

	@Autowired
	FollowUpTestAccess rounds;

	List<UUID> indicatorsOf(String planKey, int focusArea) {
		return jdbc.sql("""
				select i.id from indicator i join focus_area f on f.id = i.focus_area_id
				  join action_plan p on p.id = f.plan_id
				 where p.plan_key = :key and f.number = :area order by i.position
				""").param("key", planKey).param("area", focusArea).query(UUID.class).list();
	}

	String indicatorName(UUID id) {
		return jdbc.sql("select name from indicator where id = :id").param("id", id).query(String.class).single();
	}

	UUID activityId(String planKey, String number) {
		return jdbc.sql("""
				select a.id from activity a join action_plan p on p.id = a.plan_id
				 where p.plan_key = :key and a.number = :n
				""").param("key", planKey).param("n", number).query(UUID.class).single();
	}

	/** A problem recorded through its form by an analyst; its page's path. */
	String problem(String title, UUID... indicators) throws Exception {
		var request = post("/problems").with(csrf()).with(TestUsers.as(Role.ANALYST))
			.param("title", title)
			.param("from", "2022-01-01")
			.param("to", "2022-06-30")
			.param("priority", "MEDEL")
			.param("visibility", "INTERNAL");
		for (UUID indicator : indicators) {
			request.param("indicators", indicator.toString());
		}
		return mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
	}

	/** An intervention planned through its form against the problem, for activity 2.3; its page's path. */
	String intervention(String problemPath, String title, UUID... indicators) throws Exception {
		UUID committee = jdbc.sql("select id from committee where short_name = 'KS'").query(UUID.class).single();
		var request = post(problemPath + "/interventions").with(csrf()).with(TestUsers.as(Role.ANALYST))
			.param("title", title)
			.param("kind", "SOCIAL")
			.param("committees", committee.toString())
			.param("startsOn", "2022-08-01")
			.param("activity", activityId(PlanFixtures.VASTERAS, "2.3").toString())
			.param("expectedEffect", "Fler unga känner sig trygga")
			.param("evidenceLevel", "OKANT")
			.param("visibility", "INTERNAL");
		for (UUID indicator : indicators) {
			request.param("indicators", indicator.toString());
		}
		return mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
	}

	String page(String path, Role role) throws Exception {
		return mvc.perform(get(path).with(TestUsers.as(role))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	static String first(String html, String regex) {
		Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
		assertThat(m.find()).as("%s in the page", regex).isTrue();
		return m.group(1).strip();
	}

	@Test
	void aProblemNamingAnIndicatorShowsItAndTheIndicatorPageListsTheProblem() throws Exception {
		UUID indicator = indicatorsOf(PlanFixtures.VASTERAS, 3).get(0);
		String problem = problem("Otrygghet i centrum på kvällar", indicator);

		String problemPage = page(problem, Role.VIEWER);
		assertThat(first(problemPage, "id=\"problem-indicators\">(.*?)</ul>"))
			.contains(indicatorName(indicator)).contains("/indicators/" + indicator);

		String indicatorPage = page("/indicators/" + indicator, Role.VIEWER);
		assertThat(first(indicatorPage, "id=\"indicator-work\">(.*?)</ul>"))
			.contains("Otrygghet i centrum på kvällar").contains(problem);
	}

	@Test
	void anInterventionsIndicatorsAppearOnTheIndicatorPageAndItsOwn() throws Exception {
		List<UUID> indicators = indicatorsOf(PlanFixtures.VASTERAS, 4);
		String problem = problem("Unga saknar trygga mötesplatser");
		String intervention = intervention(problem, "Fritidsgård med längre öppettider", indicators.get(0),
				indicators.get(1));

		assertThat(first(page(intervention, Role.VIEWER), "id=\"intervention-indicators\">(.*?)</dd>"))
			.contains(indicatorName(indicators.get(0)), indicatorName(indicators.get(1)));
		for (UUID indicator : indicators.subList(0, 2)) {
			assertThat(first(page("/indicators/" + indicator, Role.VIEWER), "id=\"indicator-work\">(.*?)</ul>"))
				.contains("Fritidsgård med längre öppettider").contains(intervention);
		}
	}

	@Test
	void theActivityPageListsItsFocusAreasIndicatorsAsTheIndicatorPagesShowThemAndItsInterventions() throws Exception {
		String problem = problem("Otrygghet kring skolgården");
		String intervention = intervention(problem, "Vuxenvandringar vid skolan",
				indicatorsOf(PlanFixtures.VASTERAS, 2).get(0));

		String activityPage = page(ACTIVITY_23, Role.VIEWER);
		List<UUID> focusArea = indicatorsOf(PlanFixtures.VASTERAS, 2);
		assertThat(focusArea).isNotEmpty();
		List<String> latest = new ArrayList<>();
		for (UUID indicator : focusArea) {
			String row = first(activityPage, "<tr data-indicator=\"" + indicator + "\">(.*?)</tr>");
			assertThat(row).contains(indicatorName(indicator)).contains("Hör till fokusområde 2");
			String indicatorPage = page("/indicators/" + indicator, Role.VIEWER);
			// the same figure and the same verdict as the indicator's own page
			assertThat(first(row, "<td class=\"latest\">(.*?)</td>"))
				.isEqualTo(first(indicatorPage, "<dd class=\"latest\">(.*?)</dd>"));
			assertThat(first(row, "<span class=\"verdict-words\">(.*?)</span>"))
				.isEqualTo(first(indicatorPage, "<span class=\"verdict-words\">(.*?)</span>"));
			latest.add(first(row, "<td class=\"latest\">(.*?)</td>"));
			// and the indicator page lists the activity, saying why
			assertThat(first(indicatorPage, "<li data-activity=\"2.3\">(.*?)</li>")).contains("I fokusområde 2");
		}
		// a comparison of figures, not of empty cells: the demo has values for the plan's indicators
		assertThat(latest).anyMatch(text -> text.matches(".*\\d.*"));
		assertThat(first(activityPage, "id=\"activity-links\">(.*?)</section>"))
			.contains("Vuxenvandringar vid skolan").contains(intervention);
	}

	@Test
	void anActivityNamesAnIndicatorOfAnotherFocusAreaAndTheIndicatorPageListsItAsChosen() throws Exception {
		// on Västerås' own plan, whose indicators are measured (a copy's have no setup and so no page); undone after
		UUID other = indicatorsOf(PlanFixtures.VASTERAS, 5).get(0);
		UUID activity = activityId(PlanFixtures.VASTERAS, "2.3");
		// other tests may have chosen for 2.3 before (and undone it): this test's choice is the one more entry
		String chosen = "select count(*) from plan_revision where item_id = :a and summary = 'plan.history.indicatorsChosen'";
		int chosenBefore = jdbc.sql(chosen).param("a", activity).query(Integer.class).single();
		String audited = "select count(*) from audit_entry where action = 'plan.activity.revised' and subject_id = :a"
				+ " and details -> 'after' -> 'indicators' ->> 0 = :name";
		int auditedBefore = jdbc.sql(audited).param("a", activity.toString()).param("name", indicatorName(other))
			.query(Integer.class).single();
		// an adopted plan changes only inside an amendment
		TestUsers.signIn(Role.COORDINATOR);
		editing.openAmendment(PlanFixtures.VASTERAS, "Indikatorer för aktiviteterna");
		try {
			mvc.perform(post(ACTIVITY_23 + "/indicators").with(csrf())
				.with(TestUsers.as(Role.COORDINATOR))
				.param("indicators", other.toString()))
				.andExpect(status().is3xxRedirection());

			String row = first(page(ACTIVITY_23, Role.VIEWER), "<tr data-indicator=\"" + other + "\">(.*?)</tr>");
			assertThat(row).contains(indicatorName(other)).contains("Vald för aktiviteten")
				.doesNotContain("Hör till fokusområde");
			assertThat(first(page("/indicators/" + other, Role.VIEWER), "<li data-activity=\"2.3\">(.*?)</li>"))
				.contains("Aktiviteten har valt indikatorn").contains(ACTIVITY_23);
			// kept in the plan's history and the audit log
			assertThat(jdbc.sql(chosen).param("a", activity).query(Integer.class).single()).isEqualTo(chosenBefore + 1);
			assertThat(jdbc.sql(audited).param("a", activity.toString()).param("name", indicatorName(other))
				.query(Integer.class).single()).isEqualTo(auditedBefore + 1);
		}
		finally {
			mvc.perform(post(ACTIVITY_23 + "/indicators").with(csrf()).with(TestUsers.as(Role.COORDINATOR)));
			TestUsers.signIn(Role.COORDINATOR);
			editing.closeAmendment(PlanFixtures.VASTERAS, "Kommunstyrelsen", "KS 2022/1",
					java.time.LocalDate.of(2022, 6, 1));
			TestUsers.signOut();
		}
	}

	@Test
	void aSentReportsLinkedIndicatorIsOnTheActivityPageSaidSoAndTheActivityOnTheIndicatorsList() throws Exception {
		String key = PlanFixtures.importCopy(planImport, "kedjan-rapport");
		UUID plan = jdbc.sql("select id from action_plan where plan_key = :k").param("k", key).query(UUID.class).single();
		UUID linked = indicatorsOf(key, 5).get(0);
		UUID round = rounds.openRoundWithReport(new ActionPlanId(plan), "kedjan",
				new ReportContent(ActivityStatus.GENOMFORD, null, "Gjort", "Effekt", null, GoalContribution.BIDRAR,
						List.of(new IndicatorId(linked))));
		String number = rounds.reportedActivity(round);

		String row = first(page("/plans/" + key + "/activities/" + number, Role.VIEWER),
				"<tr data-indicator=\"" + linked + "\">(.*?)</tr>");
		assertThat(row).contains(indicatorName(linked)).contains("Länkad i rapport, Uppföljning kedjan")
			.doesNotContain("Vald för aktiviteten");
		TestUsers.signIn(Role.VIEWER);
		try {
			assertThat(activityIndicators.atIndicator(new IndicatorId(linked)))
				.filteredOn(aim -> aim.number().toString().equals(number))
				.singleElement()
				// outside a request the words are in the JVM's language: the round's title is what matters here
				.satisfies(aim -> assertThat(aim.linkedBy()).singleElement().asString().contains("Uppföljning kedjan"));
		}
		finally {
			TestUsers.signOut();
		}
	}

	@Test
	void anUnknownIndicatorIsAFieldErrorOnEveryFormNotAServerError() throws Exception {
		String unknown = UUID.randomUUID().toString();
		mvc.perform(post("/problems").with(csrf()).with(TestUsers.as(Role.ANALYST))
			.param("title", "Ett problem med en påhittad indikator")
			.param("from", "2022-01-01")
			.param("to", "2022-06-30")
			.param("priority", "MEDEL")
			.param("visibility", "INTERNAL")
			.param("indicators", unknown))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "indicators", "intervention.indicators.unknown"));
		assertThat(jdbc.sql("select count(*) from problem where title = 'Ett problem med en påhittad indikator'")
			.query(Integer.class).single()).isZero();

		String problem = problem("Problem för en insats med påhittad indikator");
		UUID committee = jdbc.sql("select id from committee where short_name = 'KS'").query(UUID.class).single();
		mvc.perform(post(problem + "/interventions").with(csrf()).with(TestUsers.as(Role.ANALYST))
			.param("title", "Insats med påhittad indikator")
			.param("kind", "SOCIAL")
			.param("committees", committee.toString())
			.param("startsOn", "2022-08-01")
			.param("expectedEffect", "Något")
			.param("evidenceLevel", "OKANT")
			.param("visibility", "INTERNAL")
			.param("indicators", unknown))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "indicators", "intervention.indicators.unknown"));

		String key = PlanFixtures.importCopy(planImport, "kedjan-okand");
		TestUsers.signIn(Role.COORDINATOR);
		editing.openAmendment(key, "Indikatorer för aktiviteterna");
		TestUsers.signOut();
		// an indicator of another plan is as unknown to this plan's activity as a made-up one
		for (String id : List.of(unknown, indicatorsOf(PlanFixtures.VASTERAS, 1).get(0).toString())) {
			mvc.perform(post("/plans/" + key + "/activities/2.3/indicators").with(csrf())
				.with(TestUsers.as(Role.COORDINATOR))
				.param("indicators", id))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("form", "indicators", "plan.activity.indicators.unknown"));
		}
		mvc.perform(post("/plans/" + key + "/activities/2.3/indicators").with(csrf())
			.with(TestUsers.as(Role.COORDINATOR))
			.param("indicators", "inte-ett-id"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "indicators", "typeMismatch"));
	}

}
