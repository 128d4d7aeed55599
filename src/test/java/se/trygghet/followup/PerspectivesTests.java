package se.trygghet.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.indicator.Audience;
import se.trygghet.indicator.Breakdown;
import se.trygghet.indicator.IndicatorCatalog;
import se.trygghet.indicator.IndicatorCharts;
import se.trygghet.indicator.Period;
import se.trygghet.plan.ActionPlanId;

/**
 * The perspectives the plan asks the follow-up to report on (child rights, gender equality, other groupings): kept
 * with a report through its review, shown to the lead beside its form, and counted alike on the round's page, in the
 * annual report's PDF and Word file, the API and the export. Each test uses a period of its own.
 */
@PlatformIntegrationTest
class PerspectivesTests {

	static final Perspectives SAID = new Perspectives("Elever i årskurs 8 intervjuades om vägen till skolan.",
			Perspectives.ChildrenConsulted.JA, "Flickor och pojkar svarade var för sig.",
			"Vandringen gjordes med rullstol.", Set.of(Perspectives.Grouping.FUNKTIONSNEDSATTNING));

	static final Locale SWEDISH = Locale.forLanguageTag("sv");

	static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

	@Autowired
	FollowUp followUp;

	@Autowired
	Reports reports;

	@Autowired
	AnnualReports annualReports;

	@Autowired
	AnnualReportCompiler compiler;

