package se.trygghet.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.followup.FollowUpTestAccess;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.plan.NextPlanChoices;
import se.trygghet.plan.PlanCatalog;
import se.trygghet.plan.PlanFixtures;
import se.trygghet.plan.PlanLineage;

/**
 * The evidence beside a draft: the activity it came from as the follow-up reported it, its interventions' evaluations
 * and the focus area's indicators as their own pages state them, and the prioritised problems of the latest joint
 * lägesbild that no activity of the draft addresses. Reports, problems, interventions and the lägesbild are stored
 * directly where their own workflow is not what is tested (their modules' tests cover it).
 */
@PlatformIntegrationTest
class PlanEvidenceTests {

	/** The joint lägesbild of this year is the latest any test writes (years run to 2100). */
	private static final int PICTURE_YEAR = 2100;

	@Autowired
	ApplicationContext context;

	@Autowired
	FollowUpTestAccess rounds;

	@Autowired
	PlanCatalog plans;

	@Autowired
	PlanLineage lineage;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	@Test
	void showsTheRoundStatusesOfTheActivityACarriedActivityCameFrom() throws Exception {
		String previous = PlanFixtures.importCopy(context, "underlag-status-2021-2023");
		TestUsers.signIn(Role.COORDINATOR);
		UUID round = rounds.planRound(planId(previous), "2022", "Uppföljning 2022 (underlagstest)",
				LocalDate.of(2022, 9, 1), LocalDate.of(2022, 10, 1));
		rounds.openRound(round);
		jdbc.sql("""
				update report set status = 'FORSENAD', status_reason = 'Väntar på samverkansavtal', state = 'APPROVED'
				 where round_id = :r and kind = 'ACTIVITY_REPORT' and activity_number = '2.3'
				""").param("r", round).update();
		TestUsers.signIn(Role.COORDINATOR);
		String draft = PlanFixtures.draftNext(context, previous, 2024, 2027);

		PlanLineage.ActivityFate fate = fate(previous, "2.3");
		String article = article(page(draft), "a-" + fate.successorNumber().toString().replace('.', '-'));
		assertThat(text(article)).contains("Tidigare 2.3")
			.contains("Fortsätter")
			.contains("Uppföljning 2022 (underlagstest)")
			.contains("Försenad – Väntar på samverkansavtal")
			.contains("Godkänd");
	}

