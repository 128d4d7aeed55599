package se.trygghet.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static se.trygghet.indicator.IndicatorFixtures.yearly;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.trygghet.indicator.IndicatorCatalog.Assessment;
import se.trygghet.indicator.IndicatorCatalog.Assessment.BaselineOrigin;
import se.trygghet.indicator.IndicatorCatalog.Assessment.Reason;
import se.trygghet.indicator.IndicatorSetup.MeasureType;
import se.trygghet.plan.Direction;

/** The verdict rule on hand-made series: a baseline in 2020 and values for 2021–2023 unless said otherwise. */
class VerdictRuleTests {

	static VerdictRule.Base baseline(double value) {
		return new VerdictRule.Base(Period.year(2020), BigDecimal.valueOf(value), "1", BaselineOrigin.YEAR_BEFORE_PLAN);
	}

	static Assessment assess(Direction direction, MeasureType measure, double baseline, Double... from2021) {
		return VerdictRule.assess(direction, measure, 3, baseline(baseline), yearly(2021, from2021));
	}

	@Test
	void findsAShareThatRisesByMoreThanTwoPointsImprovingWhenItShouldRise() {
		Assessment assessment = assess(Direction.INCREASE, MeasureType.SHARE, 70, 71.0, 72.5, 73.0);
		assertThat(assessment.verdict()).isEqualTo(Verdict.FORBATTRAS);
		assertThat(assessment.reason()).isEqualTo(Reason.ASSESSED);
		assertThat(assessment.window()).extracting(Period::toString).containsExactly("2021", "2022", "2023");
		assertThat(assessment.windowMean()).isEqualByComparingTo("72.1667");
		assertThat(assessment.change()).isEqualByComparingTo("2.1667");
		assertThat(assessment.threshold()).isEqualByComparingTo("2");
	}

	@Test
	void findsTheSameRiseWorseningWhenTheIndicatorShouldFall() {
		assertThat(assess(Direction.DECREASE, MeasureType.SHARE, 70, 71.0, 72.5, 73.0).verdict())
			.isEqualTo(Verdict.FORSAMRAS);
	}

	@Test
	void findsFallingCrimeImprovingWhenDecreasingIsGood() {
		// reported violent crimes per 100 000: 5 % of 1 200 is 60, and the mean fell by 100
		assertThat(assess(Direction.DECREASE, MeasureType.RATE, 1200, 1150.0, 1100.0, 1050.0).verdict())
			.isEqualTo(Verdict.FORBATTRAS);
		assertThat(assess(Direction.INCREASE, MeasureType.RATE, 1200, 1150.0, 1100.0, 1050.0).verdict())
			.isEqualTo(Verdict.FORSAMRAS);
	}

	@Test
	void findsAChangeWithinTheThresholdUnchanged() {
		// a flat series, a share within 2 points, a count within 5 %
		assertThat(assess(Direction.INCREASE, MeasureType.SHARE, 70, 70.0, 70.0, 70.0).verdict())
			.isEqualTo(Verdict.OFORANDRAD);
		assertThat(assess(Direction.INCREASE, MeasureType.SHARE, 70, 71.0, 72.0, 73.0).verdict())
			.as("a mean exactly 2 points above is not more than the threshold")
			.isEqualTo(Verdict.OFORANDRAD);
		assertThat(assess(Direction.DECREASE, MeasureType.COUNT, 400, 390.0, 385.0, 395.0).verdict())
			.isEqualTo(Verdict.OFORANDRAD);
	}

	@Test
	void asksMorePercentagePointsOfASurveyShareThanOfARegisterShare() {
		Double[] rise = { 72.0, 72.5, 73.0 };
		assertThat(assess(Direction.INCREASE, MeasureType.SHARE, 70, rise).verdict()).isEqualTo(Verdict.FORBATTRAS);
		assertThat(assess(Direction.INCREASE, MeasureType.SURVEY_SHARE, 70, rise).verdict())
			.isEqualTo(Verdict.OFORANDRAD);
	}

