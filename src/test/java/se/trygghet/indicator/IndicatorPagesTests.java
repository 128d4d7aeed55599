package se.trygghet.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;

/**
 * The indicator pages, the API and its exports against the demo series. One small value is followed through every
 * channel: a survey share of the smallest demo area, from 8 respondents, which the public may not see.
 */
@PlatformIntegrationTest
class IndicatorPagesTests {

	static final String FEW_RESPONDENTS = "färre än 10 har svarat";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Measurements measurements;

	/** indicator id, area id and period of a demo value from fewer respondents than the public minimum. */
	Map<String, Object> small() {
		return jdbc.sql("""
				select m.indicator_id::text as indicator, m.area_id::text as area, m.period
				  from measurement m join indicator_setup s on s.indicator_id = m.indicator_id
				 where s.suppression = 'SURVEY' and m.respondents < 10 and m.demo and m.breakdown = ''
				   and m.source = 'demo'
				 order by m.period desc limit 1
				""").query().singleRow();
	}

	@Test
	void showsAViewerEachIndicatorOfAFocusAreaWithItsVerdictInWordsAndTheDemoBadge() throws Exception {
		String html = mvc.perform(get("/indicators?focusArea=2").with(TestUsers.as(Role.VIEWER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Demodata", "Senaste värde", "<svg", "role='img'")
			.containsAnyOf("Förbättras", "Försämras", "Oförändrad", "Kan inte bedömas")
			.contains("Du ser värdena som de är lagrade");
	}

	@Test
	void speaksEnglishWhenAskedWithEnglishNumbers() throws Exception {
		String id = (String) small().get("indicator");
		String html = mvc.perform(get("/indicators/" + id + "?lang=en&breakdown=kon").with(TestUsers.as(Role.VIEWER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Latest value", "Verdict", "Break down by", "Comparison of areas", "Demo data")
			.doesNotContain("Senaste värde")
			.containsPattern("[0-9]\\.[0-9]%");
	}

	@Test
	void showsTheIndicatorPageWithEveryBreakdownAndItsTable() throws Exception {
		String id = (String) small().get("indicator");
		for (String breakdown : new String[] { "total", "kon", "area" }) {
			String html = mvc.perform(get("/indicators/" + id + "?breakdown=" + breakdown).with(TestUsers.as(Role.ANALYST)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(html).contains("id=\"indicator-data\"", "Importhistorik", "Dela upp efter");
		}
		mvc.perform(get("/indicators/" + id + "?breakdown=kon").with(TestUsers.as(Role.ANALYST))
			.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.startsWith("<div")))
			.andExpect(content().string(Matchers.anyOf(Matchers.containsString("Kvinnor"), Matchers.containsString("Flickor"))));
	}

	@Test
	void showsANewlyImportedValueOnTheNextRequestThoughThePagesAreCached() throws Exception {
		Map<String, Object> small = small();
		String id = (String) small.get("indicator");
		java.util.UUID kommun = jdbc.sql("select id from area where level = 'KOMMUN' and code = '1980'")
			.query(java.util.UUID.class)
			.single();
		String page = "/indicators/" + id;
		mvc.perform(get(page).with(TestUsers.as(Role.ANALYST))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/indicators")).andExpect(status().isOk());
		TestUsers.signIn(Role.COORDINATOR);
		try {
			assertThat(measurements.upsert(List.of(new NewMeasurement(new se.trygghet.plan.IndicatorId(
					java.util.UUID.fromString(id)), "2099", new se.trygghet.area.AreaId(kommun), "", "Prov",
					new java.math.BigDecimal("42.5"), MeasurementStatus.NORMAL, null, null, null, "1", null, false)))
				.written()).isTrue();
			mvc.perform(get(page).with(TestUsers.as(Role.ANALYST)))
				.andExpect(content().string(Matchers.containsString("42,5\u00a0% (2099)")));
			mvc.perform(get("/api/v1/indicators"))
				.andExpect(jsonPath("$[?(@.id == '" + id + "')].latest.period").value("2099"));
		}
		finally {
			jdbc.sql("delete from measurement where source = 'Prov'").update();
			jdbc.sql("update indicator_revision set revision = revision + 1").update();
			TestUsers.signOut();
		}
	}

	@Test
	void listsTheImportsThatReadTheIndicatorsValuesInItsHistory() throws Exception {
		var coordinator = TestUsers.as(Role.COORDINATOR);
		byte[] csv = "Indikator;År;Kön;Värde\nTillit bland barn;1984;flickor;58,5\n".getBytes(StandardCharsets.UTF_8);
		String mapping = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart("/indicators/import")
			.file(new org.springframework.mock.web.MockMultipartFile("file", "historik.csv", "text/csv", csv))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(coordinator)).andReturn().getResponse().getRedirectedUrl();
		try {
			mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(mapping)
				.param("indicator", "0")
				.param("period", "1")
				.param("gender", "2")
				.param("value", "3")
				.param("area", "")
				.param("source", "Historiktest")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.with(coordinator)).andExpect(status().is3xxRedirection());
			String id = jdbc.sql("select distinct indicator_id::text from measurement where source = 'Historiktest'")
				.query(String.class)
				.single();
			mvc.perform(get("/indicators/" + id).with(TestUsers.as(Role.VIEWER)))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("id=\"indicator-imports\"")))
				.andExpect(content().string(Matchers.containsString("historik.csv")));
		}
		finally {
			jdbc.sql("delete from measurement where source = 'Historiktest'").update();
			jdbc.sql("update indicator_revision set revision = revision + 1").update();
		}
	}

	@Test
	void withholdsASmallValueOnThePageForThoseWhoSeeWhatThePublicSees() throws Exception {
		String id = (String) small().get("indicator");
		String reporter = mvc.perform(get("/indicators/" + id + "?breakdown=area").with(TestUsers.as(Role.COMMITTEE_REPORTER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(reporter).contains(".. " + "Värdet visas inte eftersom " + FEW_RESPONDENTS, "allmänheten ser dem");
		String analyst = mvc.perform(get("/indicators/" + id + "?breakdown=area").with(TestUsers.as(Role.ANALYST)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(analyst).doesNotContain(FEW_RESPONDENTS);
	}

	@Test
	void withholdsTheSameSmallValueInTheApiJson() throws Exception {
		Map<String, Object> small = small();
		mvc.perform(get("/api/v1/indicators/" + small.get("indicator") + "/measurements?area=" + small.get("area")
				+ "&period=" + small.get("period") + "&breakdown=total"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.audience").value("PUBLIC"))
			.andExpect(jsonPath("$.measurements.length()").value(1))
			.andExpect(jsonPath("$.measurements[0].value").value(Matchers.nullValue()))
			.andExpect(jsonPath("$.measurements[0].status").value("SUPPRESSED"))
			.andExpect(jsonPath("$.measurements[0].suppressed").value("FEW_RESPONDENTS"))
			.andExpect(jsonPath("$.measurements[0].reason").value(Matchers.containsString(FEW_RESPONDENTS)))
			.andExpect(jsonPath("$.measurements[0].demo").value(true));
	}

	@Test
	void withholdsTheSameSmallValueInTheCsvExport() throws Exception {
		Map<String, Object> small = small();
		byte[] csv = mvc.perform(get("/api/v1/indicators/" + small.get("indicator") + "/measurements?area="
				+ small.get("area") + "&period=" + small.get("period") + "&breakdown=total").accept("text/csv"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF\"Indikator\";\"Period\";");
		String[] lines = text.split("\r\n");
		assertThat(lines).hasSize(2);
		assertThat(lines[1]).contains(";\"..\";", FEW_RESPONDENTS, "\"ja\"");
	}

	@Test
	void exportsCsvThatReadsBackWithAPlainMinusAndASourceWithLineBreaksQuotesAndSemicolons() throws Exception {
		String id = (String) small().get("indicator");
		java.util.UUID kommun = jdbc.sql("select id from area where level = 'KOMMUN' and code = '1980'")
			.query(java.util.UUID.class)
			.single();
		String source = "Prov; \"ny\" källa\nandra raden";
		TestUsers.signIn(Role.COORDINATOR);
		try {
			assertThat(measurements.upsert(List.of(new NewMeasurement(new se.trygghet.plan.IndicatorId(
					java.util.UUID.fromString(id)), "2071", new se.trygghet.area.AreaId(kommun), "", source,
					new java.math.BigDecimal("-2.50"), MeasurementStatus.NORMAL, null, null, null, "1", null, false)))
				.written()).isTrue();
			byte[] csv = mvc.perform(get("/api/v1/indicators/" + id + "/measurements?area=" + kommun
					+ "&period=2071&breakdown=total&format=csv&audience=internal").with(TestUsers.as(Role.ANALYST)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();

			List<List<String>> records = new java.util.ArrayList<>();
			try (var reader = se.trygghet.system.Csv.reader(se.trygghet.system.Csv.text(csv))) {
				reader.forEach(r -> records.add(r.getFields()));
			}
			assertThat(records).hasSize(2);
			assertThat(records.get(1).get(5)).isEqualTo("-2,5");
			assertThat(records.get(1).get(9)).isEqualTo(source);
		}
		finally {
			jdbc.sql("delete from measurement where period = '2071'").update();
			jdbc.sql("update indicator_revision set revision = revision + 1").update();
			TestUsers.signOut();
		}
	}

	@Test
	void withholdsTheSameSmallValueInTheXlsxExport() throws Exception {
		Map<String, Object> small = small();
		byte[] xlsx = mvc.perform(get("/api/v1/indicators/" + small.get("indicator") + "/measurements?area="
				+ small.get("area") + "&period=" + small.get("period") + "&breakdown=total&format=xlsx"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Row row = book.getSheetAt(0).getRow(1);
			assertThat(row.getCell(5).getStringCellValue()).isEqualTo("..");
			assertThat(row.getCell(8).getStringCellValue()).contains(FEW_RESPONDENTS);
			assertThat(row.getCell(12).getStringCellValue()).isEqualTo("ja");
		}
	}

	@Test
	void givesStaffTheStoredValueWhenTheyAskForInternalValues() throws Exception {
		Map<String, Object> small = small();
		String url = "/api/v1/indicators/" + small.get("indicator") + "/measurements?area=" + small.get("area")
				+ "&period=" + small.get("period") + "&breakdown=total&audience=internal";
		mvc.perform(get(url).with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.audience").value("INTERNAL"))
			.andExpect(jsonPath("$.measurements[0].value").isNumber())
			.andExpect(jsonPath("$.measurements[0].status").value("NORMAL"));
		mvc.perform(get(url)).andExpect(status().isUnauthorized());
		mvc.perform(get(url).with(TestUsers.as(Role.COMMITTEE_REPORTER))).andExpect(status().isForbidden());
	}

	@Test
	void listsThePlansIndicatorsWithLatestValueAndVerdict() throws Exception {
		mvc.perform(get("/api/v1/indicators?plan=vasteras-2021-2023"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(25))
			.andExpect(jsonPath("$[0].verdict.text").isString())
			.andExpect(jsonPath("$[0].href").value(Matchers.startsWith("/api/v1/indicators/")))
			.andExpect(jsonPath("$[?(@.demo == true)]").isNotEmpty());
	}

	@Test
	void filtersMeasurementsByAreaPeriodAndBreakdown() throws Exception {
		Map<String, Object> small = small();
		String base = "/api/v1/indicators/" + small.get("indicator") + "/measurements";
		mvc.perform(get(base + "?period=" + small.get("period")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.measurements[*].period").value(Matchers.everyItem(Matchers.is(small.get("period")))));
		mvc.perform(get(base + "?area=" + small.get("area")))
			.andExpect(jsonPath("$.measurements[*].areaId").value(Matchers.everyItem(Matchers.is(small.get("area")))));
	}

	@Test
	void refusesBadParametersWithAProblemThatSaysWhatIsWrong() throws Exception {
		String base = "/api/v1/indicators/" + small().get("indicator") + "/measurements";
		mvc.perform(get(base + "?period=20x3"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("2023H1")));
		mvc.perform(get(base + "?breakdown=Kön!")).andExpect(status().isBadRequest());
		mvc.perform(get(base + "?breakdown=alder=16-19")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("not broken down")));
		mvc.perform(get(base + "?area=stan")).andExpect(status().isBadRequest());
		mvc.perform(get(base + "?format=pdf")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/indicators/not-an-id/measurements")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/indicators/00000000-0000-0000-0000-000000000000/measurements"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

}
