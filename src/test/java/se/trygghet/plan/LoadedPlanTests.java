package se.trygghet.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghet.PlatformIntegrationTest;

/** The Västerås plan as loaded on first start, checked against the source document. */
@PlatformIntegrationTest
class LoadedPlanTests {

	/** Each activity's committees in the order the source document lists them, by short name; written from the seed. */
	static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();

	static {
		put("1.1", "KS NIFF");
		put("1.2", "KS NIFF BN");
		put("1.3", "NIFF KN SKDN");
		put("1.4", "NIFF KN SKDN");
		put("1.5", "NIFF KN SKDN");
		put("1.6", "KS UAN IFN");
		put("2.1", "KS NIFF");
		put("2.2", "BN TN FN");
		put("2.3", "TN IFN MKN SKDN");
		put("2.4", "TN NIFF KN BN SKDN");
		put("2.5", "NIFF KN SKDN");
		put("2.6", "MKN");
		put("3.1", "KS NIFF");
		put("3.2", "GSN UAN SKDN");
		put("3.3", "NIFF");
		put("3.4", "MKN");
		put("4.1", "FSN GSN UAN SKDN");
		put("4.2", "FN FSN GSN UAN BN MKN");
		put("4.3", "GSN FSN UAN SKDN");
		put("4.5", "UAN GSN FSN SKDN");
		put("4.6", "UAN FSN GSN SKDN");
		put("5.1", "KS");
		put("5.2", "GSN FSN UAN SKDN");
		put("5.3", "IFN");
		put("5.4", "KS IFN NPF GSN FSN UAN SKDN NIFF");
		put("5.5", "KS IFN NPF GSN FSN UAN SKDN NIFF");
		put("5.6", "KS IFN NPF GSN FSN UAN SKDN NIFF");
		put("5.7", "KS");
		put("5.8", "IFN NIFF KS");
		put("6.1", "KS NIFF");
		put("6.2", "KS IFN UAN GSN NIFF FN");
		put("6.3", "KS");
		put("6.4", "KS");
		put("6.5", "KS");
		put("6.6", "KN NIFF");
		put("6.7", "KS");
		put("6.8", "KS");
	}

	static void put(String number, String committees) {
		EXPECTED.put(number, List.of(committees.split(" ")));
	}

	@Autowired
	PlanViews views;

	PlanView plan() {
		return views.byKey(PlanFixtures.VASTERAS).orElseThrow();
	}

	@Test
	void hasSixFocusAreasThirteenGoalsTwentyFiveIndicatorsAndThirtySevenActivities() {
		PlanView plan = plan();
		assertThat(plan.focusAreas()).extracting(PlanView.FocusAreaView::number).containsExactly(1, 2, 3, 4, 5, 6);
		assertThat(plan.focusAreas()).extracting(f -> f.goals().size()).containsExactly(2, 2, 2, 2, 2, 3);
		assertThat(plan.focusAreas()).extracting(f -> f.indicators().size()).containsExactly(6, 4, 4, 4, 4, 3);
		assertThat(plan.goalCount()).isEqualTo(13);
		assertThat(plan.indicatorCount()).isEqualTo(25);
		assertThat(plan.activities()).hasSize(37);
		assertThat(plan.state()).isEqualTo(PlanState.ADOPTED);
	}

	@Test
	void numbersActivitiesExactlyAsTheSourceWithNoActivityFourFour() {
		assertThat(plan().activities()).extracting(PlanView.ActivityView::number)
			.containsExactlyElementsOf(EXPECTED.keySet())
			.doesNotContain("4.4");
	}

	@Test
	void listsEveryActivitysCommitteesInTheSourceOrderWithTheFirstAsUnconfirmedLead() {
		for (PlanView.ActivityView activity : plan().activities()) {
			assertThat(activity.committees()).as(activity.number())
				.extracting(PlanView.ResponsibleView::shortName)
				.containsExactlyElementsOf(EXPECTED.get(activity.number()));
			assertThat(activity.committees()).as(activity.number()).filteredOn(PlanView.ResponsibleView::lead).hasSize(1);
			assertThat(activity.committees().get(0).lead()).as(activity.number()).isTrue();
			assertThat(activity.leadConfirmed()).as(activity.number()).isFalse();
		}
	}

	@Test
	void hasThirteenDistinctCommitteesAndKeepsOtherConcernedCommitteesAsANote() {
		PlanView plan = plan();
		assertThat(plan.committees()).hasSize(13);
		assertThat(plan.committees()).extracting(PlanView.CommitteeView::name)
			.noneMatch(name -> name.contains("övriga"));
		assertThat(plan.activity("6.3").note()).isEqualTo("övriga berörda nämnder");
	}

	@Test
	void keepsTheFiguresTheSourceStatesWithTheirIndicators() {
		PlanView.IndicatorView turnout = indicator("Valdeltagande");
		assertThat(turnout.statedFigures()).extracting(PlanView.StatedFigureView::value)
			.containsExactly(new BigDecimal("84"), new BigDecimal("94"), new BigDecimal("61"));
		assertThat(turnout.statedFigures()).allSatisfy(f -> assertThat(f.period()).isEqualTo("2018"));
		PlanView.IndicatorView eligible = indicator("Andel behöriga till yrkesprogram i gymnasiet");
		assertThat(eligible.statedFigures()).extracting(PlanView.StatedFigureView::value)
			.containsExactly(new BigDecimal("84"), new BigDecimal("83"));
		assertThat(eligible.statedFigures()).allSatisfy(f -> assertThat(f.period()).isEqualTo("2019"));
		long others = plan().focusAreas()
			.stream()
			.flatMap(f -> f.indicators().stream())
			.filter(i -> !i.statedFigures().isEmpty())
			.count();
		assertThat(others).isEqualTo(2);
	}

	@Test
	void hasTheOrganisationOnFourLevels() {
		assertThat(plan().organisation()).extracting(PlanView.OrgBodyView::name)
			.contains("Kommunfullmäktige", "Kommunstyrelsen", "Stadsledningskontoret", "Värna Västerås",
					"Trygghetsrådet", "Hållbarhetsenheten", "PLG Social hållbarhet",
					"Kultur-, idrotts- och fritidsförvaltningen");
		assertThat(plan().organisation()).extracting(PlanView.OrgBodyView::level)
			.contains(OrganisationLevel.values());
	}

	private PlanView.IndicatorView indicator(String name) {
		return plan().focusAreas()
			.stream()
			.flatMap(f -> f.indicators().stream())
			.filter(i -> i.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

}
