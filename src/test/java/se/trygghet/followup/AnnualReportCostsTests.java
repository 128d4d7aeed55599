package se.trygghet.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.springframework.web.util.HtmlUtils;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.area.AreaCatalog;
import se.trygghet.cost.CostFixtures;
import se.trygghet.cost.CostFormat;
import se.trygghet.cost.CostKind;
import se.trygghet.cost.CostRange;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.plan.ActionPlanId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The annual report's chapter on what crime costs says what the costs page and its API say for the round's year: the
 * same ranges per category and kind of cost, the same total, the same missing unit costs, in the PDF and in Word.
 */
@PlatformIntegrationTest
class AnnualReportCostsTests {

	private static final Locale SV = Locale.forLanguageTag("sv");

	private static final int YEAR = 2003;

	@Autowired
	FollowUp followUp;

	@Autowired
	AnnualReports annualReports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	AreaCatalog areas;

	@Autowired
	Clock clock;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	@Test
	void showsTheSameCostsInThePdfAndTheWordFileAsOnThePageAndInTheApi() throws Exception {
		int thisYear = LocalDate.now(clock).getYear();
		CostFixtures.index(mvc, thisYear, "400");
		unit("narkotika", CostKind.CONSEQUENCE, "12 500", "40 000", thisYear);
		unit("narkotika", CostKind.RESPONSE, "3000", "9000", thisYear);
		incidents("narkotika", 7);
		incidents("hot-vald", 2);

		TestUsers.signIn(Role.COORDINATOR);
		ActionPlanId plan = new ActionPlanId(jdbc.sql("select id from action_plan where plan_key = 'vasteras-2021-2023'")
			.query(UUID.class)
			.single());
		RoundId round = followUp.planRound(plan, String.valueOf(YEAR), "Uppföljning " + YEAR + " (kostnader)",
				LocalDate.of(2020, 1, 1), LocalDate.of(2099, 1, 1));
		followUp.openRound(round);
		followUp.closeRound(round);
		UUID snapshot = annualReports.generate(round, AnnualReport.Audience.TRYGGHETSRADET, null, null, SV);
		String pdf;
		try (PDDocument doc = Loader.loadPDF(annualReports.file(snapshot, "pdf").orElseThrow().bytes())) {
			pdf = squeeze(new PDFTextStripper().getText(doc));
		}
		String word;
		try (XWPFDocument doc = new XWPFDocument(
				new ByteArrayInputStream(annualReports.file(snapshot, "docx").orElseThrow().bytes()));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			word = squeeze(extractor.getText());
		}
		TestUsers.signOut();

		String page = mvc.perform(get("/costs").param("year", String.valueOf(YEAR)).with(TestUsers.as(Role.VIEWER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		JsonNode api = JsonMapper.builder().build().readTree(mvc
			.perform(get("/api/v1/costs/" + YEAR).with(TestUsers.as(Role.VIEWER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));

		// 7 × (12 500 … 40 000 + 3 000 … 9 000) kr = 108 500 … 343 000, rounded outwards; anticipation missing
		String narkotika = "108 000–343 000 kr (endast kända kostnader)";
		assertThat(categoryTotal(page, "narkotika")).isEqualTo(narkotika);
		for (JsonNode category : api.path("categories")) {
			StringBuilder row = new StringBuilder(category.path("name").asString())
				.append(category.path("count").asLong());
			for (CostKind kind : CostKind.values()) {
				row.append(text(category.path("byKind").path(kind.name())));
			}
			row.append(text(category.path("total")));
			assertThat(pdf).as("PDF row of %s", category.path("code")).contains(squeeze(row.toString()));
			assertThat(word).as("Word row of %s", category.path("code")).contains(squeeze(row.toString()));
			assertThat(categoryTotal(page, category.path("code").asString()))
				.isEqualTo(text(category.path("total")));
		}
		String total = text(api.path("total"));
		assertThat(grandTotal(page)).isEqualTo(total);
		assertThat(pdf).contains(squeeze("Totalt: " + total));
		assertThat(word).contains(squeeze("Totalt: " + total));
		assertThat(pdf).contains(squeeze("Misstänkt narkotikahantering – förväntad brottslighet"))
			.contains(squeeze("Hot/våld – brottets följder"))
			.contains(squeeze("Att beräkna exakta kostnader för olika typer av brott är i princip omöjligt"));
		assertThat(word).contains(squeeze("Misstänkt narkotikahantering – förväntad brottslighet"));
	}

	/** Text without any whitespace: a PDF breaks table cells into lines wherever it likes. */
	private static String squeeze(String text) {
		return text.replaceAll("[\\s\\u00a0]+", "");
	}

	private static String text(JsonNode range) {
		if (range.path("low").isNull()) {
			return "saknas";
		}
		String text = CostFormat.range(new CostRange(new BigDecimal(range.path("low").asString()),
				new BigDecimal(range.path("high").asString())), SV);
		return (range.path("complete").asBoolean() ? text : text + " (endast kända kostnader)").replace('\u00a0',
				' ');
	}

	private static String categoryTotal(String page, String category) {
		int row = page.indexOf("data-category=\"" + category + "\"", page.indexOf("cost-categories"));
		Matcher m = Pattern.compile("<td class=\"cost-total\">([^<]*)</td>").matcher(page);
		assertThat(m.find(row)).isTrue();
		return HtmlUtils.htmlUnescape(m.group(1)).replace('\u00a0', ' ');
	}

	private static String grandTotal(String page) {
		Matcher m = Pattern.compile("<td class=\"cost-grand-total\">([^<]*)</td>").matcher(page);
		assertThat(m.find()).isTrue();
		return HtmlUtils.htmlUnescape(m.group(1)).replace('\u00a0', ' ');
	}

	private void unit(String category, CostKind kind, String low, String high, int year) throws Exception {
		CostFixtures.saveUnit(mvc, jdbc, category, kind, low, high, year, "Egen skattning för testet")
			.andExpect(status().is3xxRedirection());
	}

	private void incidents(String category, int count) {
		CostFixtures.incidents(jdbc, areas, category, count, "raby", LocalDate.of(YEAR, 3, 1));
	}

}
