package se.trygghet.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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
import se.trygghet.system.Refusal;

/**
 * The focus areas, goals and indicators a draft carries over get fates as the activities do: ended with a reason
 * (leaving the draft) or changed, audited in the draft's history, shown in the comparison, and fixed once adopted.
 */
@PlatformIntegrationTest
class CarriedItemsTests {

	static final String REASON = "Ersätts av kommunens egen trygghetsmätning";

	@Autowired
	NextPlanDrafting drafting;

	@Autowired
	PlanEditing editing;

	@Autowired
	PlanImport planImport;

	@Autowired
	PlanViews views;

	@Autowired
	PlanLineage lineage;

	@Autowired
	PlanHistory history;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	PlanView plan(String key) {
		return views.byKey(key).orElseThrow();
	}

	String drafted(String previous) {
		PlanFixtures.importCopy(planImport, previous);
		TestUsers.signIn(Role.COORDINATOR);
		return drafting.draft(previous, 2024, 2027);
	}

	/** The first indicator of the previous plan that has one, in the order of its focus areas. */
	PlanView.IndicatorView firstIndicator(String key) {
		return plan(key).focusAreas().stream().flatMap(f -> f.indicators().stream()).findFirst().orElseThrow();
	}

	@Test
	void refusesEndingAnIndicatorWithoutAReason() {
		String previous = "utan-skal-indikator-2021-2023";
		String draft = drafted(previous);
		IndicatorId indicator = new IndicatorId(firstIndicator(previous).id());
		int before = plan(draft).indicatorCount();

		assertThatThrownBy(() -> drafting.end(draft, CarriedItems.Kind.INDICATOR, indicator.value(), "  ")).isInstanceOf(Refusal.class)
			.hasMessageContaining("plan.succession.item.reasonRequired");
		assertThat(plan(draft).indicatorCount()).isEqualTo(before);
	}

