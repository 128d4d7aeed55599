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
import java.util.UUID;
import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.plan.PlanFixtures;
import se.trygghet.plan.PlanLineage;

/**
 * An activity the next plan ends, or merges into another, is told so, with the reason, in the last follow-up of the
 * plan it ends in: the latest round's page, the activity's report, the annual report (PDF and Word) and the API. A draft's choice is a proposal
 * and shows nowhere in the follow-up until the draft is adopted; earlier rounds of the plan never show it.
 */
@PlatformIntegrationTest
class LastFollowUpShowsEndingsTests {

	static final String REASON = "Uppdraget ligger numera i socialtjänstens ordinarie arbete";

	static final String ENDING = "Avslutas i Handlingsplan för trygghetsskapande och brottsförebyggande arbete "
			+ "2024–2027: " + REASON;

	static final String MERGE_REASON = "Båda vänder sig till samma föräldrar";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	FollowUp followUp;

	@Autowired
	Reports reports;

	@Autowired
	AnnualReports annualReports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanLineage lineage;

	@Test
	void theLastRoundOfThePlanSaysWhichActivitiesTheAdoptedNextPlanEndsAndWhy() throws Exception {
		PlanFixtures.importCopy(context, "sista-2021-2023");
		ActionPlanId plan = new ActionPlanId(jdbc.sql("select id from action_plan where plan_key = 'sista-2021-2023'")
			.query(UUID.class)
			.single());
		TestUsers.signIn(Role.COORDINATOR);
		RoundId earlier;
		RoundId last;
		try {
			earlier = followUp.planRound(plan, "2022", "Uppföljning 2022", LocalDate.of(2022, 1, 10),
					LocalDate.of(2022, 3, 1));
			followUp.openRound(earlier);
			followUp.closeRound(earlier);
			last = followUp.planRound(plan, "2023", "Uppföljning 2023", LocalDate.of(2023, 1, 10),
					LocalDate.of(2023, 3, 1));
			followUp.openRound(last);
			followUp.closeRound(last);
		}
		finally {
			TestUsers.signOut();
		}
		Report ended = reports.ofRound(last)
			.stream()
			.filter(r -> r.activityNumber().toString().equals("2.3") && r.kind() == Report.Kind.ACTIVITY_REPORT)
			.findFirst()
			.orElseThrow();

		String draft = "/plans/sista-2024-2027";
		mvc.perform(coordinator("/plans/sista-2021-2023/next").param("periodFrom", "2024").param("periodTo", "2027"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(coordinator(draft + "/succession/2.3").param("choice", "ENDED").param("reason", REASON))
			.andExpect(status().is3xxRedirection());
		mvc.perform(coordinator(draft + "/succession/2.4").param("choice", "MERGED")
			.param("target", "2.5")
			.param("reason", MERGE_REASON)).andExpect(status().is3xxRedirection());
		Report merged = reports.ofRound(last)
			.stream()
			.filter(r -> r.activityNumber().toString().equals("2.4") && r.kind() == Report.Kind.ACTIVITY_REPORT)
			.findFirst()
			.orElseThrow();
		PlanLineage.ActivityFate fate = lineage.fatesOf(plan)
			.stream()
			.filter(f -> f.number().toString().equals("2.4"))
			.findFirst()
			.orElseThrow();
		String merging = "Slås samman med " + fate.successorNumber() + " " + fate.successorText()
				+ " i Handlingsplan för trygghetsskapande och brottsförebyggande arbete 2024–2027: " + MERGE_REASON;
		// proposed, not decided: the follow-up does not report it yet
		assertThat(page("/rounds/" + last)).doesNotContain(REASON);
		assertThat(page("/reports/" + ended.id())).doesNotContain(REASON);
		assertThat(page("/reports/" + merged.id())).doesNotContain(MERGE_REASON);

		mvc.perform(coordinator(draft + "/adopt").param("adoptedBy", "Kommunfullmäktige")
			.param("decision", "KF 2024/12")
			.param("adoptedOn", "2024-02-15")).andExpect(status().is3xxRedirection());
		try {
			assertThat(page("/rounds/" + last)).contains("Avslutas eller slås samman i nästa plan")
				.contains("2.3")
				.contains(ENDING)
				.contains(merging);
			assertThat(page("/reports/" + ended.id())).contains(ENDING);
			assertThat(page("/reports/" + merged.id())).contains(merging);
			assertThat(page("/rounds/" + earlier)).doesNotContain(REASON).doesNotContain(MERGE_REASON);
			String api = mvc.perform(get("/api/v1/rounds/" + last + "/reports").with(TestUsers.as(Role.COORDINATOR)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(JsonPath.<List<String>>read(api, "$[?(@.activityNumber == '2.3' && @.kind == 'ACTIVITY_REPORT')].nextPlan.fate"))
				.containsExactly("ENDED");
			assertThat(JsonPath.<List<String>>read(api, "$[?(@.activityNumber == '2.3' && @.kind == 'ACTIVITY_REPORT')].nextPlan.reason"))
				.containsExactly(REASON);
			assertThat(JsonPath.<List<String>>read(api, "$[?(@.activityNumber == '2.4' && @.kind == 'ACTIVITY_REPORT')].nextPlan.mergedInto"))
				.containsExactly(fate.successorNumber().toString());
			assertThat(JsonPath.<List<String>>read(api, "$[?(@.activityNumber == '2.4' && @.kind == 'ACTIVITY_REPORT')].nextPlan.reason"))
				.containsExactly(MERGE_REASON);
			assertThat(JsonPath.<List<Object>>read(api, "$[?(@.activityNumber == '2.5')].nextPlan"))
				.as("an activity the next plan carries on has no fate to tell").containsOnlyNulls();
			String earlierApi = mvc.perform(get("/api/v1/rounds/" + earlier + "/reports").with(TestUsers.as(Role.COORDINATOR)))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(earlierApi).doesNotContain(REASON).doesNotContain(MERGE_REASON);

			TestUsers.signIn(Role.COORDINATOR);
			UUID snapshot;
			try {
				snapshot = annualReports.generate(last, AnnualReport.Audience.KOMMUNSTYRELSEN, null, null,
						Locale.forLanguageTag("sv"));
			}
			finally {
				TestUsers.signOut();
			}
			try (PDDocument pdf = Loader.loadPDF(annualReports.file(snapshot, "pdf").orElseThrow().bytes())) {
				assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains(ENDING, merging);
			}
			try (XWPFWordExtractor docx = new XWPFWordExtractor(new XWPFDocument(
					new ByteArrayInputStream(annualReports.file(snapshot, "docx").orElseThrow().bytes())))) {
				assertThat(docx.getText().replaceAll("\\s+", " ")).contains(ENDING, merging);
			}
		}
		finally {
			// the real plan is the current one for every other test sharing this database
			mvc.perform(coordinator(draft + "/archive")).andExpect(status().is3xxRedirection());
		}
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder coordinator(String path) {
		return post(path).with(csrf()).with(TestUsers.as(Role.COORDINATOR));
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).with(TestUsers.as(Role.COORDINATOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)
			.replaceAll("<[^>]+>", " ")
			.transform(org.springframework.web.util.HtmlUtils::htmlUnescape)
			.replaceAll("\\s+", " ");
	}

}
