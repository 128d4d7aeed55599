package se.trygghet.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;
import se.trygghet.area.AreaLevel;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.plan.CommitteeId;

/**
 * An evaluation as its page tells it: one verdict that follows the primary measure, the other measure's disagreement
 * explained, the total net effect with its uncertainty, the peak check only where there is history, and the same
 * numbers in the counts table and the chart's table. Stored counts are given directly where the counting itself is not
 * what is tested (InterventionTests counts real incidents).
 */
@PlatformIntegrationTest
class EvaluationPageTests {

	private static final Pattern VERDICT = Pattern
		.compile("<p class=\"verdict\" data-verdict=\"([A-Z_]+)\" data-primary=\"([A-Z_]+)\">([^<]*)</p>");

	private static final Pattern FIRST_MEASURE = Pattern.compile("<dl class=\"facts results\">\\s*<dt>([^<]*)</dt>");

	/** How each verdict's sentence begins, and each measure's name, in Swedish. */
	private static final Map<String, String> WORDS = Map.of("FEWER", "Färre händelser", "MORE", "Fler händelser",
			"UNCLEAR", "Ingen säker skillnad", "RATE_RATIO", "Kvot mellan händelsetakterna",
			"DIFFERENCE_IN_DIFFERENCES", "Skillnad i skillnader");

	@Autowired
	InterventionWork work;

	@Autowired
	Evaluations evaluations;

	@Autowired
	AreaCatalog areas;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	@Test
	void headsThePageWithTheRateRatiosVerdictAndExplainsWhyTheDifferenceInDifferencesPointsTheOtherWay()
			throws Exception {
		// the control has twenty times the target's level: the target halves (−100), the control falls by a quarter
		// (−1000); in numbers the target did worse, in proportion it did better
		InterventionId id = storedEvaluation("Nivåskillnad", 200, 100, 4000, 3000, null, null, sixMonths());
		String page = page(id);
		assertThat(page).contains("Färre händelser: i målområdet blev händelserna 33 % färre")
			.doesNotContain("Fler händelser:")
			.contains("Skillnad i skillnader pekar åt andra hållet (fler händelser)")
			.contains("målområdet 33,63 och kontrollområdet 672,64 händelser per månad");
		assertThat(verdictOf(page)).isEqualTo(new Shown("FEWER", "RATE_RATIO"));
	}

	@Test
	void showsTheVerdictAndPrimaryMeasureTheEvaluationComputes() throws Exception {
		List<InterventionId> ids = List.of(
				storedEvaluation("Räknat exempel", 50, 30, 60, 55, 40L, 36L, sixMonths()),
				storedEvaluation("Nivåskillnad 2", 200, 100, 4000, 3000, null, null, sixMonths()),
				// no incident in the target after: no rate ratio, so the difference-in-differences decides
				storedEvaluation("Inga efter", 30, 0, 60, 55, null, null, sixMonths()));
		for (InterventionId id : ids) {
			StoredEvaluation stored = evaluations.ofIntervention(id).get(0);
			EffectEvaluation.Result computed = stored.result();
			assertThat(verdictOf(page(id))).as("%s", stored.counts())
				.isEqualTo(new Shown(computed.verdict().name(), computed.primary().name()));
		}
		assertThat(evaluations.ofIntervention(ids.get(2)).get(0).result().primary())
			.isEqualTo(EffectEvaluation.Measure.DIFFERENCE_IN_DIFFERENCES);
	}

	@Test
	void givesNoHeadlineNumberToATotalNetEffectWhoseIntervalIncludesZero() throws Exception {
		// the worked example: 16.5 incidents prevented, 95 % interval −15.18 to 67.93 (docs/EVALUATION.md)
		String page = page(storedEvaluation("Räknat exempel", 50, 30, 60, 55, 40L, 36L, sixMonths()));
		assertThat(page).contains("Ingen säker nettoeffekt")
			.contains("−15,2 till 67,9")
			.doesNotContain("16,5 händelser förhindrade")
			.doesNotContain("16,50 händelser förhindrade");
	}

