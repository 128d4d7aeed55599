package se.trygghet.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.document.TaggedPdf;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.system.Refusal;

/** The annual report of a closed round, read back from the stored PDF and Word file. */
@PlatformIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualReportTests {

	static final ReportContent DELAYED = new ReportContent(ActivityStatus.FORSENAD,
			"Upphandlingen av väktartjänster överklagades och drog ut på tiden.",
			"Trygghetsvandringar i Råby och Bäckby med föreningar och bostadsbolag; åtta platser åtgärdades.",
			"Färre anmälningar om skadegörelse kring torget.", "Ny upphandling under våren.",
			GoalContribution.BIDRAR_DELVIS);

	@Autowired
	FollowUp followUp;

	@Autowired
	AnnualReports annualReports;

	@Autowired
	Reports reports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AnnualReportCompiler compiler;

	@Autowired
	AnnualReportWarmUp warmUp;

	RoundId round;

	UUID snapshot;

	@BeforeAll
	void closedRoundWithAReportedActivity() {
		TestUsers.signIn(Role.COORDINATOR);
		ActionPlanId plan = new ActionPlanId(jdbc.sql("select id from action_plan where plan_key = 'vasteras-2021-2023'")
			.query(UUID.class)
			.single());
		round = followUp.planRound(plan, "2070", "Uppföljning 2070", LocalDate.of(2020, 1, 1), LocalDate.of(2099, 1, 1));
		followUp.openRound(round);
		Report report = reports.ofRound(round)
			.stream()
			.filter(r -> r.activityNumber().toString().equals("2.3") && r.kind() == Report.Kind.ACTIVITY_REPORT)
			.findFirst()
			.orElseThrow();
		TestUsers.signIn(Role.COMMITTEE_REPORTER, report.committee().value());
		followUp.saveDraft(report.id(), report.version(), DELAYED);
		followUp.submit(report.id(), report.version() + 1);
		TestUsers.signIn(Role.COORDINATOR);
		followUp.approve(report.id(), report.version() + 2);
		followUp.closeRound(round);
		snapshot = annualReports.generate(round, AnnualReport.Audience.KOMMUNSTYRELSEN, "KS 2071/0042",
				"Arbetet har i huvudsak gått enligt plan.", Locale.forLanguageTag("sv"));
		TestUsers.signOut();
	}

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	@Test
	void writesAnAccessiblePdfWithEmbeddedFontsAndSwedishTextIntact() throws Exception {
		byte[] pdf = annualReports.file(snapshot, "pdf").orElseThrow().bytes();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getDocumentCatalog().getMarkInfo()).isNotNull();
			assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged PDF").isTrue();
			assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
			assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("sv");
			assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Uppföljning av " + planName() + " – 2070");
			assertThat(doc.getDocumentCatalog().getDocumentOutline()).as("bookmarks").isNotNull();
			for (var page : doc.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				}
			}
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
			assertThat(text).contains("Kommunstyrelsen", "KS 2071/0042", "Innehåll", "Sammanfattning",
					"Arbetet har i huvudsak gått enligt plan.", "Försenad",
					"Upphandlingen av väktartjänster överklagades", "Trygghetsvandringar i Råby och Bäckby",
					"Färre anmälningar om skadegörelse", "Bidrar delvis", "Bilaga: redovisning per nämnd",
					"Tekniska nämnden");
		}
	}

	@Test
	void showsEachIndicatorsLatestValueVerdictAndTrendChartAsThePublicSeesThem() throws Exception {
		AnnualReport report = compiler.compile(round, AnnualReport.Audience.TRYGGHETSRADET, null, null);
		assertThat(report.focusAreas()).flatExtracting(AnnualReport.Section::indicators).anySatisfy(i -> {
			assertThat(i.chart().svg()).startsWith("<svg").contains("role='img'", "<title");
			assertThat(i.figures()).contains("Senaste värde: ", "Bedömning: ", "(Demodata)");
		});
		// the plan's own figures stay beside the measured ones
		assertThat(report.focusAreas()).flatExtracting(AnnualReport.Section::indicators)
			.anySatisfy(i -> assertThat(i.figures()).contains("Bedömning: ").contains("2018: "));
		byte[] pdf = annualReports.file(snapshot, "pdf").orElseThrow().bytes();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains("Bedömning: ");
		}
	}

	@Test
	void writesAWordFileWithTheSameContent() throws Exception {
		byte[] docx = annualReports.file(snapshot, "docx").orElseThrow().bytes();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			String text = extractor.getText().replaceAll("\\s+", " ");
			assertThat(text).contains("Kommunstyrelsen", "KS 2071/0042", "Arbetet har i huvudsak gått enligt plan.",
					"Försenad", "Upphandlingen av väktartjänster överklagades", "Trygghetsvandringar i Råby och Bäckby",
					"Bidrar delvis", "Bilaga: redovisning per nämnd", "Tekniska nämnden");
			assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getStyle()).isEqualTo("Heading1"));
			assertThat(doc.getProperties().getCoreProperties().getTitle()).contains("2070");
		}
	}

	@Test
	void givesEveryChartATitleNamingItsIndicatorAndAnAlternativeTextMadeFromItsValues() throws Exception {
		try (PDDocument doc = Loader.loadPDF(annualReports.file(snapshot, "pdf").orElseThrow().bytes())) {
			List<TaggedPdf.Figure> figures = TaggedPdf.figures(doc);
			// the demo profile measures all 25 of the plan's indicators
			assertThat(figures).hasSize(25)
				.allSatisfy(figure -> assertThat(figure.alt()).contains(" år ", "Bedömning: "));
			assertThat(figures).extracting(TaggedPdf.Figure::alt)
				.anySatisfy(alt -> assertThat(alt).matches("Valdeltagande \\(procent\\) för hela kommunen: "
						+ "[0-9,]+\u00a0% år 2018, senaste värde [0-9,]+\u00a0% år 2022\\. "
						+ "Bedömning: [a-zåäö ]+\\. \\(Demodata\\)"));
			assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
				.contains("Valdeltagande (procent), hela kommunen 2018–2022 (Demodata)");
		}
	}

	@Test
	void drawsEveryChartWholeOnOnePageSoNoValueFallsOutsideItsAxis() throws Exception {
		try (PDDocument doc = Loader.loadPDF(annualReports.file(snapshot, "pdf").orElseThrow().bytes())) {
			// a chart is 640 × 360 pixels, or taller with a legend; a chart cut by a page break was as little as a
			// fifth of that on its first page, e.g. valdeltagande's axis seemed to end at 80 with 2018's 84 % above it
			assertThat(TaggedPdf.figures(doc))
				.allSatisfy(figure -> assertThat(figure.height() / figure.width()).isGreaterThan(0.55f));
		}
	}

	@Test
	void writesThePdfsTextWithoutLigaturesSoThatItReadsAsWritten() throws Exception {
		try (PDDocument doc = Loader.loadPDF(annualReports.file(snapshot, "pdf").orElseThrow().bytes())) {
			String text = TaggedPdf.mappedText(doc);
			assertThat(TaggedPdf.ligatures(text)).isEmpty();
			// the plan's text for focus area 4 and a label of every narrative
			assertThat(text).contains("flickor", "Effekter:");
		}
	}

	@Test
	void drawsTheWordFilesChartsAsPicturesWithTheSameTextAlternativesAsThePdf() throws Exception {
		List<String> pdfAlts;
		try (PDDocument pdf = Loader.loadPDF(annualReports.file(snapshot, "pdf").orElseThrow().bytes())) {
			pdfAlts = TaggedPdf.figures(pdf).stream().map(TaggedPdf.Figure::alt).toList();
		}
		byte[] docx = annualReports.file(snapshot, "docx").orElseThrow().bytes();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			// what Word shows as each picture's alternative text (the drawing's description, docPr/@descr)
			List<String> drawingAlts = doc.getParagraphs()
				.stream()
				.flatMap(p -> p.getCTP().getRList().stream())
				.flatMap(r -> r.getDrawingList().stream())
				.flatMap(d -> d.getInlineList().stream())
				.map(inline -> inline.getDocPr().getDescr())
				.toList();
			assertThat(drawingAlts).isEqualTo(pdfAlts);
			List<String> wordAlts = doc.getParagraphs()
				.stream()
				.flatMap(p -> p.getRuns().stream())
				.flatMap(r -> r.getEmbeddedPictures().stream())
				.map(XWPFPicture::getDescription)
				.toList();
			assertThat(wordAlts).hasSize(25).isEqualTo(pdfAlts);
			assertThat(doc.getAllPictures()).allSatisfy(p -> assertThat(p.getPictureType()).isEqualTo(
					org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG));
		}
	}

	@Test
	void writesOutTheWordFilesTableOfContentsLinkedToItsHeadings() throws Exception {
		byte[] docx = annualReports.file(snapshot, "docx").orElseThrow().bytes();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			Map<String, String> bookmarkedHeadings = new LinkedHashMap<>();
			for (XWPFParagraph p : doc.getParagraphs()) {
				if ("Heading1".equals(p.getStyle())) {
					p.getCTP().getBookmarkStartList().forEach(b -> bookmarkedHeadings.put(b.getName(), p.getText()));
				}
			}
			Map<String, String> entries = new LinkedHashMap<>();
			for (XWPFParagraph p : doc.getParagraphs()) {
				if (p.getStyle() != null && p.getStyle().startsWith("TOC")) {
					p.getCTP().getHyperlinkList().forEach(link -> entries.put(link.getAnchor(), p.getText()));
				}
			}
			assertThat(entries).isNotEmpty().isEqualTo(bookmarkedHeadings);
			// the same entries as the PDF's table of contents: summary, six focus areas, perspectives, costs, appendix
			assertThat(entries.values()).hasSize(10)
				.contains("Vad brott kostar")
				.startsWith("Sammanfattning")
				.endsWith("Bilaga: redovisning per nämnd")
				.anySatisfy(entry -> assertThat(entry).startsWith("4. "));
			// nothing waits for the reader to update fields (F9) before the contents show
			assertThat(doc.getSettings().getCTSettings().isSetUpdateFields()).isFalse();
			assertThat(new XWPFWordExtractor(doc).getText()).doesNotContain("F9");
		}
	}

	@Test
	void showsInTheReportOfARoundOnlyValuesOfItsPeriodAndSaysWhichYearEachIsFrom() throws Exception {
		TestUsers.signIn(Role.COORDINATOR);
		RoundId demo2022 = new RoundId(jdbc.sql("select id from reporting_round where period = '2022' and demo")
			.query(UUID.class)
			.single());
		UUID edition = annualReports.generate(demo2022, AnnualReport.Audience.TRYGGHETSRADET, null, null,
				Locale.forLanguageTag("sv"));
		try (PDDocument doc = Loader.loadPDF(annualReports.file(edition, "pdf").orElseThrow().bytes())) {
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
			// the demo series run to 2023; the 2022 report's latest values are from 2022, and say so
			assertThat(text).contains("Senaste värde: ").contains("(2022)").doesNotContain("(2023)");
			assertThat(TaggedPdf.figures(doc)).isNotEmpty()
				.allSatisfy(figure -> assertThat(figure.alt()).doesNotContain("2023"));
			assertThat(text).doesNotContainPattern("hela kommunen [0-9]{4}–2023");
		}
		try (XWPFDocument doc = new XWPFDocument(
				new ByteArrayInputStream(annualReports.file(edition, "docx").orElseThrow().bytes()));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			assertThat(extractor.getText()).contains("(2022)").doesNotContain("(2023)");
		}
	}

	@Test
	void warmsUpOnAnInventedReportAsLargeAsThePlanWithEveryPartARealOneHas() throws Exception {
		// the warm-up swallows its failures (only the first generation would be slower), so this is where they show
		AnnualReports.Rendered rendered = annualReports.render(warmUp.sample(), Locale.forLanguageTag("sv"));
		try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
			assertThat(TaggedPdf.figures(pdf)).hasSize(24).allSatisfy(figure -> assertThat(figure.alt()).isNotBlank());
		}
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(rendered.docx()))) {
			// the 24 charts are alike, so the file keeps one picture, drawn 24 times
			assertThat(docx.getParagraphs()
				.stream()
				.flatMap(p -> p.getRuns().stream())
				.flatMap(r -> r.getEmbeddedPictures().stream())).hasSize(24);
		}
	}

	@Test
	void handsOutTheSameBytesLaterEvenAfterTheReportsChange() {
		AnnualReports.File before = annualReports.file(snapshot, "pdf").orElseThrow();
		TestUsers.signIn(Role.COORDINATOR);
		Report report = reports.ofRound(round)
			.stream()
			.filter(r -> r.state() == ReportState.APPROVED)
			.findFirst()
			.orElseThrow();
		followUp.reopen(report.id(), report.version(), "Fel siffra i texten");
		AnnualReports.File after = annualReports.file(snapshot, "pdf").orElseThrow();
		assertThat(after.bytes()).isEqualTo(before.bytes());
		assertThat(after.sha256()).isEqualTo(AnnualReports.sha256(before.bytes()));
		assertThatThrownBy(() -> jdbc.sql("update annual_report set title = 'ändrad' where id = :id")
			.param("id", snapshot)
			.update()).isInstanceOf(DataAccessException.class).hasMessageContaining("frozen");
	}

	@Test
	void refusesToCompileARoundThatIsStillOpen() {
		TestUsers.signIn(Role.COORDINATOR);
		ActionPlanId plan = new ActionPlanId(jdbc.sql("select id from action_plan where plan_key = 'vasteras-2021-2023'")
			.query(UUID.class)
			.single());
		RoundId open = followUp.planRound(plan, "2072", "Uppföljning 2072", LocalDate.of(2020, 1, 1),
				LocalDate.of(2099, 1, 1));
		followUp.openRound(open);
		assertThatThrownBy(() -> annualReports.generate(open, AnnualReport.Audience.TRYGGHETSRADET, null, null,
				Locale.forLanguageTag("sv")))
			.isInstanceOfSatisfying(Refusal.class,
					ex -> assertThat(ex.code()).isEqualTo("followup.annual.roundNotClosed"));
		assertThat(annualReports.ofRound(open)).isEmpty();
	}

	@Test
	void auditsEveryGeneration() {
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'followup.annualReport.generated' "
				+ "and subject_id = :id").param("id", snapshot.toString()).query(Integer.class).single()).isEqualTo(1);
	}

	private String planName() {
		return jdbc.sql("select name from action_plan where plan_key = 'vasteras-2021-2023'").query(String.class).single();
	}

}
