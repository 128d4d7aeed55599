package se.trygghet.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.plan.IndicatorId;
import se.trygghet.system.Refusal;

/** Files attached to reports, and links to indicators: what is accepted, what is refused, who may do either. */
@PlatformIntegrationTest
class AttachmentTests {

	static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	FollowUp followUp;

	@Autowired
	Reports reports;

	@Autowired
	Attachments attachments;

	@Autowired
	JdbcClient jdbc;

	Report report;

	UUID committee;

	static int period = 3000;

	@BeforeEach
	void openRound() {
		TestUsers.signIn(Role.COORDINATOR);
		ActionPlanId plan = new ActionPlanId(jdbc.sql("select id from action_plan where plan_key = 'vasteras-2021-2023'")
			.query(UUID.class)
			.single());
		RoundId round = followUp.planRound(plan, String.valueOf(period++), "Bilagor", LocalDate.of(2020, 1, 1),
				LocalDate.of(2099, 1, 1));
		followUp.openRound(round);
		report = reports.ofRound(round)
			.stream()
			.filter(r -> r.activityNumber().toString().equals("2.3") && r.kind() == Report.Kind.ACTIVITY_REPORT)
			.findFirst()
			.orElseThrow();
		committee = report.committee().value();
		TestUsers.signOut();
	}

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	@Test
	void storesAPdfFromTheReportsCommitteeAndHandsItBackUnchanged() throws Exception {
		mvc.perform(multipart("/reports/{id}/attachments", report.id())
			.file(new MockMultipartFile("file", "Trygghetsvandring Råby.pdf", "application/octet-stream", PDF))
			.with(csrf())
			.with(TestUsers.as(Role.COMMITTEE_REPORTER, committee)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("attached", true));
		List<Attachments.Attachment> stored = attachments.ofReport(report.id());
		assertThat(stored).singleElement().satisfies(a -> {
			assertThat(a.filename()).isEqualTo("Trygghetsvandring Råby.pdf");
			assertThat(a.contentType()).isEqualTo("application/pdf");
		});
		mvc.perform(get("/attachments/{id}", stored.get(0).id()).with(TestUsers.as(Role.VIEWER)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
			.andExpect(content().bytes(PDF));
	}

	@Test
	void refusesAFileWhoseContentIsNotAnAcceptedTypeWhateverItsName() throws Exception {
		byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
		mvc.perform(multipart("/reports/{id}/attachments", report.id())
			.file(new MockMultipartFile("file", "rapport.pdf", "application/pdf", html))
			.with(csrf())
			.with(TestUsers.as(Role.COMMITTEE_REPORTER, committee)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("attachmentError", "followup.attachment.type"));
		assertThat(attachments.ofReport(report.id())).isEmpty();
	}

	@Test
	void refusesAnotherCommitteesReporterAtTheHttpLevel() throws Exception {
		mvc.perform(multipart("/reports/{id}/attachments", report.id())
			.file(new MockMultipartFile("file", "x.pdf", "application/pdf", PDF))
			.with(csrf())
			.with(TestUsers.as(Role.COMMITTEE_REPORTER, UUID.randomUUID())))
			.andExpect(status().isForbidden());
		assertThat(attachments.ofReport(report.id())).isEmpty();
	}

	@Test
	void keepsAnotherCommitteesAttachmentFromAReporterWhoMayNotReadTheReport() {
		TestUsers.signIn(Role.COMMITTEE_REPORTER, committee);
		UUID id = followUp.attach(report.id(), "bilaga.pdf", PDF);
		TestUsers.signIn(Role.COMMITTEE_REPORTER, UUID.randomUUID());
		assertThatThrownBy(() -> followUp.attachment(id))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	@Test
	void recognisesWordFilesByTheirPartsAndRefusesMacrosAndMismatchedNames() throws Exception {
		ByteArrayOutputStream docx = new ByteArrayOutputStream();
		try (XWPFDocument doc = new XWPFDocument()) {
			doc.createParagraph().createRun().setText("Åtgärder i Bäckby");
			doc.write(docx);
		}
		assertThat(AttachmentType.detect(docx.toByteArray())).contains(AttachmentType.DOCX);
		assertThat(AttachmentType.detect(zip("[Content_Types].xml", "xl/workbook.xml"))).contains(AttachmentType.XLSX);
		assertThat(AttachmentType.detect(zip("[Content_Types].xml", "xl/workbook.xml", "xl/vbaProject.bin"))).isEmpty();
		assertThat(AttachmentType.detect(zip("hello.txt"))).isEmpty();

		TestUsers.signIn(Role.COMMITTEE_REPORTER, committee);
		assertThatThrownBy(() -> followUp.attach(report.id(), "bilaga.pdf", docx.toByteArray()))
			.isInstanceOfSatisfying(Refusal.class,
					ex -> assertThat(ex.code()).isEqualTo("followup.attachment.nameMismatch"));
		assertThat(followUp.attach(report.id(), "C:\\Users\\nämnd\\Åtgärder.docx", docx.toByteArray())).isNotNull();
		assertThat(attachments.ofReport(report.id())).extracting(Attachments.Attachment::filename)
			.containsExactly("Åtgärder.docx");
	}

	@Test
	void refusesAFileLargerThanTheLimitWithAMessage() {
		byte[] big = new byte[FollowUp.MAX_ATTACHMENT_BYTES + 1];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		TestUsers.signIn(Role.COMMITTEE_REPORTER, committee);
		assertThatThrownBy(() -> followUp.attach(report.id(), "stor.pdf", big)).isInstanceOfSatisfying(
				Refusal.class, ex -> assertThat(ex.code()).isEqualTo("followup.attachment.tooLarge"));
	}

	@Test
	void linksTheReportToIndicatorsOfItsPlanAndRefusesAForgedOne() {
		IndicatorId indicator = new IndicatorId(jdbc.sql("""
				select i.id from indicator i join focus_area f on f.id = i.focus_area_id
				 join action_plan p on p.id = f.plan_id where p.plan_key = 'vasteras-2021-2023' and f.number = 2 limit 1
				""").query(UUID.class).single());
		TestUsers.signIn(Role.COMMITTEE_REPORTER, committee);
		ReportContent linked = new ReportContent(null, null, "Påbörjat", null, null, null, List.of(indicator));
		followUp.saveDraft(report.id(), report.version(), linked);
		assertThat(reports.byId(report.id()).orElseThrow().content().indicators()).containsExactly(indicator);
		assertThat(reports.versions(report.id())).last()
			.satisfies(v -> assertThat(v.content()).contains(indicator.toString()));

		ReportContent forged = new ReportContent(null, null, "Påbörjat", null, null, null,
				List.of(new IndicatorId(UUID.randomUUID())));
		assertThatThrownBy(() -> followUp.saveDraft(report.id(), report.version() + 1, forged))
			.isInstanceOfSatisfying(Refusal.class,
					ex -> assertThat(ex.code()).isEqualTo("followup.indicators.unknown"));
		assertThat(reports.byId(report.id()).orElseThrow().content().indicators()).containsExactly(indicator);
	}

	@Test
	void autosavesADraftOnceAndNeverOverANewerSave() throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/reports/{id}/autosave", report.id())
			.with(csrf())
			.with(TestUsers.as(Role.COMMITTEE_REPORTER, committee))
			.param("done", "Trygghetsvandring i Skultuna.")
			.param("version", String.valueOf(report.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("sparades automatiskt")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("hx-swap-oob")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"" + (report.version() + 1) + "\"")));
		int versions = reports.versions(report.id()).size();

		TestUsers.signIn(Role.COMMITTEE_REPORTER, committee);
		ReportContent same = new ReportContent(null, null, "Trygghetsvandring i Skultuna.", null, null, null);
		assertThat(followUp.autosave(report.id(), report.version() + 1, same)).isEqualTo(report.version() + 1);
		assertThat(reports.versions(report.id())).hasSize(versions);

		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/reports/{id}/autosave", report.id())
			.with(csrf())
			.with(TestUsers.as(Role.COMMITTEE_REPORTER, committee))
			.param("done", "En äldre flik skriver över")
			.param("version", String.valueOf(report.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Någon annan har sparat")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("hx-swap-oob"))));
		assertThat(reports.byId(report.id()).orElseThrow().content().done()).isEqualTo("Trygghetsvandring i Skultuna.");
	}

	private static byte[] zip(String... names) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (String name : names) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write("x".getBytes(StandardCharsets.US_ASCII));
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

}