	@Test
	void neverWritesANegativeZero() throws Exception {
		// before 101 days, after 100 days: DiD = 30.436875 · (99/100 − 100/101) = −0.0030 incidents per month
		InterventionId id = storedEvaluation("Nästan noll", 150, 149, 50, 50, null, null,
				List.of(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 4, 11), LocalDate.of(2018, 4, 12),
						LocalDate.of(2018, 7, 20)));
		assertThat(evaluations.ofIntervention(id).get(0).result().did()).isBetween(-0.005, 0.0);
		String page = page(id);
		assertThat(page).doesNotContain("−0,00").doesNotContain("-0,00").contains("<span class=\"did\">0,00</span>");
	}

	@Test
	void showsTheSameRatesInTheCountsTableAndTheChartsTable() throws Exception {
		String page = page(storedEvaluation("Räknat exempel", 50, 30, 60, 55, 40L, 36L, sixMonths()));
		// counts table: zone, area, before, after, rate before, rate after; chart table: period, then one per zone
		List<List<String>> zones = rows(section(page, "<table class=\"table\">", "</table>"));
		List<List<String>> chart = rows(section(page, "<details class=\"chart-data\">", "</details>"));
		assertThat(chart).hasSize(2);
		for (int zone = 0; zone < zones.size(); zone++) {
			assertThat(chart.get(0).get(zone + 1)).as("before, %s", zones.get(zone).get(0))
				.isEqualTo(zones.get(zone).get(4));
			assertThat(chart.get(1).get(zone + 1)).as("after, %s", zones.get(zone).get(0))
				.isEqualTo(zones.get(zone).get(5));
		}
		assertThat(zones.get(0).get(4)).isEqualTo("8,41");
	}

	@Test
	void downloadsAnEvaluationsCountsAndRatesExactlyAsItsPageShowsThem() throws Exception {
		InterventionId id = storedEvaluation("Exporterad utvärdering", 50, 30, 60, 55, 40L, 36L, sixMonths());
		org.jsoup.nodes.Element evaluation = org.jsoup.Jsoup.parse(page(id)).getElementById("evaluation-0");
		List<List<String>> shown = se.trygghet.chart.ExportedTables.page(evaluation.selectFirst("table.table"));
		// the header, the target, the control and the buffer ring
		assertThat(shown).hasSize(4);
		for (String format : List.of("xlsx", "csv")) {
			String link = evaluation.select(".table-exports a.export-" + format).attr("href");
			assertThat(link).startsWith("/interventions/" + id + "/evaluations/");
			byte[] file = mvc.perform(get(link).with(TestUsers.as(Role.VIEWER)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			assertThat(format.equals("csv") ? se.trygghet.chart.ExportedTables.csv(file)
					: se.trygghet.chart.ExportedTables.xlsx(file)).isEqualTo(shown);
			if (format.equals("csv")) {
				// what the page says beside the table follows it: the verdict in the page's words
				assertThat(new String(file, StandardCharsets.UTF_8))
					.contains(evaluation.selectFirst("p.verdict").text());
			}
			else {
				assertThat(se.trygghet.chart.ExportedTables.decimals(file, 1, 4)).isEqualTo(2);
			}
		}
	}

	@Test
	void saysThereIsNotEnoughHistoryToJudgeAPeakWhenTheRecordsBeginInTheBeforePeriod() throws Exception {
		String category = newCategory();
		AreaId target = district("backby");
		AreaId control = district("raby");
		// the records of this category begin in the before period: 30 before, 10 after, 20 and 20 in the control
		incidents(category, 30, target, LocalDate.of(2015, 2, 10));
		incidents(category, 10, target, LocalDate.of(2015, 9, 10));
		incidents(category, 20, control, LocalDate.of(2015, 2, 10));
		incidents(category, 20, control, LocalDate.of(2015, 9, 10));
		InterventionId id = evaluated("Ingen historik", target, control, category, LocalDate.of(2015, 1, 1));
		StoredEvaluation stored = evaluations.ofIntervention(id).get(0);
		assertThat(stored.result().warnings()).contains(EffectEvaluation.Warning.NOT_ENOUGH_HISTORY)
			.doesNotContain(EffectEvaluation.Warning.PEAK_CHOSEN);
		assertThat(page(id)).contains("Inte tillräckligt med historik för att bedöma om målområdet valdes vid en topp")
			.doesNotContain("kan ha valts vid en topp");
	}

	@Test
	void judgesAPeakAgainstTheHistoryThereIsWhenTheRecordsBeginWithinTheLongerRun() throws Exception {
		String category = newCategory();
		AreaId target = district("backby");
		AreaId control = district("raby");
		// records from 1 July 2013, 18 months before the before period: 9 incidents then 30 in the six months before
		incidents(category, 1, target, LocalDate.of(2013, 7, 1));
		for (int month = 0; month < 16; month += 2) {
			incidents(category, 1, target, LocalDate.of(2013, 9, 15).plusMonths(month));
		}
		incidents(category, 30, target, LocalDate.of(2015, 3, 10));
		incidents(category, 12, target, LocalDate.of(2015, 9, 10));
		incidents(category, 20, control, LocalDate.of(2015, 2, 10));
		incidents(category, 20, control, LocalDate.of(2015, 9, 10));
		InterventionId id = evaluated("Topp", target, control, category, LocalDate.of(2015, 1, 1));
		StoredEvaluation stored = evaluations.ofIntervention(id).get(0);
		assertThat(stored.longRunFrom()).isEqualTo(LocalDate.of(2013, 7, 1));
		assertThat(stored.longRunCount()).isEqualTo(9);
		assertThat(stored.result().warnings()).contains(EffectEvaluation.Warning.PEAK_CHOSEN)
			.doesNotContain(EffectEvaluation.Warning.NOT_ENOUGH_HISTORY);
		assertThat(page(id)).contains("kan ha valts vid en topp").contains("de 18 månaderna innan");
	}

	@Test
	void evaluatesTheDemoInterventionWithAVerdictFromItsPrimaryMeasureAndWithoutAPeakFromMissingHistory()
			throws Exception {
		UUID demo = jdbc.sql("""
				select e.intervention_id from effect_evaluation e join intervention i on i.id = e.intervention_id
				 where i.demo
				""")
			.query(UUID.class)
			.single();
		StoredEvaluation stored = evaluations.ofIntervention(new InterventionId(demo)).get(0);
		String page = page(new InterventionId(demo));
		// the demo incidents cover the last year only: the before period has no year of history behind it
		assertThat(stored.result().warnings()).doesNotContain(EffectEvaluation.Warning.PEAK_CHOSEN);
		assertThat(page).contains("Inte tillräckligt med historik").doesNotContain("kan ha valts vid en topp");
		assertThat(verdictOf(page)).isEqualTo(new Shown(stored.result().verdict().name(),
				EffectEvaluation.Measure.RATE_RATIO.name()));
	}

	/** A verdict and the primary measure it follows. */
	record Shown(String verdict, String primary) {
	}

	/**
	 * The first evaluation's verdict and primary measure as the page shows them, after checking that its words say
	 * the same: the verdict's sentence begins with that verdict, and the first measure listed is that one, marked
	 * primary.
	 */
	private static Shown verdictOf(String page) {
		Matcher m = VERDICT.matcher(page);
		assertThat(m.find()).as("a verdict on the page").isTrue();
		Shown shown = new Shown(m.group(1), m.group(2));
		assertThat(HtmlUtils.htmlUnescape(m.group(3))).startsWith(WORDS.get(shown.verdict()));
		Matcher first = FIRST_MEASURE.matcher(page);
		assertThat(first.find()).as("the measures on the page").isTrue();
		assertThat(HtmlUtils.htmlUnescape(first.group(1))).startsWith(WORDS.get(shown.primary()))
			.endsWith("– huvudmått");
		return shown;
	}

	private static List<LocalDate> sixMonths() {
		return List.of(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 6, 30), LocalDate.of(2018, 7, 1),
				LocalDate.of(2018, 12, 31));
	}

	private String page(InterventionId id) throws Exception {
		return mvc.perform(get("/interventions/" + id).with(TestUsers.as(Role.VIEWER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String section(String page, String start, String end) {
		int from = page.indexOf(start, page.indexOf("id=\"evaluation-0\""));
		return page.substring(from, page.indexOf(end, from));
	}

	/** The body rows of a table, each cell's text unescaped. */
	private static List<List<String>> rows(String table) {
		List<List<String>> rows = new ArrayList<>();
		String body = table.substring(table.indexOf("<tbody>"));
		for (String row : body.split("<tr>")) {
			List<String> cells = new ArrayList<>();
			Matcher cell = Pattern.compile("<t[hd][^>]*>([^<]*)</t[hd]>").matcher(row);
			while (cell.find()) {
				cells.add(HtmlUtils.htmlUnescape(cell.group(1)).strip());
			}
			if (!cells.isEmpty()) {
				rows.add(cells);
			}
		}
		return rows;
	}

	/** An intervention with one stored evaluation of these counts over these four days (before and after). */
	private InterventionId storedEvaluation(String title, long tb, long ta, long cb, long ca, Long bb, Long ba,
			List<LocalDate> days) {
		InterventionId id = intervention(title);
		StoredEvaluation e = new StoredEvaluation(UUID.randomUUID(), id,
				new StoredEvaluation.Request(district("backby"), district("raby"), bb == null ? null : 200,
						List.of("klotter"), days.get(0), days.get(1), days.get(2), days.get(3)),
				tb, ta, cb, ca, bb, ba, 0, days.get(0), EffectEvaluation.METHOD_VERSION, "test", Instant.now());
		evaluations.insert(e, e.result());
		return id;
	}

	private InterventionId intervention(String title) {
		TestUsers.signIn(Role.ANALYST);
		ProblemId problem = work.recordProblem(new Problem(new ProblemId(UUID.randomUUID()), title, null,
				district("backby"), List.of("klotter"), LocalDate.of(2018, 1, 1), LocalDate.of(2018, 6, 30),
				Priority.HOG, ProblemStatus.IDENTIFIERAT, Visibility.INTERNAL, List.of(), false, 0));
		InterventionId id = work.planIntervention(new Intervention(new InterventionId(UUID.randomUUID()), problem,
				title, InterventionKind.SITUATIONAL, List.of(someCommittee()), List.of(), district("backby"),
				LocalDate.of(2018, 7, 1), null, null, "Färre händelser", List.of(), List.of("klotter"),
				EvidenceLevel.LOVANDE, null, InterventionStatus.PLANERAD, Visibility.INTERNAL, false, 0));
		TestUsers.signOut();
		return id;
	}

	/** Evaluated through the service, counting the category's incidents: six months before from the day, six after. */
	private InterventionId evaluated(String title, AreaId target, AreaId control, String category, LocalDate from) {
		InterventionId id = intervention(title);
		TestUsers.signIn(Role.ANALYST);
		work.evaluate(id, new StoredEvaluation.Request(target, control, null, List.of(category), from,
				from.plusMonths(6).minusDays(1), from.plusMonths(6), from.plusMonths(12).minusDays(1)));
		TestUsers.signOut();
		return id;
	}

	/** A category of its own, so that no other test's incidents fall in its history. */
	private String newCategory() {
		String code = "test-" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.sql("""
				insert into incident_category (code, name_sv, name_en, position, active) values (:c, :c, :c, 99, false)
				""")
			.param("c", code)
			.update();
		return code;
	}

	private void incidents(String category, int count, AreaId area, LocalDate day) {
		Point inside = areas.boundary(area).orElseThrow().getInteriorPoint();
		for (int i = 0; i < count; i++) {
			jdbc.sql("""
					insert into incident (id, municipality, category, occurred_at, latitude, longitude, east, north,
					                      area_id, organisation, severity, source, external_id, reported_by, reported_at)
					values (:id, '1980', :category, :at, 59.6, 16.5, :e, :n, :area, 'Test', 1, 'FILE', :ext, 'test', now())
					""")
				.param("id", UUID.randomUUID())
				.param("category", category)
				.param("at", Timestamp.from(day.atTime(12, 0).atZone(ZoneId.of("Europe/Stockholm")).toInstant()))
				.param("e", inside.getX())
				.param("n", inside.getY())
				.param("area", area.value())
				.param("ext", "evaluation-test-" + UUID.randomUUID())
				.update();
		}
	}

	private AreaId district(String code) {
		return areas.area("1980", AreaLevel.STADSDEL, code).orElseThrow().id();
	}

	private CommitteeId someCommittee() {
		return new CommitteeId(jdbc.sql("select id from committee where short_name = 'KS'").query(UUID.class).single());
	}

}