	@Test
	void anEndedIndicatorLeavesTheDraftAndShowsWithItsReasonOnTheComparisonPageInThePdfAndInWord() throws Exception {
		String previous = "avslutad-indikator-2021-2023";
		String draft = drafted(previous);
		PlanView.IndicatorView indicator = firstIndicator(previous);
		int before = plan(draft).indicatorCount();

		drafting.end(draft, CarriedItems.Kind.INDICATOR, indicator.id(), REASON);

		assertThat(plan(draft).indicatorCount()).isEqualTo(before - 1);
		assertThat(plan(draft).focusAreas().stream().flatMap(f -> f.indicators().stream()))
			.noneMatch(i -> i.name().equals(indicator.name()));
		ActionPlanId previousId = new ActionPlanId(plan(previous).id());
		assertThat(lineage.indicatorFatesOf(previousId)).filteredOn(f -> f.item().equals(indicator.id()))
			.singleElement()
			.satisfies(f -> {
				assertThat(f.disposition()).isEqualTo(Disposition.ENDED);
				assertThat(f.reason()).isEqualTo(REASON);
			});
		// the series stays readable on the old plan
		assertThat(lineage.seriesOf(new IndicatorId(indicator.id()))).isEqualTo(new IndicatorId(indicator.id()));
		assertThat(history.forPlan(plan(draft).id(), 50)).anyMatch(h -> h.itemId().equals(indicator.id())
			&& h.toString().contains(REASON));
		TestUsers.signOut();

		String page = mvc.perform(get("/plans/" + draft + "/comparison").with(TestUsers.as(Role.VIEWER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String pageText = PlanComparisonTests.text(page.substring(page.indexOf("<main")));
		byte[] pdf = mvc.perform(get("/plans/" + draft + "/comparison/pdf").with(TestUsers.as(Role.VIEWER)))
			.andExpect(status().isOk())
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
		int carried = before - 1;
		for (String text : List.of(pageText, pdfText, wordText)) {
			// the summary row of the indicators: continued, changed, ended, new
			assertThat(text).contains("Indikatorer " + carried + " 0 1 0");
			assertThat(text).containsPattern("Indikatorer \\(1\\) .*Avslutas " + java.util.regex.Pattern
				.quote(indicator.name()) + ".*" + java.util.regex.Pattern.quote(REASON));
		}
	}

	@Test
	void aChangedIndicatorKeepsItsSeriesAndAnotherUnitStartsANewOneOnlyWhenAsked() {
		String previous = "andrad-indikator-2021-2023";
		String draft = drafted(previous);
		PlanView.IndicatorView indicator = firstIndicator(previous);
		IndicatorId id = new IndicatorId(indicator.id());

		drafting.changeIndicator(draft, id, "Upplevd trygghet i centrum", indicator.unit(), indicator.direction(),
				"Andel som känner sig trygga i centrum kvällstid", false);

		PlanView.IndicatorView copy = firstIndicator(draft);
		assertThat(copy.name()).isEqualTo("Upplevd trygghet i centrum");
		assertThat(lineage.seriesOf(new IndicatorId(copy.id()))).isEqualTo(lineage.seriesOf(id));
		assertThat(lineage.indicatorFatesOf(new ActionPlanId(plan(previous).id())))
			.filteredOn(f -> f.item().equals(indicator.id()))
			.extracting(PlanLineage.ItemFate::disposition)
			.containsExactly(Disposition.CHANGED);

		assertThatThrownBy(() -> drafting.changeIndicator(draft, id, "Upplevd trygghet i centrum", "antal per år",
				indicator.direction(), null, false)).isInstanceOf(Refusal.class)
			.hasMessageContaining("plan.succession.indicator.incomparable");
		assertThat(lineage.seriesOf(new IndicatorId(copy.id()))).isEqualTo(lineage.seriesOf(id));

		drafting.changeIndicator(draft, id, "Upplevd trygghet i centrum", "antal per år", indicator.direction(), null,
				true);
		assertThat(lineage.seriesOf(new IndicatorId(copy.id()))).isEqualTo(new IndicatorId(copy.id()));
	}

	@Test
	void goalsEndWithAReasonOrChangeTheirText() {
		String previous = "mal-2021-2023";
		String draft = drafted(previous);
		List<PlanView.GoalView> goals = plan(previous).focusAreas()
			.stream()
			.flatMap(f -> f.goals().stream())
			.toList();
		UUID ended = goals.get(0).id();
		UUID changed = goals.get(1).id();

		assertThatThrownBy(() -> drafting.end(draft, CarriedItems.Kind.GOAL, ended, null)).isInstanceOf(Refusal.class);
		drafting.end(draft, CarriedItems.Kind.GOAL, ended, REASON);
		drafting.changeGoal(draft, changed, "Fler känner sig trygga i sitt bostadsområde");

		assertThat(plan(draft).goalCount()).isEqualTo(goals.size() - 1);
		assertThat(lineage.goalFatesOf(new ActionPlanId(plan(previous).id())))
			.extracting(PlanLineage.ItemFate::disposition)
			.startsWith(Disposition.ENDED, Disposition.CHANGED);
		assertThatThrownBy(() -> drafting.changeGoal(draft, ended, "Igen")).isInstanceOf(Refusal.class)
			.hasMessageContaining("plan.succession.item.notCarried");
	}

	@Test
	void refusesEndingAFocusAreaThatStillHoldsActivitiesGoalsOrIndicators() {
		String previous = "fokus-2021-2023";
		String draft = drafted(previous);
		UUID area = plan(previous).focusAreas().get(0).id();

		assertThatThrownBy(() -> drafting.end(draft, CarriedItems.Kind.FOCUS_AREA, area, REASON)).isInstanceOf(Refusal.class)
			.hasMessageContaining("plan.succession.focusArea.notEmpty");
		drafting.changeFocusArea(draft, area, "Trygga offentliga miljöer", null);

		assertThat(plan(draft).focusAreas().get(0).title()).isEqualTo("Trygga offentliga miljöer");
		assertThat(lineage.focusAreaFatesOf(new ActionPlanId(plan(previous).id())).get(0).disposition())
			.isEqualTo(Disposition.CHANGED);
	}

	@Test
	void noFateOfAFocusAreaGoalOrIndicatorChangesAfterAdoption() {
		String previous = "antagen-2021-2023";
		String draft = drafted(previous);
		PlanView old = plan(previous);
		IndicatorId indicator = new IndicatorId(firstIndicator(previous).id());
		UUID goal = old.focusAreas().get(0).goals().get(0).id();
		UUID area = old.focusAreas().get(0).id();
		editing.adopt(draft, "Kommunfullmäktige", "KF 2024/12", LocalDate.of(2024, 2, 15));
		try {
			for (Runnable choice : List.<Runnable>of(() -> drafting.end(draft, CarriedItems.Kind.INDICATOR, indicator.value(), REASON),
					() -> drafting.changeIndicator(draft, indicator, "Nytt namn", "procent", Direction.INCREASE, null,
							true),
					() -> drafting.end(draft, CarriedItems.Kind.GOAL, goal, REASON), () -> drafting.changeGoal(draft, goal, "Ny text"),
					() -> drafting.changeFocusArea(draft, area, "Ny rubrik", null),
					() -> drafting.end(draft, CarriedItems.Kind.FOCUS_AREA, area, REASON))) {
				assertThatThrownBy(choice::run).isInstanceOf(Refusal.class)
					.hasMessageContaining("plan.succession.notDraft");
			}
			assertThat(lineage.indicatorFatesOf(new ActionPlanId(old.id())))
				.allMatch(f -> f.disposition() == Disposition.CONTINUED);
		}
		finally {
			// an adopted 2024–2027 plan would be the current plan for every later test sharing this database
			editing.archive(draft);
		}
	}

}