	@Test
	void showsAnEvaluationsVerdictAndTheIndicatorsValuesAndVerdictsAsTheirOwnPagesDo() throws Exception {
		String previous = PlanFixtures.importCopy(context, "underlag-effekt-2021-2023");
		UUID activity = activity(previous, "1.1");
		UUID intervention = intervention("Kameraövervakning vid resecentrum (underlagstest)", activity);
		evaluation(intervention, 50, 30, 60, 55);
		TestUsers.signIn(Role.COORDINATOR);
		String draft = PlanFixtures.draftNext(context, previous, 2024, 2027);

		String own = mvc.perform(get("/interventions/" + intervention).with(TestUsers.as(Role.VIEWER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Matcher verdict = Pattern.compile("<p class=\"verdict\"[^>]*>([^<]+)</p>").matcher(own);
		assertThat(verdict.find()).isTrue();
		String evidence = page(draft);
		String item = between(evidence, "data-intervention=\"" + intervention + "\"", "</li>");
		assertThat(item).contains("<span class=\"verdict\">" + verdict.group(1) + "</span>");

		// the real plan has its indicators set up with values; the evidence page and the indicator page agree
		Map<String, String> shown = indicatorsOnEvidencePage(page(PlanFixtures.VASTERAS));
		Map<String, String> indicatorPage = indicatorsOnIndicatorPage(PlanFixtures.VASTERAS);
		assertThat(shown).hasSize(25).isEqualTo(indicatorPage);
		assertThat(shown.values()).anyMatch(v -> !v.startsWith("Inget värde ännu"));
	}

	@Test
	void listsAPrioritisedProblemAsAGapWithTheChainsSuggestionUntilTheCoordinatorLinksAnActivityToIt()
			throws Exception {
		String previous = PlanFixtures.importCopy(context, "underlag-lucka-2021-2023");
		String title = "Skadegörelse i skolmiljöer (underlagstest)";
		UUID problem = prioritised(title);
		prioritised("Ingen insats alls (underlagstest)");
		intervention(title, activity(previous, "3.2"));
		TestUsers.signIn(Role.COORDINATOR);
		String draft = PlanFixtures.draftNext(context, previous, 2024, 2027);
		PlanLineage.ActivityFate fate = fate(previous, "3.2");
		String successor = fate.successor().value().toString();

		// the chain (a problem of the same title, its intervention's activity carried on) only suggests
		String page = page(draft);
		assertThat(gaps(page)).contains(title, "Ingen insats alls (underlagstest)");
		String row = between(page, ">" + title + "</th>", "</tr>");
		assertThat(row).contains("data-suggested=\"" + successor + "\"").doesNotContain("data-linked=");

		link(draft, problem, successor, "").andExpect(status().is3xxRedirection());
		page = page(draft);
		assertThat(gaps(page)).contains("Ingen insats alls (underlagstest)").doesNotContain(title);
		row = between(page, ">" + title + "</th>", "</tr>");
		assertThat(row).contains("data-linked=\"" + successor + "\"")
			.contains("#a-" + fate.successorNumber().toString().replace('.', '-'))
			.doesNotContain("data-suggested=");
		assertThat(history(draft)).contains("Aktivitet knuten till prioriterat problem").contains(title);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'planning.problem.linked' and subject_id = :id")
			.param("id", problem.toString())
			.query(Long.class)
			.single()).isEqualTo(1);

		// an activity that is not the draft's is refused on the page, and nothing is linked
		String refused = link(draft, problem, activity(previous, "1.1").toString(), "").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("Aktiviteten finns inte i utkastet.");

		link(draft, problem, successor, "/remove").andExpect(status().is3xxRedirection());
		assertThat(gaps(page(draft))).contains(title);
		assertThat(history(draft)).contains("Aktivitet inte längre knuten till prioriterat problem");
	}

	@Test
	void refusesLinkingAnActivityToAProblemOnceThePlanIsAdopted() throws Exception {
		UUID problem = prioritised("Rån i centrum (underlagstest)");
		String refused = link(PlanFixtures.VASTERAS, problem, activity(PlanFixtures.VASTERAS, "1.1").toString(), "")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("Bara i ett utkast till plan kan aktiviteter knytas till lägesbildens problem.");
		assertThat(jdbc.sql("select count(*) from problem_activity_link where problem_id = :p")
			.param("p", problem)
			.query(Long.class)
			.single()).isZero();
	}

	private org.springframework.test.web.servlet.ResultActions link(String key, UUID problem, String activity,
			String remove) throws Exception {
		return mvc.perform(post("/planning/" + key + "/problems/" + problem + "/links" + remove).with(csrf())
			.with(TestUsers.as(Role.COORDINATOR))
			.param("activity", activity));
	}

	private String history(String key) throws Exception {
		return mvc.perform(get("/plans/" + key + "/history").with(TestUsers.as(Role.COORDINATOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void citesTheLatestLagesbildInTheDraftsIntroductionAndShowsTheTextEscaped() throws Exception {
		String previous = PlanFixtures.importCopy(context, "underlag-inledning-2021-2023");
		prioritised("Inbrott i förråd (underlagstest)");
		TestUsers.signIn(Role.COORDINATOR);
		String draft = PlanFixtures.draftNext(context, previous, 2024, 2027);

		String cited = mvc.perform(post("/planning/" + draft + "/introduction").with(csrf())
			.with(TestUsers.as(Role.COORDINATOR))
			.param("text", "<b>Planen bygger på</b>")
			.param("version", "-1")
			.param("cite", "picture"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String textarea = between(cited, "<textarea", "</textarea>");
		assertThat(textarea).contains("&lt;b&gt;Planen bygger på&lt;/b&gt;")
			.contains("Gemensam lägesbild " + PICTURE_YEAR + " (utkast, senast ändrad ")
			.contains("/situation/joint/" + PICTURE_YEAR);
		String text = HtmlUtils.htmlUnescape(textarea.substring(textarea.indexOf('>') + 1));

		mvc.perform(post("/planning/" + draft + "/introduction").with(csrf())
			.with(TestUsers.as(Role.COORDINATOR))
			.param("text", text)
			.param("version", "-1"))
			.andExpect(status().is3xxRedirection());
		String read = mvc.perform(get("/planning/" + draft + "/evidence").with(TestUsers.as(Role.VIEWER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(read).contains("&lt;b&gt;Planen bygger på&lt;/b&gt;").doesNotContain("<b>Planen")
			.doesNotContain("id=\"introduction-form\"");

		// an adopted plan's introduction is what was decided: the real plan refuses one
		String refused = mvc.perform(post("/planning/" + PlanFixtures.VASTERAS + "/introduction").with(csrf())
			.with(TestUsers.as(Role.COORDINATOR))
			.param("text", "Ändrad i efterhand")
			.param("version", "-1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("Bara ett utkast till plan kan få en ny inledning");
	}

	// ---- fixtures

	private ActionPlanId planId(String key) {
		return plans.plans().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow().id();
	}

	private UUID activity(String key, String number) {
		return plans.outline(planId(key))
			.orElseThrow()
			.activities()
			.stream()
			.filter(a -> a.number().toString().equals(number))
			.findFirst()
			.orElseThrow()
			.id()
			.value();
	}

	private PlanLineage.ActivityFate fate(String previous, String number) {
		return lineage.fatesOf(planId(previous))
			.stream()
			.filter(f -> f.number().toString().equals(number))
			.findFirst()
			.orElseThrow();
	}

	private UUID intervention(String title, UUID activity) {
		UUID problem = UUID.randomUUID();
		jdbc.sql("""
				insert into problem (id, title, period_from, period_to, priority, status, created_by, created_at, updated_at)
				values (:id, :title, date '2023-01-01', date '2023-12-31', 'HOG', 'ATGARDAS', 'test', now(), now())
				""").param("id", problem).param("title", title).update();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into intervention (id, problem_id, title, kind, committees, starts_on, activity_id, expected_effect,
				                          categories, evidence_level, status, created_by, created_at, updated_at)
				values (:id, :problem, :title, 'SITUATIONAL', (select array_agg(id) from committee where short_name = 'KS'),
				        date '2018-07-01', :activity, 'Färre händelser', '{klotter}', 'LOVANDE', 'PAGAR', 'test', now(),
				        now())
				""").param("id", id).param("problem", problem).param("title", title).param("activity", activity).update();
		return id;
	}

	/** A stored evaluation of these counts (target and control, before and after); its results follow from them. */
	@Test
	void linksTheEvidenceFromThePlanOnlyForThoseWhoMayReadIt() throws Exception {
		String vasteras = "/plans/" + se.trygghet.plan.PlanFixtures.VASTERAS;
		for (Role role : List.of(Role.COORDINATOR, Role.ANALYST, Role.VIEWER)) {
			assertThat(planPage(vasteras, TestUsers.as(role))).as(role.name()).contains("/evidence\"");
		}
		// a committee's reporter would meet a 403 behind the link
		assertThat(planPage(vasteras, TestUsers.as(Role.COMMITTEE_REPORTER, java.util.UUID.randomUUID())))
			.doesNotContain("/evidence\"");
	}

	private String planPage(String path, org.springframework.test.web.servlet.request.RequestPostProcessor user)
			throws Exception {
		return mvc.perform(get(path).with(user))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private void evaluation(UUID intervention, long targetBefore, long targetAfter, long controlBefore,
			long controlAfter) {
		jdbc.sql("""
				insert into effect_evaluation (id, intervention_id, target_area, control_area, categories, before_from,
				       before_to, after_from, after_to, target_before, target_after, control_before, control_after,
				       long_run_count, long_run_from, did, did_low, did_high, verdict, method_version, created_by,
				       created_at)
				select :id, :intervention, t.id, c.id, '{klotter}', date '2018-01-01', date '2018-06-30',
				       date '2018-07-01', date '2018-12-31', :tb, :ta, :cb, :ca, 0, date '2018-01-01', 0, 0, 0, 'UNCLEAR',
				       1, 'test', now()
				  from area t, area c
				 where t.code = 'backby' and t.level = 'STADSDEL' and c.code = 'raby' and c.level = 'STADSDEL'
				""")
			.param("id", UUID.randomUUID())
			.param("intervention", intervention)
			.param("tb", targetBefore)
			.param("ta", targetAfter)
			.param("cb", controlBefore)
			.param("ca", controlAfter)
			.update();
	}

	private UUID prioritised(String title) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into joint_situation_picture (municipality, year, updated_by, updated_at)
				values ('1980', :y, 'test', now()) on conflict do nothing
				""").param("y", PICTURE_YEAR).update();
		jdbc.sql("""
				insert into prioritised_problem (id, municipality, year, rank, title)
				select :id, '1980', :y, coalesce(max(rank), 0) + 1, :title from prioritised_problem
				 where municipality = '1980' and year = :y
				""").param("id", id).param("y", PICTURE_YEAR).param("title", title).update();
		return id;
	}

	// ---- reading the pages

	private String page(String key) throws Exception {
		return mvc.perform(get("/planning/" + key + "/evidence").with(TestUsers.as(Role.COORDINATOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String article(String page, String anchor) {
		return between(page, "id=\"" + anchor + "\"", "</article>");
	}

	private static String between(String page, String start, String end) {
		int from = page.indexOf(start);
		assertThat(from).as("%s on the page", start).isNotNegative();
		return page.substring(from, page.indexOf(end, from));
	}

	/** The text of some HTML, tags removed and white space collapsed. */
	private static String text(String html) {
		return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ");
	}

	private static List<String> gaps(String page) {
		Matcher row = Pattern.compile("<tr[^>]*class=\"gap\"[^>]*>\\s*<td>\\d+</td>\\s*<th scope=\"row\">([^<]*)</th>")
			.matcher(page);
		List<String> titles = new java.util.ArrayList<>();
		while (row.find()) {
			titles.add(HtmlUtils.htmlUnescape(row.group(1)));
		}
		return titles;
	}

	/** Each indicator's latest value and verdict on the evidence page, by id. */
	private static Map<String, String> indicatorsOnEvidencePage(String page) {
		Map<String, String> shown = new LinkedHashMap<>();
		Matcher row = Pattern.compile("data-indicator=\"([^\"]+)\".*?<td class=\"latest\">([^<]*)</td>.*?"
				+ "<span aria-hidden=\"true\" class=\"verdict-symbol\">([^<]*)</span>\\s*<span>([^<]*)</span>",
				Pattern.DOTALL).matcher(page);
		while (row.find()) {
			shown.put(row.group(1), HtmlUtils.htmlUnescape(row.group(2) + " | " + row.group(3) + " " + row.group(4)));
		}
		return shown;
	}

	/** Each indicator's latest value and verdict on the indicator page of the plan, by id. */
	private Map<String, String> indicatorsOnIndicatorPage(String key) throws Exception {
		String page = mvc.perform(get("/indicators").param("plan", key).with(TestUsers.as(Role.COORDINATOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Map<String, String> shown = new LinkedHashMap<>();
		Matcher card = Pattern.compile("<h3><a href=\"/indicators/([^\"]+)\">.*?<dd>([^<]*)</dd>.*?"
				+ "<span aria-hidden=\"true\" class=\"verdict-symbol\">([^<]*)</span>\\s*<span>([^<]*)</span>",
				Pattern.DOTALL).matcher(page);
		while (card.find()) {
			shown.put(card.group(1), HtmlUtils.htmlUnescape(card.group(2) + " | " + card.group(3) + " " + card.group(4)));
		}
		return shown;
	}

}