	@Autowired
	IndicatorCatalog indicators;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	@Test
	void keepsAReportsPerspectivesThroughSubmissionReturnAndApproval() throws Exception {
		RoundId round = openRound("2081");
		Report report = leadReport(round, "2.3");
		UUID committee = report.committee().value();
		// through the form, as the reporter sends it
		mvc.perform(post("/reports/{id}", report.id()).param("status", "PAGAENDE")
			.param("done", "Belysningen vid gångtunneln är utbytt.")
			.param("assessment", "BIDRAR")
			.param("childRights", SAID.childRights())
			.param("childrenConsulted", "JA")
			.param("genderEquality", SAID.genderEquality())
			.param("otherGroupings", SAID.otherGroupings())
			.param("groupings", "FUNKTIONSNEDSATTNING")
			.param("version", String.valueOf(report.version()))
			.param("action", "submit")
			.with(TestUsers.as(Role.COMMITTEE_REPORTER, committee))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(reload(report).state()).isEqualTo(ReportState.SUBMITTED);
		assertThat(reload(report).content().perspectives()).isEqualTo(SAID);

		TestUsers.signIn(Role.COORDINATOR);
		followUp.returnReport(report.id(), reload(report).version(), "Skriv mer om effekterna.");
		assertThat(reload(report).content().perspectives()).isEqualTo(SAID);
		TestUsers.signIn(Role.COMMITTEE_REPORTER, committee);
		followUp.submit(report.id(), reload(report).version());
		TestUsers.signIn(Role.COORDINATOR);
		followUp.approve(report.id(), reload(report).version());
		Report approved = reload(report);
		assertThat(approved.state()).isEqualTo(ReportState.APPROVED);
		assertThat(approved.content().perspectives()).isEqualTo(SAID);
		// and every saved version holds them, so a change of them shows when versions are compared
		assertThat(reports.versions(report.id()).get(0).content()).contains("\"childrenConsulted\": \"JA\"",
				"FUNKTIONSNEDSATTNING");
		// the comparison of versions names the choices as the form does, not by their constants
		int first = reports.versions(report.id()).stream().mapToInt(Reports.Version::version).min().orElseThrow();
		String comparison = mvc.perform(get("/reports/{id}/versions/{n}", report.id(), first)
				.with(TestUsers.as(Role.COORDINATOR)))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(comparison).contains("Pågående", "Bidrar till målen", "Funktionsnedsättning")
			.doesNotContain("PAGAENDE", "FUNKTIONSNEDSATTNING", ">JA<");
	}

	@Test
	void refusesToSubmitGroupingsTickedWithoutAText() throws Exception {
		RoundId round = openRound("2082");
		Report report = leadReport(round, "2.3");
		String page = mvc.perform(post("/reports/{id}", report.id()).param("status", "PAGAENDE")
			.param("done", "Klart.")
			.param("assessment", "BIDRAR")
			.param("groupings", "ALDER")
			.param("version", String.valueOf(report.version()))
			.param("action", "submit")
			.with(TestUsers.as(Role.COMMITTEE_REPORTER, report.committee().value()))
			.with(csrf())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Skriv hur de markerade indelningsgrunderna har beaktats.", "href=\"#otherGroupings\"");
		assertThat(reload(report).state()).isEqualTo(ReportState.DRAFT);
		// the draft keeps the tick
		assertThat(reload(report).content().perspectives().groupings()).containsExactly(Perspectives.Grouping.ALDER);
	}

	@Test
	void showsTheLeadWhatItsContributionsSayAboutThePerspectivesBesideItsForm() throws Exception {
		RoundId round = openRound("2083");
		Report lead = reports.ofRound(round)
			.stream()
			.filter(r -> r.kind() == Report.Kind.ACTIVITY_REPORT && !reports.contributionsTo(r).isEmpty())
			.findFirst()
			.orElseThrow();
		Report contribution = reports.contributionsTo(lead).get(0);
		TestUsers.signIn(Role.COMMITTEE_REPORTER, contribution.committee().value());
		followUp.saveDraft(contribution.id(), contribution.version(), ReportTests.COMPLETE.withPerspectives(
				new Perspectives(null, Perspectives.ChildrenConsulted.NEJ, "Lika många kvinnor som män deltog.", null,
						Set.of())));
		TestUsers.signOut();
		String page = mvc.perform(get("/reports/{id}", lead.id())
			.with(TestUsers.as(Role.COMMITTEE_REPORTER, lead.committee().value())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// inside the lead's form's perspectives: the contribution's text and its answer
		String perspectives = page.substring(page.indexOf("id=\"perspectives\""), page.indexOf("id=\"autosave-status\""));
		assertThat(perspectives).contains("Lika många kvinnor som män deltog.", "<dd>Nej</dd>");
	}

	@Test
	void countsThePerspectivesAlikeOnTheRoundsPageInThePdfAndWordFileTheApiAndTheExport() throws Exception {
		RoundId round = openRound("2084");
		write(leadReport(round, "1.1"), SAID);
		// gender equality only, and nothing said on whether children were consulted
		write(leadReport(round, "2.3"), new Perspectives(null, null, "Kvinnor och män tillfrågades.", null, Set.of()));
		write(leadReport(round, "3.1"), new Perspectives(null, Perspectives.ChildrenConsulted.NEJ, null,
				"Seniorer deltog.", Set.of(Perspectives.Grouping.ALDER)));

		TestUsers.signIn(Role.COORDINATOR);
		String api = mvc.perform(get("/api/v1/rounds/{id}/reports", round).with(TestUsers.as(Role.COORDINATOR)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<tools.jackson.databind.JsonNode> leads = new java.util.ArrayList<>();
		JSON.readTree(api).forEach(item -> {
			if (item.get("kind").asString().equals("ACTIVITY_REPORT")) {
				leads.add(item.get("perspectives"));
			}
		});
		int activities = leads.size();
		int childRights = count(leads, p -> !p.path("childRights").isNull());
		int gender = count(leads, p -> !p.path("genderEquality").isNull());
		int age = count(leads, p -> p.path("groupings").toString().contains("\"ALDER\""));
		int consulted = count(leads, p -> p.path("childrenConsulted").asString("").equals("JA"));
		int notStated = count(leads, p -> p.path("childrenConsulted").isNull());
		assertThat(List.of(activities, childRights, gender, age, consulted, notStated))
			.containsExactly(37, 1, 2, 1, 1, 35);

		String rows = "Barnrättsperspektiv " + childRights + " " + activities + " Jämställdhetsperspektiv " + gender + " "
				+ activities + " Funktionsnedsättning 1 " + activities + " Ålder " + age + " " + activities;
		String sentence = "Barn har fått komma till tals i " + consulted + " av " + activities + " rapporter. "
				+ notStated + " rapporter anger inte om barn har fått komma till tals.";

		String roundPage = text(mvc.perform(get("/rounds/{id}", round).with(TestUsers.as(Role.COORDINATOR)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(roundPage).contains(rows, sentence);

		String csv = new String(mvc.perform(get("/rounds/{id}/export", round).param("format", "csv")
			.with(TestUsers.as(Role.COORDINATOR))).andReturn().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(csv).contains("Barnrättsperspektiv", "Jämställdhetsperspektiv", SAID.childRights(),
				"Kvinnor och män tillfrågades.", "Funktionsnedsättning");

		TestUsers.signIn(Role.COORDINATOR);
		followUp.closeRound(round);
		UUID snapshot = annualReports.generate(round, AnnualReport.Audience.TRYGGHETSRADET, null, null, SWEDISH);
		try (PDDocument pdf = Loader.loadPDF(annualReports.file(snapshot, "pdf").orElseThrow().bytes())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains(rows, sentence, SAID.childRights(), "Vandringen gjordes med rullstol.");
		}
		try (XWPFDocument docx = new XWPFDocument(
				new ByteArrayInputStream(annualReports.file(snapshot, "docx").orElseThrow().bytes()));
				XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
			String text = extractor.getText().replaceAll("\\s+", " ");
			assertThat(text).contains(rows, sentence, SAID.childRights(), "Vandringen gjordes med rullstol.");
		}
	}

	@Test
	void showsBesideThePerspectivesOnlyTheIndicatorsValuesByGenderOfTheRoundsPeriod() {
		TestUsers.signIn(Role.COORDINATOR);
		// the demo's published round is of 2022; its series run to 2023
		RoundId demo2022 = new RoundId(jdbc.sql("select id from reporting_round where period = '2022' and demo")
			.query(UUID.class)
			.single());
		AnnualReport.PerspectiveChapter chapter = compiler
			.compile(demo2022, AnnualReport.Audience.TRYGGHETSRADET, null, null)
			.perspectives();
		assertThat(chapter.period()).isEqualTo("2022");
		assertThat(chapter.gender()).isNotEmpty();
		IndicatorCatalog.IndicatorSummary adults = indicators.indicators(vasteras(), Audience.PUBLIC)
			.stream()
			.filter(i -> i.name().equals("Tillit bland vuxna"))
			.findFirst()
			.orElseThrow();
		String of2022 = valueOf(adults, Period.year(2022));
		String of2023 = valueOf(adults, Period.year(2023));
		assertThat(of2022).isNotEqualTo(of2023);
		assertThat(chapter.gender()).filteredOn(r -> r.indicator().startsWith("Tillit bland vuxna") && r.group()
			.equals("Kvinnor")).singleElement().satisfies(r -> assertThat(r.value()).startsWith(of2022));
		// the demo holds no values by age: the chapter says so rather than list rows of nothing
		assertThat(chapter.age()).isEmpty();
		assertThat(chapter.gender()).noneSatisfy(r -> assertThat(r.value()).isEqualTo("0"));
	}

	private String valueOf(IndicatorCatalog.IndicatorSummary indicator, Period period) {
		return indicators.series(indicator.id(), IndicatorCatalog.SeriesQuery.all()
			.inAreas(Set.of(indicator.latest().area()))
			.withBreakdowns(Set.of(Breakdown.of("kon", "kvinnor")))
			.between(period, period), Audience.PUBLIC)
			.points()
			.stream()
			.filter(p -> p.period().equals(period))
			.map(p -> IndicatorCharts.format(p.value(), indicator, Locale.forLanguageTag("sv-SE")))
			.findFirst()
			.orElseThrow();
	}

	private void write(Report report, Perspectives perspectives) {
		TestUsers.signIn(Role.COMMITTEE_REPORTER, report.committee().value());
		followUp.saveDraft(report.id(), report.version(), ReportTests.COMPLETE.withPerspectives(perspectives));
		followUp.submit(report.id(), report.version() + 1);
		TestUsers.signOut();
	}

	private static int count(List<tools.jackson.databind.JsonNode> perspectives,
			java.util.function.Predicate<tools.jackson.databind.JsonNode> which) {
		return (int) perspectives.stream().filter(which).count();
	}

	/** The page's text as a reader sees it: tags gone, white space as one space. */
	private static String text(String html) {
		return html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
	}

	private Report reload(Report report) {
		return reports.byId(report.id()).orElseThrow();
	}

	private ActionPlanId vasteras() {
		return new ActionPlanId(jdbc.sql("select id from action_plan where plan_key = 'vasteras-2021-2023'")
			.query(UUID.class)
			.single());
	}

	private RoundId openRound(String period) {
		TestUsers.signIn(Role.COORDINATOR);
		RoundId round = followUp.planRound(vasteras(), period, "Uppföljning " + period, LocalDate.of(2020, 1, 1),
				LocalDate.of(2099, 12, 31));
		followUp.openRound(round);
		TestUsers.signOut();
		return round;
	}

	private Report leadReport(RoundId round, String activity) {
		return reports.ofRound(round)
			.stream()
			.filter(r -> r.activityNumber().toString().equals(activity) && r.kind() == Report.Kind.ACTIVITY_REPORT)
			.findFirst()
			.orElseThrow();
	}

}
