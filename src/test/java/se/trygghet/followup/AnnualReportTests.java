package se.trygghet.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.plan.ActionPlanId;

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

	UUID round;

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
			.filter(r -> r.activityNumber().equals("2.3") && r.kind() == Report.Kind.ACTIVITY_REPORT)
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
			assertThat(i.chartSvg()).startsWith("<svg").contains("role='img'", "<title");
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
		UUID open = followUp.planRound(plan, "2072", "Uppföljning 2072", LocalDate.of(2020, 1, 1),
				LocalDate.of(2099, 1, 1));
		followUp.openRound(open);
		assertThatThrownBy(() -> annualReports.generate(open, AnnualReport.Audience.TRYGGHETSRADET, null, null,
				Locale.forLanguageTag("sv")))
			.isInstanceOfSatisfying(FollowUpRefusal.class,
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