	@Test
	void averagesOnlyTheLatestValuesAfterTheBaseline() {
		List<VerdictRule.YearValue> values = new ArrayList<>(yearly(2015, 90.0, 90.0, 90.0, 90.0, 90.0));
		values.addAll(yearly(2021, 60.0, 70.0, 71.0, 72.0));
		Assessment assessment = VerdictRule.assess(Direction.INCREASE, MeasureType.SHARE, 3, baseline(69), values);
		assertThat(assessment.window()).extracting(Period::toString).containsExactly("2022", "2023", "2024");
		assertThat(assessment.verdict()).isEqualTo(Verdict.OFORANDRAD);
	}

	@Test
	void cannotJudgeWithFewerValuesThanTheWindowAfterTheBaseline() {
		Assessment assessment = assess(Direction.INCREASE, MeasureType.SHARE, 70, 75.0, null, 76.0);
		assertThat(assessment.verdict()).isEqualTo(Verdict.KAN_INTE_BEDOMAS);
		assertThat(assessment.reason()).isEqualTo(Reason.TOO_FEW_VALUES);
		// values before the baseline do not count
		assertThat(VerdictRule.assess(Direction.INCREASE, MeasureType.SHARE, 3, baseline(70), yearly(2017, 60.0, 61.0, 62.0, 63.0, 75.0))
			.reason()).isEqualTo(Reason.TOO_FEW_VALUES);
	}

	@Test
	void cannotJudgeWithoutABaseline() {
		Assessment assessment = VerdictRule.assess(Direction.INCREASE, MeasureType.SHARE, 3, null,
				yearly(2021, 71.0, 72.0, 73.0));
		assertThat(assessment.verdict()).isEqualTo(Verdict.KAN_INTE_BEDOMAS);
		assertThat(assessment.reason()).isEqualTo(Reason.NO_BASELINE);
	}

	@Test
	void cannotJudgeWhenTheMethodChangesInsideTheWindow() {
		List<VerdictRule.YearValue> values = List.of(value(2021, 71, "1"), value(2022, 75, "2"), value(2023, 76, "2"));
		Assessment assessment = VerdictRule.assess(Direction.INCREASE, MeasureType.SHARE, 3, baseline(70), values);
		assertThat(assessment.verdict()).isEqualTo(Verdict.KAN_INTE_BEDOMAS);
		assertThat(assessment.reason()).isEqualTo(Reason.METHOD_CHANGED);
	}

	@Test
	void cannotJudgeWhenTheMethodChangedBetweenTheBaselineAndTheWindow() {
		List<VerdictRule.YearValue> values = List.of(value(2021, 75, "2"), value(2022, 75, "2"), value(2023, 76, "2"));
		assertThat(VerdictRule.assess(Direction.INCREASE, MeasureType.SHARE, 3, baseline(70), values).reason())
			.isEqualTo(Reason.METHOD_CHANGED);
		// a stated baseline whose method is unknown is taken as comparable
		VerdictRule.Base stated = new VerdictRule.Base(Period.year(2020), BigDecimal.valueOf(70), null, BaselineOrigin.STATED);
		assertThat(VerdictRule.assess(Direction.INCREASE, MeasureType.SHARE, 3, stated, values).verdict())
			.isEqualTo(Verdict.FORBATTRAS);
	}

	@Test
	void judgesAnElectionIndicatorOnItsLatestValueAlone() {
		VerdictRule.Base election2018 = new VerdictRule.Base(Period.year(2018), BigDecimal.valueOf(84), "1",
				BaselineOrigin.STATED);
		Assessment assessment = VerdictRule.assess(Direction.INCREASE, MeasureType.SHARE, 1, election2018,
				List.of(value(2018, 84, "1"), value(2022, 81, "1")));
		assertThat(assessment.verdict()).isEqualTo(Verdict.FORSAMRAS);
		assertThat(assessment.window()).containsExactly(Period.year(2022));
	}

	@Test
	void judgesAChangeFromZeroOfACountAsAChange() {
		assertThat(assess(Direction.DECREASE, MeasureType.COUNT, 0, 1.0, 2.0, 0.0).verdict())
			.isEqualTo(Verdict.FORSAMRAS);
	}

	static VerdictRule.YearValue value(int year, double value, String method) {
		return new VerdictRule.YearValue(Period.year(year), BigDecimal.valueOf(value), method);
	}

}
