package se.trygghet.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;
import se.trygghet.area.AreaLevel;
import se.trygghet.cost.CostFixtures;
import se.trygghet.cost.CostFormat;
import se.trygghet.cost.CostKind;
import se.trygghet.cost.CostRange;
import se.trygghet.cost.CrimeCosts;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.plan.CommitteeId;

/**
 * The value of the incidents an evaluation prevented, on the evaluation's page: its total net effect's interval times
 * the unit costs of its category, beside the intervention's own cost; and no saving where the interval includes zero.
 */
@PlatformIntegrationTest
class EvaluationCostTests {

	private static final Locale SV = Locale.forLanguageTag("sv");

	@Autowired
	InterventionWork work;

	@Autowired
	Evaluations evaluations;

	@Autowired
	AreaCatalog areas;

	@Autowired
	CrimeCosts costs;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	@Test
	void valuesThePreventedIncidentsAsTheNetEffectsIntervalTimesTheUnitCostsBesideTheInterventionsCost()
			throws Exception {
		// in the price year itself, so that no index is needed
		int year = costs.estimates().priceYear();
		unit("ordningsstorning", CostKind.CONSEQUENCE, "10000", "30000", year);
		unit("ordningsstorning", CostKind.RESPONSE, "2000", "5000", year);
		unit("ordningsstorning", CostKind.ANTICIPATION, "0", "1000", year);
		// target and buffer 300 → 200 against a steady control: about 30 to 190 incidents prevented
		InterventionId id = storedEvaluation("Värdet av förhindrade ordningsstörningar", 200, 100, 200, 200, 100L, 100L);
		EffectEvaluation.Result r = evaluations.ofIntervention(id).get(0).result();
		assertThat(r.totalNetEffectLow()).isPositive();
		BigDecimal low = BigDecimal.valueOf(r.totalNetEffectLow());
		BigDecimal high = BigDecimal.valueOf(r.totalNetEffectHigh());
		CostRange consequence = new CostRange(low.multiply(BigDecimal.valueOf(10000)),
				high.multiply(BigDecimal.valueOf(30000))).rounded();
		CostRange total = new CostRange(low.multiply(BigDecimal.valueOf(12000)),
				high.multiply(BigDecimal.valueOf(36000))).rounded();

		String page = page(id);
		assertThat(shown(page, "<dd data-kind=\"CONSEQUENCE\">")).isEqualTo(CostFormat.range(consequence, SV));
		assertThat(shown(page, "<dd class=\"cost-prevented-total\">")).isEqualTo(CostFormat.range(total, SV));
		assertThat(HtmlUtils.htmlUnescape(page)).contains("Insatsens registrerade kostnad: 250\u00a0000 kr")
			.contains("Att beräkna exakta kostnader för olika typer av brott är i princip omöjligt");
	}

	@Test
	void showsNoSavingWhenTheNetEffectsIntervalIncludesZero() throws Exception {
		// the worked example of docs/EVALUATION.md: 16.5 prevented, 95 % interval −15.18 to 67.93
		InterventionId id = storedEvaluation("Ingen säker besparing", 50, 30, 60, 55, 40L, 36L);
		String page = HtmlUtils.htmlUnescape(page(id));
		assertThat(page).contains("Ingen besparing kan visas: nettoeffektens 95 %-intervall omfattar noll eller en ökning.")
			.doesNotContain("cost-prevented-total");
	}

	private void unit(String category, CostKind kind, String low, String high, int year) throws Exception {
		CostFixtures.saveUnit(mvc, jdbc, category, kind, low, high, year, "Egen skattning för testet")
			.andExpect(status().is3xxRedirection());
	}

	private static String shown(String page, String start) {
		Matcher m = Pattern.compile(Pattern.quote(start) + "([^<]*)<").matcher(page);
		assertThat(m.find()).as(start).isTrue();
		return HtmlUtils.htmlUnescape(m.group(1));
	}

	private String page(InterventionId id) throws Exception {
		return mvc.perform(get("/interventions/" + id).with(TestUsers.as(Role.VIEWER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** An intervention costing 250 000 kr with one stored evaluation of these counts, in ordningsstorning. */
	private InterventionId storedEvaluation(String title, long tb, long ta, long cb, long ca, Long bb, Long ba) {
		TestUsers.signIn(Role.ANALYST);
		ProblemId problem = work.recordProblem(new Problem(new ProblemId(UUID.randomUUID()), title, null,
				district("backby"), List.of("ordningsstorning"), LocalDate.of(2018, 1, 1), LocalDate.of(2018, 6, 30),
				Priority.HOG, ProblemStatus.IDENTIFIERAT, Visibility.INTERNAL, List.of(), false, 0));
		InterventionId id = work.planIntervention(new Intervention(new InterventionId(UUID.randomUUID()), problem,
				title, InterventionKind.SITUATIONAL, List.of(someCommittee()), List.of(), district("backby"),
				LocalDate.of(2018, 7, 1), null, null, "Färre ordningsstörningar", List.of(), List.of("ordningsstorning"),
				EvidenceLevel.LOVANDE, new BigDecimal("250000"), InterventionStatus.PLANERAD, Visibility.INTERNAL,
				false, 0));
		TestUsers.signOut();
		List<LocalDate> days = List.of(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 6, 30), LocalDate.of(2018, 7, 1),
				LocalDate.of(2018, 12, 31));
		StoredEvaluation e = new StoredEvaluation(UUID.randomUUID(), id,
				new StoredEvaluation.Request(district("backby"), district("raby"), 200, List.of("ordningsstorning"),
						days.get(0), days.get(1), days.get(2), days.get(3)),
				tb, ta, cb, ca, bb, ba, 0, days.get(0), EffectEvaluation.METHOD_VERSION, "test", Instant.now());
		evaluations.insert(e, e.result());
		return id;
	}

	private AreaId district(String code) {
		return areas.area("1980", AreaLevel.STADSDEL, code).orElseThrow().id();
	}

	private CommitteeId someCommittee() {
		return new CommitteeId(jdbc.sql("select id from committee where short_name = 'KS'").query(UUID.class).single());
	}

}
