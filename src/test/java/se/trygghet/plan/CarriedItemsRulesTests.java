package se.trygghet.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static se.trygghet.plan.SuccessionTests.refused;

import org.junit.jupiter.api.Test;

/** The rules for ending or changing a carried focus area, goal or indicator, without a database. */
class CarriedItemsRulesTests {

	final CarriedItems draft = new CarriedItems(PlanState.DRAFT);

	final CarriedItems adopted = new CarriedItems(PlanState.ADOPTED);

	final CarriedItems.Indicator share = new CarriedItems.Indicator("Upplevd trygghet", "procent", Direction.INCREASE,
			null);

	@Test
	void refusesAnEndWithoutAReason() {
		refused(() -> draft.end(" "), "plan.succession.item.reasonRequired");
		assertThat(draft.end(" Ersatt ")).isEqualTo("Ersatt");
	}

	@Test
	void keepsTheSeriesThroughAComparableChangeAndRefusesAnIncomparableOneUnlessANewSeriesStarts() {
		assertThat(draft.changeIndicator(share,
				new CarriedItems.Indicator("Upplevd trygghet i centrum", "Procent", Direction.INCREASE, "Ny"), false))
			.isFalse();
		CarriedItems.Indicator count = new CarriedItems.Indicator("Upplevd trygghet", "antal", Direction.INCREASE, null);
		CarriedItems.Indicator turned = new CarriedItems.Indicator("Upplevd otrygghet", "procent", Direction.DECREASE,
				null);
		refused(() -> draft.changeIndicator(share, count, false), "plan.succession.indicator.incomparable");
		refused(() -> draft.changeIndicator(share, turned, false), "plan.succession.indicator.incomparable");
		assertThat(draft.changeIndicator(share, count, true)).isTrue();
	}

	@Test
	void refusesEndingAFocusAreaThatStillHoldsItems() {
		refused(() -> draft.endFocusArea("Slås ihop", 3), "plan.succession.focusArea.notEmpty");
		assertThat(draft.endFocusArea("Slås ihop", 0)).isEqualTo("Slås ihop");
	}

	@Test
	void refusesEveryChoiceOnceTheDraftIsAdopted() {
		refused(() -> adopted.end("Skäl"), "plan.succession.notDraft");
		refused(() -> adopted.change("text", "Ny"), "plan.succession.notDraft");
		refused(() -> adopted.changeIndicator(share, share, false), "plan.succession.notDraft");
		refused(() -> adopted.endFocusArea("Skäl", 0), "plan.succession.notDraft");
	}

}
