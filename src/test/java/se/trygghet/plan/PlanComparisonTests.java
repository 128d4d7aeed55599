package se.trygghet.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;

/**
 * The comparison of the next plan with the previous one: page, PDF and Word tell the same fates with the same counts,
 * and the pages a coordinator uses to get there (drawing the draft, choosing a fate) work through the web.
 */
@PlatformIntegrationTest
class PlanComparisonTests {

	static final String REASON = "Genomförd: trygghetsvandringar är nu en del av det ordinarie arbetet";

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanImport planImport;

	@Autowired
	PlanEditing editing;

	@Autowired
	PlanViews views;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	/** A draft drawn through the pages: 2.3 ended, 1.1 changed, 1.2 merged into 1.3, one new activity in 6. */
	String drafted(String previous) throws Exception {
		PlanFixtures.importCopy(planImport, previous);
		mvc.perform(post("/plans/" + previous + "/next").with(csrf())
			.with(TestUsers.as(Role.COORDINATOR))
			.param("periodFrom", "2024")
			.param("periodTo", "2027")).andExpect(redirectedUrl("/plans/" + previous.replace("2021-2023", "2024-2027")
					+ "/comparison"));
		String draft = previous.replace("2021-2023", "2024-2027");
		mvc.perform(post("/plans/" + draft + "/succession/2.3").with(csrf())
			.with(TestUsers.as(Role.COORDINATOR))
			.param("choice", "ENDED")
			.param("reason", REASON)
			// what a browser sends with no activity chosen to merge into
			.param("target", "")).andExpect(redirectedUrl("/plans/" + draft + "/comparison"));
		mvc.perform(post("/plans/" + draft + "/succession/1.2").with(csrf())
			.with(TestUsers.as(Role.COORDINATOR))
			.param("choice", "MERGED")
			.param("target", "1.3")).andExpect(redirectedUrl("/plans/" + draft + "/comparison"));
		TestUsers.signIn(Role.COORDINATOR);
		PlanView.ActivityView copy = views.byKey(draft).orElseThrow().activity("1.1");
		List<CommitteeId> committees = copy.committees().stream().map(c -> new CommitteeId(c.committeeId())).toList();
		editing.reviseActivity(draft, ActivityNumber.parse("1.1"), copy.version(), "Kartlägga trygghet årligen",
				committees, committees.get(0));
		editing.addActivity(draft, 6, "6.20", "Ny samverkan kring föreningslivet", committees, committees.get(0));
		TestUsers.signOut();
		return draft;
	}

	/** What a page says, without its markup. */
	static String text(String html) {
		return html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
	}

	static String count(String text, String label) {
		Matcher matcher = Pattern.compile(Pattern.quote(label) + " (\\d+)").matcher(text);
		assertThat(matcher.find()).as(label + " in " + text).isTrue();
		return matcher.group(1);
	}

	@Test
	void showsAnEndedActivityWithItsReasonAndTheSameCountsOnThePageInThePdfAndInWord() throws Exception {
		String draft = drafted("jamforelse-2021-2023");

		String page = mvc.perform(get("/plans/" + draft + "/comparison").with(TestUsers.as(Role.VIEWER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String pageText = text(page.substring(page.indexOf("<main")));
		byte[] pdf = mvc.perform(get("/plans/" + draft + "/comparison/pdf").with(TestUsers.as(Role.VIEWER)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] docx = mvc.perform(get("/plans/" + draft + "/comparison/docx").with(TestUsers.as(Role.VIEWER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String pdfText;
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			pdfText = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
		}
		String wordText;
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			wordText = extractor.getText().replaceAll("\\s+", " ");
		}

		for (String text : List.of(pageText, pdfText, wordText)) {
			assertThat(text).contains(REASON).contains("Kartlägga trygghet årligen").contains("Ny samverkan kring föreningslivet");
			assertThat(count(text, "Fortsätter")).isEqualTo("34");
			assertThat(count(text, "Fortsätter ändrade")).isEqualTo("1");
			assertThat(count(text, "Avslutas")).isEqualTo("1");
			assertThat(count(text, "Slås ihop")).isEqualTo("1");
			assertThat(count(text, "Nya")).isEqualTo("1");
			// the ended activity's section: its number in the old plan, and its reason beside it
			assertThat(text).containsPattern("Avslutas \\(1\\).*2\\.3 .*" + Pattern.quote(REASON));
		}
	}

	@Test
	void refusesEndingWithoutAReasonOnTheFormAndKeepsWhatWasTyped() throws Exception {
		String draft = drafted("utan-skal-2021-2023");
		String page = mvc.perform(post("/plans/" + draft + "/succession/3.1").with(csrf())
			.with(TestUsers.as(Role.COORDINATOR))
			.param("choice", "ENDED")
			.param("reason", " "))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Skriv varför aktiviteten avslutas").contains("data-error-summary");
		mvc.perform(post("/plans/" + draft + "/succession/3.1").with(csrf())
			.with(TestUsers.as(Role.COORDINATOR))
			.param("choice", "MERGED"))
			.andExpect(status().isOk());
	}

	@Test
	void showsWhereACarriedActivityCameFromAndWhatBecameOfTheOldOne() throws Exception {
		String draft = drafted("harkomst-2021-2023");
		String activity = mvc.perform(get("/plans/" + draft + "/activities/4.4").with(TestUsers.as(Role.VIEWER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(text(activity))
			.contains("tidigare 4.5 i Handlingsplan för trygghetsskapande och brottsförebyggande arbete 2021–2023");
		String old = mvc.perform(get("/plans/harkomst-2021-2023/activities/2.3").with(TestUsers.as(Role.VIEWER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(text(old)).contains("Avslutas i Handlingsplan för trygghetsskapande och brottsförebyggande arbete "
				+ "2024–2027: " + REASON);
	}

}
