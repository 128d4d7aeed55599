package se.trygghet.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.incident.IncidentReporting;
import se.trygghet.incident.NewIncident;

/** The period's PDF for the EST meeting and the joint yearly lägesbild with its documents. */
@PlatformIntegrationTest
class SituationDocumentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IncidentReporting reporting;

	@Autowired
	SituationPictures pictures;

	@Autowired
	JointPictureWork joint;

	@Autowired
	Kartlaggning kartlaggning;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	static String text(byte[] pdf) throws Exception {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
		}
	}

	@Test
	void writesTheWeeksPictureAsATaggedLandscapePdfWithItsCountsAndTheGroupsAssessment() throws Exception {
		SituationPeriod week = SituationPeriod.weekOf(se.trygghet.TestTimes.today());
		TestUsers.signIn(Role.ANALYST);
		reporting.report(new NewIncident("skadegorelse", Instant.now(), 59.6150, 16.5450,
				"Fastighetskontoret", null, 2, "Krossad ruta i väntkuren"));
		TestUsers.signOut();
		int version = jdbc.sql("select version from situation_week where iso_week = :w").param("w", week.key())
			.query(Integer.class).optional().orElse(-1);
		mvc.perform(post("/situation/" + week.key() + "/note").with(csrf())
			.with(TestUsers.as(Role.ANALYST))
			.param("assessment", "Skadegörelsen ökar vid Hälla; röj ärligt åt öster.")
			.param("focusPlaces", "Hällaskolan och gångtunneln vid Råby")
			.param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
		SituationPictures.Picture picture = pictures.picture(reporting.municipality(), week);

		byte[] pdf = mvc.perform(get("/situation/" + week.key() + "/pdf").with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged PDF").isTrue();
			assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
			assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("sv");
			var box = doc.getPage(0).getMediaBox();
			assertThat(box.getWidth()).as("landscape").isGreaterThan(box.getHeight());
		}
		String text = text(pdf);
		assertThat(text).contains("Lägesbild " + week.key(), "Skadegörelsen ökar vid Hälla; röj ärligt åt öster.",
				"Hällaskolan och gångtunneln vid Råby", "Sparad av", "Skapad", "Händelser per kategori");
		// the total row starts with the first category's count (skadegörelse, which the test just reported)
		assertThat(picture.totals().get("skadegorelse").count()).isPositive();
		assertThat(text).contains("Skadegörelse", "Totalt " + picture.totals().get("skadegorelse").count() + " ");
		if (picture.anyDemo()) {
			assertThat(text).contains("Demodata");
		}
	}

	@Test
	void refusesTheWeekPdfToFieldReporters() throws Exception {
		mvc.perform(get("/situation/2026-W47/pdf").with(TestUsers.as(Role.FIELD_REPORTER)))
			.andExpect(status().isForbidden());
	}

	@Test
	void writesTheJointDocumentWithTheProblemsInTheirOrderAndTheAnalysisAsPdfAndWord() throws Exception {
		int year = 2030;
		TestUsers.signIn(Role.ANALYST);
		joint.revise(year, joint.picture(year).version(), "Våldet i offentlig miljö har ökat kring Stora torget.",
				"Färre inbrott, fler bränder.");
		joint.addProblem(year, joint.picture(year).version(), "Bränder i soprum", null, List.of("brand"), "Ökat två år");
		joint.addProblem(year, joint.picture(year).version(), "Klotter längs Svartån", null, List.of("klotter"), null);
		UUID third = joint.addProblem(year, joint.picture(year).version(), "Öppen droghandel på Östermalm", null,
				List.of(), "Polisens bild");
		joint.moveProblem(year, joint.picture(year).version(), third, true);

		byte[] pdf = mvc.perform(get("/situation/joint/" + year + "/pdf").with(TestUsers.as(Role.COORDINATOR)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
		}
		String text = text(pdf);
		assertThat(text).contains("Gemensam lägesbild 2030", "1 Sammanfattning", "Färre inbrott, fler bränder.",
				"2 Kartläggning", "3 Analys", "Våldet i offentlig miljö har ökat kring Stora torget.",
				"4 Prioriterade problem", "Bilaga: Metod", "Benjamini–Hochberg", "/situation/method");
		assertThat(text.indexOf("1. Bränder i soprum")).isPositive()
			.isLessThan(text.indexOf("2. Öppen droghandel på Östermalm"));
		assertThat(text.indexOf("2. Öppen droghandel på Östermalm")).isLessThan(text.indexOf("3. Klotter längs Svartån"));

		byte[] docx = mvc.perform(get("/situation/joint/" + year + "/docx").with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			String word = extractor.getText();
			assertThat(word).contains("Gemensam lägesbild 2030", "Våldet i offentlig miljö har ökat kring Stora torget.",
					"Bilaga: Metod");
			assertThat(word.indexOf("1. Bränder i soprum")).isPositive()
				.isLessThan(word.indexOf("2. Öppen droghandel på Östermalm"));
			assertThat(word.indexOf("2. Öppen droghandel på Östermalm")).isLessThan(word.indexOf("3. Klotter längs Svartån"));
			assertThat(doc.getAllPictures()).as("the hot-spot map").hasSize(1);
			assertThat(doc.getAllPictures().get(0).getPictureType()).isEqualTo(org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG);
		}
	}

	@Test
	void refusesAStaleSaveAndShowsTheWritersTextAgain() throws Exception {
		int year = 2029;
		TestUsers.signIn(Role.ANALYST);
		joint.revise(year, -1, "Den första analysen", null);
		int seen = joint.picture(year).version();
		joint.revise(year, seen, "Kollegans nyare analys", null);
		TestUsers.signOut();

		mvc.perform(post("/situation/joint/" + year + "/texts").with(csrf())
			.with(TestUsers.as(Role.ANALYST))
			.param("analysis", "Min analys som inte får försvinna")
			.param("summary", "Min sammanfattning")
			.param("version", String.valueOf(seen)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Någon annan har sparat lägesbilden")))
			.andExpect(content().string(Matchers.containsString("Min analys som inte får försvinna")))
			.andExpect(content().string(Matchers.containsString("Kollegans nyare analys")));
		TestUsers.signIn(Role.ANALYST);
		assertThat(joint.picture(year).analysis()).isEqualTo("Kollegans nyare analys");
	}

	@Test
	void showsEveryRefusedValueOfTheJointPictureAtOnceInTheSummaryAndBesideItsFieldKeepingWhatWasTyped()
			throws Exception {
		int year = 2030;
		String problemPage = mvc.perform(post("/situation/joint/" + year + "/problems").with(csrf())
			.with(TestUsers.as(Role.ANALYST))
			.param("title", "")
			.param("area", "inget-område")
			.param("categories", "ingen-kategori")
			.param("rationale", "Ring 070-123 45 67 om Bäckby")
			.param("version", "-1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(problemPage).contains("data-error-summary", "Beskriv problemet (högst 300 tecken).",
				"Välj ett område ur listan.", "Välj en kategori ur listan.",
				"Texten innehåller något som ser ut som ett telefonnummer",
				"id=\"title-error\"", "id=\"area-error\"", "id=\"categories-error\"", "id=\"rationale-error\"",
				"href=\"#area\"", "id=\"area\"", "id=\"categories\"", "Ring 070-123 45 67 om Bäckby");

		String textsPage = mvc.perform(post("/situation/joint/" + year + "/texts").with(csrf())
			.with(TestUsers.as(Role.ANALYST))
			.param("summary", "Ring 070-123 45 67")
			.param("analysis", "Personen 19121212-1212 syns ofta")
			.param("version", "-1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(textsPage).contains("data-error-summary", "id=\"summary-error\"", "id=\"analysis-error\"",
				"Texten innehåller något som ser ut som ett personnummer", "Personen 19121212-1212 syns ofta");
		// a version that cannot be read is an error on the form, never a 400 or 500
		mvc.perform(post("/situation/joint/" + year + "/reopen").with(csrf())
			.with(TestUsers.as(Role.ANALYST))
			.param("reason", "Polisen har nya siffror")
			.param("version", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Sidan har ändrats utanför formuläret")))
			.andExpect(content().string(Matchers.containsString("Polisen har nya siffror")));
		TestUsers.signIn(Role.ANALYST);
		assertThat(joint.picture(year).summary()).isNull();
		assertThat(joint.picture(year).problems()).isEmpty();
	}

	@Test
	void decidingLocksThePictureUntilItIsReopenedWithAReason() throws Exception {
		int year = 2028;
		TestUsers.signIn(Role.COORDINATOR);
		joint.revise(year, -1, "Analys inför beslut", "Sammanfattning");
		joint.decide(year, joint.picture(year).version());
		int decided = joint.picture(year).version();
		TestUsers.signOut();

		mvc.perform(post("/situation/joint/" + year + "/problems").with(csrf())
			.with(TestUsers.as(Role.ANALYST))
			.param("title", "Sent tillagt problem")
			.param("version", String.valueOf(decided)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("beslutad och låst")))
			.andExpect(content().string(Matchers.containsString("Sent tillagt problem")));
		assertThat(jdbc.sql("select count(*) from prioritised_problem where year = :y").param("y", year)
			.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'situation.joint.decided'")
			.query(Integer.class).single()).isPositive();

		mvc.perform(post("/situation/joint/" + year + "/reopen").with(csrf())
			.with(TestUsers.as(Role.ANALYST))
			.param("reason", "")
			.param("version", String.valueOf(decided)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Ange varför lägesbilden öppnas igen")));
		mvc.perform(post("/situation/joint/" + year + "/reopen").with(csrf())
			.with(TestUsers.as(Role.ANALYST))
			.param("reason", "Polisen har kompletterat statistiken")
			.param("version", String.valueOf(decided)))
			.andExpect(status().is3xxRedirection());
		TestUsers.signIn(Role.ANALYST);
		assertThat(joint.picture(year).decided()).isFalse();
		assertThat(joint.picture(year).reopenReason()).isEqualTo("Polisen har kompletterat statistiken");
	}

	@Test
	void refusesChangesToTheJointPictureOutsideTheAnalysts() {
		TestUsers.signIn(Role.VIEWER);
		assertThatThrownBy(() -> joint.revise(2027, -1, "Analys", null))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	@Test
	void writesTheKartlaggningsIndicatorFiguresAlikeOnThePageAndInWordTheSwedishWay() throws Exception {
		TestUsers.signIn(Role.ANALYST);
		int year = 2023;
		KartlaggningFigures.IndicatorFigure rate = kartlaggning.forYear(year, Locale.forLanguageTag("sv"))
			.indicators()
			.stream()
			.filter(f -> f.unit().startsWith("antal per") && f.value() != null
					&& f.value().compareTo(java.math.BigDecimal.valueOf(1000)) >= 0)
			.findFirst()
			.orElseThrow();
		// reported crimes per 100 000 in whole numbers, grouped with a space: "7 990", as the indicator pages write it
		java.text.NumberFormat swedish = java.text.NumberFormat.getIntegerInstance(Locale.forLanguageTag("sv-SE"));
		String expected = swedish.format(rate.value().setScale(0, java.math.RoundingMode.HALF_UP));

		String page = mvc.perform(get("/situation/joint/" + year).with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).doesNotContainPattern("\\d\\.\\d{3},\\d").contains(">" + expected + "</td>");
		byte[] docx = mvc.perform(get("/situation/joint/" + year + "/docx").with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			assertThat(extractor.getText()).contains(expected);
		}
	}

	@Test
	void givesTheKartlaggningTheIndicatorModulesFigures() {
		TestUsers.signIn(Role.ANALYST);
		Kartlaggning.Facts facts = kartlaggning.forYear(LocalDate.now().getYear(), Locale.forLanguageTag("sv"));
		assertThat(facts.indicatorsAvailable()).as("the indicator module implements KartlaggningFigures").isTrue();
		assertThat(facts.mapSvg()).contains("role=\"img\"", "Teckenförklaring");
	}

}
