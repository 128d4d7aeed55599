package se.trygghet.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;

/**
 * A plan's lineage (the plan it was drawn from, each item's origin, the fates of the previous plan's activities and
 * the reasons of the focus areas, goals and indicators it ended) and the indicators its activities name travel in the
 * plan file (format version 2), and version 1 files still import.
 */
@PlatformIntegrationTest
class PlanFileLineageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanImport planImport;

	@Autowired
	NextPlanDrafting drafting;

	@Autowired
	ActivityAimsEditing aims;

	@Autowired
	PlanViews views;

	@Autowired
	PlanLineage lineage;

	@Autowired
	ActivityIndicators activityIndicators;

	@Autowired
	PlanHistory history;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	PlanView plan(String key) {
		return views.byKey(key).orElseThrow();
	}

	String export(String key) throws Exception {
		return mvc.perform(get("/plans/" + key + "/export").with(TestUsers.as(Role.COORDINATOR)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	PlanImport.Outcome importText(String text) {
		return planImport.importFile(text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void anExportedNextPlanImportsWithItsOriginsFatesAndNamedIndicators() throws Exception {
		String previous = PlanFixtures.importCopy(planImport, "arv-2021-2023");
		TestUsers.signIn(Role.COORDINATOR);
		String draft = drafting.draft(previous, 2024, 2027);
		drafting.end(draft, ActivityNumber.parse("2.3"), "Genomförd: trygghetsvandringarna är nu ordinarie arbete");
		drafting.merge(draft, ActivityNumber.parse("1.2"), ActivityNumber.parse("1.3"), "Samma kartläggning");
		PlanView.IndicatorView named = plan(draft).focusArea(2).indicators().get(1);
		aims.choose(draft, ActivityNumber.parse("1.1"), List.of(new IndicatorId(named.id())));
		TestUsers.signOut();

		// the chain moves to another installation: both files under new keys, the next one naming its predecessor
		String previousFile = export(previous).replace(previous, "flytt-2021-2023");
		String draftFile = export(draft).replace(previous, "flytt-2021-2023").replace(draft, "flytt-2024-2027");
		assertThat(draftFile).contains("format: trygghetsplattformen/plan@2", "predecessor: flytt-2021-2023");
		assertThat(importText(previousFile).problems()).isEmpty();
		assertThat(importText(draftFile).problems()).isEmpty();

		PlanView original = plan(draft);
		PlanView moved = plan("flytt-2024-2027");
		PlanView movedPrevious = plan("flytt-2021-2023");
		assertThat(lineage.predecessorOf(new ActionPlanId(moved.id()))).contains(new ActionPlanId(movedPrevious.id()));
		// every activity keeps its previous number, now in the moved predecessor
		assertThat(origins(moved)).isEqualTo(origins(original)).containsEntry("4.4", "4.5").hasSize(35);
		for (PlanView.ActivityView activity : moved.activities()) {
			assertThat(lineage.originOf(new ActivityId(activity.id())).orElseThrow().plan())
				.isEqualTo(new ActionPlanId(movedPrevious.id()));
		}
		// the fates with their reasons and the activities merged into
		assertThat(fates(movedPrevious)).isEqualTo(fates(plan(previous)))
			.containsEntry("2.3", "ENDED Genomförd: trygghetsvandringarna är nu ordinarie arbete -")
			.containsEntry("1.2", "MERGED Samma kartläggning 1.3");
		// the indicator activity 1.1 names itself, and the carried indicators continue their series
		assertThat(activityIndicators.ofActivity(new ActivityId(moved.activity("1.1").id())))
			.filteredOn(PlanFileLineageTests::namedOnly)
			.extracting(ActivityIndicators.Aim::indicatorName)
			.containsExactly(named.name());
		PlanView.IndicatorView carried = moved.focusArea(2).indicators().get(1);
		assertThat(lineage.seriesOf(new IndicatorId(carried.id())))
			.isEqualTo(lineage.seriesOf(new IndicatorId(movedPrevious.focusArea(2).indicators().get(1).id())));
		// and exporting the imported plan writes the same file again, in JSON as in YAML
		assertThat(export("flytt-2024-2027")).isEqualTo(draftFile);
		String json = mvc.perform(get("/plans/flytt-2024-2027/export?format=json").with(TestUsers.as(Role.COORDINATOR)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(PlanFileReader.read(json.getBytes(StandardCharsets.UTF_8)).document())
			.isEqualTo(PlanFileReader.read(draftFile.getBytes(StandardCharsets.UTF_8)).document());
		// the previous plan's history says its next plan arrived
		assertThat(history.forPlan(movedPrevious.id(), 5)).extracting(PlanHistory.Revision::summary)
			.contains("plan.history.nextImported");
	}

	@Test
	void anExportedNextPlanCarriesTheReasonsOfTheFocusAreasGoalsAndIndicatorsItEnded() throws Exception {
		String previous = PlanFixtures.importCopy(planImport, "slut-2021-2023");
		PlanView before = plan(previous);
		PlanView.FocusAreaView last = before.focusAreas().get(before.focusAreas().size() - 1);
		PlanView.FocusAreaView first = before.focusAreas().get(0);
		TestUsers.signIn(Role.COORDINATOR);
		String draft = drafting.draft(previous, 2024, 2027);
		// a whole focus area ends once what is in it has its own fate
		last.activities().forEach(a -> drafting.end(draft, ActivityNumber.parse(a.number()), "Flyttas till 1"));
		last.goals().forEach(g -> drafting.end(draft, CarriedItems.Kind.GOAL, g.id(), "Målet nås i fokusområde 1"));
		last.indicators()
			.forEach(i -> drafting.end(draft, CarriedItems.Kind.INDICATOR, i.id(), "Mäts i kommunens enkät"));
		drafting.end(draft, CarriedItems.Kind.FOCUS_AREA, last.id(), "Går upp i fokusområde 1");
		drafting.end(draft, CarriedItems.Kind.GOAL, first.goals().get(1).id(), "Ingår i det första målet");
		TestUsers.signOut();

		String previousFile = export(previous).replace(previous, "slutflytt-2021-2023");
		String draftFile = export(draft).replace(previous, "slutflytt-2021-2023").replace(draft, "slutflytt-2024-2027");
		assertThat(draftFile).contains("endings:").contains("Går upp i fokusområde 1");
		assertThat(importText(previousFile).problems()).isEmpty();
		assertThat(importText(draftFile).problems()).isEmpty();

		ActionPlanId original = new ActionPlanId(before.id());
		ActionPlanId moved = new ActionPlanId(plan("slutflytt-2021-2023").id());
		assertThat(itemFates(lineage.focusAreaFatesOf(moved))).isEqualTo(itemFates(lineage.focusAreaFatesOf(original)))
			.contains("ENDED " + last.number() + ". " + last.title() + ": Går upp i fokusområde 1");
		assertThat(itemFates(lineage.goalFatesOf(moved))).isEqualTo(itemFates(lineage.goalFatesOf(original)))
			.contains("ENDED " + first.goals().get(1).text() + ": Ingår i det första målet");
		assertThat(itemFates(lineage.indicatorFatesOf(moved))).isEqualTo(itemFates(lineage.indicatorFatesOf(original)))
			.filteredOn(f -> f.endsWith(": Mäts i kommunens enkät"))
			.hasSize(last.indicators().size());
		assertThat(export("slutflytt-2024-2027")).isEqualTo(draftFile);
	}

	/** Each item's fate as "DISPOSITION text: reason" (no reason: the text alone), in the previous plan's order. */
	private static List<String> itemFates(List<PlanLineage.ItemFate> fates) {
		return fates.stream()
			.map(f -> f.disposition() + " " + f.text() + (f.reason() == null ? "" : ": " + f.reason()))
			.toList();
	}

	private static boolean namedOnly(ActivityIndicators.Aim aim) {
		return aim.named() && !aim.inFocusArea();
	}

	/** Each activity's number and its origin's number. */
	private Map<String, String> origins(PlanView plan) {
		return plan.activities()
			.stream()
			.collect(Collectors.toMap(PlanView.ActivityView::number,
					a -> lineage.originOf(new ActivityId(a.id())).orElseThrow().number().toString()));
	}

	/** Each previous activity's fate as "DISPOSITION reason successor". */
	private Map<String, String> fates(PlanView previous) {
		return lineage.fatesOf(new ActionPlanId(previous.id()))
			.stream()
			.collect(Collectors.toMap(f -> f.number().toString(),
					f -> f.disposition() + " " + (f.reason() == null ? "-" : f.reason()) + " "
							+ (f.successorNumber() == null ? "-" : f.successorNumber().toString())));
	}

	@Test
	void theShippedVersionOneFileStillImportsUnchanged() {
		String file = PlanFixtures.vasterasFileWithKey("version-ett");
		assertThat(file).contains("format: trygghetsplattformen/plan@1");

		assertThat(importText(file).problems()).isEmpty();

		Map<String, Object> imported = PlanFileWriter.tree(plan("version-ett"));
		Map<String, Object> shipped = PlanFileWriter.tree(plan(PlanFixtures.VASTERAS));
		assertThat(imported.get("focusAreas")).isEqualTo(shipped.get("focusAreas"));
		assertThat(imported.get("committees")).isEqualTo(shipped.get("committees"));
		assertThat(lineage.predecessorOf(new ActionPlanId(plan("version-ett").id()))).isEmpty();
	}

	@Test
	void aFileNamingAPredecessorThatIsNotHereIsAProblem() {
		String file = PlanFixtures.vasterasFileWithKey("utan-foregangare")
			.replace("format: trygghetsplattformen/plan@1", "format: trygghetsplattformen/plan@2")
			.replace("  state: ADOPTED", "  state: ADOPTED\n  predecessor: finns-inte-2018-2020");

		PlanImport.Outcome outcome = importText(file);

		assertThat(outcome.imported()).isFalse();
		assertThat(outcome.problems()).containsExactly(
				new PlanFileProblem("plan.predecessor", "plan.predecessor.unknown", "finns-inte-2018-2020"));
		assertThat(views.byKey("utan-foregangare")).isEmpty();
	}

	@Test
	void aMalformedVersionTwoFileGivesProblemsPerFieldNotAnError() throws Exception {
		String file = PlanFixtures.vasterasFileWithKey("trasig-tvaa")
			.replace("format: trygghetsplattformen/plan@1", "format: trygghetsplattformen/plan@2")
			.replace("  state: ADOPTED", "  state: ADOPTED\n  predecessor: " + PlanFixtures.VASTERAS)
			.replaceFirst("(\n    activities:\n      - number: \"1.1\")",
					"$1\n        origin: 1.1\n        indicators: [{focusArea: 2, name: \"Finns inte\"}]")
			+ "fates:\n  - activity: \"1.2\"\n    disposition: GONE\n  - activity: \"2.3\"\n    disposition: ENDED\n"
			+ "endings:\n  - focusArea: 4\n    goal: {focusArea: 4, position: 1}\n    reason: Båda\n"
			+ "  - indicator: {focusArea: 2, name: Trygghet}\n";

		MvcResult result = mvc
			.perform(multipart("/plans/import")
				.file(new MockMultipartFile("file", "trasig.yaml", "application/yaml",
						file.getBytes(StandardCharsets.UTF_8)))
				.with(TestUsers.as(Role.COORDINATOR))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.csrf()))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		@SuppressWarnings("unchecked")
		List<PlanFileProblem> problems = (List<PlanFileProblem>) result.getModelAndView().getModel().get("problems");
		assertThat(problems).extracting(p -> p.location() + " " + p.code())
			.containsExactlyInAnyOrder("focusAreas[0].activities[0] (1.1).origin plan.activity.number.quote",
					"focusAreas[0].activities[0] (1.1).indicators[0] plan.activity.indicator.unknown",
					"fates[0].disposition plan.field.oneOf", "fates[1].reason plan.fate.ended",
					"endings[0] plan.ending.what", "endings[1].reason plan.field.missing");
		assertThat(views.byKey("trasig-tvaa")).isEmpty();
	}

}
