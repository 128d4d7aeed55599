package se.trygghet.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.trygghet.system.Refusal;

/** The evaluation's arithmetic against examples worked by hand (docs/EVALUATION.md). */
class EffectEvaluationTests {

	static final double EXACT = 1e-9;

	/** Target 50 → 30, control 60 → 55, buffer 40 → 36, six months each, nothing unusual before. */
	static EffectEvaluation.Counts worked() {
		return new EffectEvaluation.Counts(50, 30, 60, 55, 40L, 36L, 6, 6, 200, 24);
	}

	@Test
	void computesTheDifferenceInDifferencesOfMonthlyRatesWithItsPoissonInterval() {
		EffectEvaluation.Result r = EffectEvaluation.evaluate(worked());
		// (30/6 − 50/6) − (55/6 − 60/6) = −20/6 + 5/6 = −2.5 incidents per month
		assertThat(r.did()).isCloseTo(-2.5, within(EXACT));
		// √((30 + 50 + 55 + 60) / 6²) = √195 / 6
		assertThat(r.standardError()).isCloseTo(Math.sqrt(195) / 6, within(EXACT));
		assertThat(r.low()).isCloseTo(-2.5 - 1.959963984540054 * Math.sqrt(195) / 6, within(EXACT));
		assertThat(r.high()).isCloseTo(-2.5 + 1.959963984540054 * Math.sqrt(195) / 6, within(EXACT));
		// −2.5 ± 4.5616: the interval includes zero, so no clear change
		assertThat(r.verdict()).isEqualTo(EffectEvaluation.Verdict.UNCLEAR);
	}

	@Test
	void judgesByTheRateRatioWhenTheDifferenceInDifferencesPointsTheOtherWay() {
		// the control has twenty times the target's level: target 200 → 100 (halved), control 4000 → 3000 (a quarter
		// less). DiD = ((100 − 200) − (3000 − 4000)) / 6 = +150 a month, interval 122.09 to 177.91: "more" in numbers;
		// IRR = 0.5 / 0.75 = 2/3, interval 0.522 to 0.851: "fewer" in proportion
		EffectEvaluation.Result r = EffectEvaluation.evaluate(new EffectEvaluation.Counts(200, 100, 4000, 3000, null,
				null, 6, 6, 800, 24));
		assertThat(r.did()).isCloseTo(150, within(EXACT));
		assertThat(r.low()).isCloseTo(122.0901, within(1e-4));
		assertThat(r.rateRatio()).isCloseTo(2.0 / 3, within(EXACT));
		assertThat(r.rateRatioLow()).isCloseTo(0.521976, within(1e-6));
		assertThat(r.rateRatioHigh()).isCloseTo(0.851465, within(1e-6));
		assertThat(r.verdict()).isEqualTo(EffectEvaluation.Verdict.FEWER);
		assertThat(r.primary()).isEqualTo(EffectEvaluation.Measure.RATE_RATIO);
		assertThat(r.didVerdict()).isEqualTo(EffectEvaluation.Verdict.MORE);
		assertThat(r.disagreement()).isEqualTo(EffectEvaluation.Disagreement.OPPOSITE);
		// TNE = 200 · 3000/4000 − 100 = 50, interval 100 · (1/0.851465 − 1) to 100 · (1/0.521976 − 1)
		assertThat(r.totalNetEffect()).isCloseTo(50, within(EXACT));
		assertThat(r.totalNetEffectLow()).isCloseTo(17.4446, within(1e-4));
		assertThat(r.totalNetEffectHigh()).isCloseTo(91.5797, within(1e-4));
		assertThat(r.totalNetEffectVerdict()).isEqualTo(EffectEvaluation.Verdict.FEWER);
	}

	@Test
	void letsTheRateRatioOverruleAClearDifferenceInDifferencesThatItsOwnIntervalDoesNotBear() {
		// target 20 → 10, control 400 → 300: DiD = 90/6 = 15, interval 15 ± 1.96 · √730/6 = 6.17 to 23.83 (more);
		// IRR = 2/3, SE(log) = √(1/10 + 1/20 + 1/300 + 1/400) = 0.3948, interval 0.3075 to 1.4452 (includes 1)
		EffectEvaluation.Result r = EffectEvaluation.evaluate(new EffectEvaluation.Counts(20, 10, 400, 300, null,
				null, 6, 6, 80, 24));
		assertThat(r.low()).isCloseTo(6.1741, within(1e-4));
		assertThat(r.rateRatioLow()).isCloseTo(0.307532, within(1e-6));
		assertThat(r.rateRatioHigh()).isCloseTo(1.445196, within(1e-6));
		assertThat(r.verdict()).isEqualTo(EffectEvaluation.Verdict.UNCLEAR);
		assertThat(r.didVerdict()).isEqualTo(EffectEvaluation.Verdict.MORE);
		assertThat(r.disagreement()).isEqualTo(EffectEvaluation.Disagreement.CERTAINTY);
	}

	@Test
	void judgesByTheDifferenceInDifferencesWhenAZeroCountLeavesNoRatio() {
		// target 30 → 0: no ratio; DiD = (0 − 30)/6 − (55 − 60)/6 = −25/6, SE = √145/6, interval −8.11 to −0.23
		EffectEvaluation.Result r = EffectEvaluation.evaluate(new EffectEvaluation.Counts(30, 0, 60, 55, null, null,
				6, 6, 120, 24));
		assertThat(r.rateRatio()).isNull();
		assertThat(r.primary()).isEqualTo(EffectEvaluation.Measure.DIFFERENCE_IN_DIFFERENCES);
		assertThat(r.high()).isCloseTo(-25.0 / 6 + 1.959963984540054 * Math.sqrt(145) / 6, within(EXACT));
		assertThat(r.verdict()).isEqualTo(EffectEvaluation.Verdict.FEWER).isEqualTo(r.didVerdict());
		assertThat(r.disagreement()).isEqualTo(EffectEvaluation.Disagreement.NONE);
		// TNE = 30 · 55/60 − 0 = 27.5, but with no incident after there is no ratio to take an interval from
		assertThat(r.totalNetEffect()).isCloseTo(27.5, within(EXACT));
		assertThat(r.totalNetEffectLow()).isNull();
		assertThat(r.totalNetEffectVerdict()).isNull();
	}

	@Test
	void boundsTheTotalNetEffectByTheRateRatioOfTargetAndBufferTogether() {
		EffectEvaluation.Result r = EffectEvaluation.evaluate(worked());
		// S_a = 30 + 36 = 66, S_b = 50 + 40 = 90; IRR′ = (66/90)/(55/60) = 0.8, SE(log) = √(1/66 + 1/90 + 1/55 + 1/60)
		// = √(11/180); TNE = 66 · (1/IRR′ − 1) = 16.5, interval 66 · (1/1.298711 − 1) to 66 · (1/0.492796 − 1)
		assertThat(r.totalNetEffect()).isCloseTo(16.5, within(EXACT));
		double high = 0.8 * Math.exp(1.959963984540054 * Math.sqrt(11.0 / 180));
		double low = 0.8 * Math.exp(-1.959963984540054 * Math.sqrt(11.0 / 180));
		assertThat(r.totalNetEffectLow()).isCloseTo(66 * (1 / high - 1), within(EXACT)).isCloseTo(-15.1804, within(1e-4));
		assertThat(r.totalNetEffectHigh()).isCloseTo(66 * (1 / low - 1), within(EXACT)).isCloseTo(67.9296, within(1e-4));
		assertThat(r.totalNetEffectVerdict()).isEqualTo(EffectEvaluation.Verdict.UNCLEAR);
	}

	@Test
	void givesTheTotalNetEffectWithoutABufferTheSameVerdictAsTheRateRatio() {
		// without a buffer TNE = A_a · (1/IRR − 1): its interval excludes 0 exactly when the ratio's excludes 1
		for (long after : new long[] { 30, 20, 15, 60, 90, 100 }) {
			EffectEvaluation.Result r = EffectEvaluation.evaluate(new EffectEvaluation.Counts(50, after, 60, 55,
					null, null, 6, 6, 200, 24));
			assertThat(r.totalNetEffectVerdict()).as("target 50 → %d", after).isEqualTo(r.rateRatioVerdict());
		}
	}

	@Test
	void computesTheIncidentRateRatioAsTheAnchorsExampleDoes() {
		EffectEvaluation.Result r = EffectEvaluation.evaluate(worked());
		// (30/50) / (55/60) = 0.6 / 0.91666… = 36/55
		assertThat(r.rateRatio()).isCloseTo(36.0 / 55, within(EXACT));
		double se = Math.sqrt(1.0 / 30 + 1.0 / 50 + 1.0 / 55 + 1.0 / 60);
		assertThat(r.rateRatioLow()).isCloseTo(Math.exp(Math.log(36.0 / 55) - 1.959963984540054 * se), within(EXACT));
		assertThat(r.rateRatioHigh()).isCloseTo(Math.exp(Math.log(36.0 / 55) + 1.959963984540054 * se), within(EXACT));
	}

	@Test
	void computesTheWeightedDisplacementQuotientAndTotalNetEffect() {
		EffectEvaluation.Result r = EffectEvaluation.evaluate(worked());
		// SM = 30/55 − 50/60 = −950/3300; BDM = 36/55 − 40/60 = −40/3300; WDQ = 40/950
		assertThat(r.successMeasure()).isCloseTo(-950.0 / 3300, within(EXACT));
		assertThat(r.bufferMeasure()).isCloseTo(-40.0 / 3300, within(EXACT));
		assertThat(r.wdq()).isCloseTo(40.0 / 950, within(EXACT));
		assertThat(r.wdqReading()).isEqualTo(EffectEvaluation.WdqReading.DIFFUSION);
		// TNE = (50·55/60 − 30) + (40·55/60 − 36) = 90·55/60 − 66 = 16.5
		assertThat(r.totalNetEffect()).isCloseTo(16.5, within(EXACT));
	}

	@Test
	void readsANegativeQuotientAsDisplacementThatKeepsOrErasesTheBenefit() {
		// buffer 40 → 50 while the target fell: SM = −950/3300, BDM = 50/55 − 40/60 = 800/3300, WDQ = −800/950
		EffectEvaluation.Result kept = EffectEvaluation.evaluate(new EffectEvaluation.Counts(50, 30, 60, 55, 40L, 50L,
				6, 6, 200, 24));
		assertThat(kept.wdq()).isCloseTo(-800.0 / 950, within(EXACT));
		assertThat(kept.wdqReading()).isEqualTo(EffectEvaluation.WdqReading.DISPLACEMENT_NET_BENEFIT);
		// buffer 40 → 70: BDM = 70/55 − 40/60 = 2000/3300, WDQ = −2000/950 < −1
		EffectEvaluation.Result erased = EffectEvaluation.evaluate(new EffectEvaluation.Counts(50, 30, 60, 55, 40L,
				70L, 6, 6, 200, 24));
		assertThat(erased.wdq()).isCloseTo(-2000.0 / 950, within(EXACT));
		assertThat(erased.wdqReading()).isEqualTo(EffectEvaluation.WdqReading.DISPLACEMENT_ERASES_EFFECT);
	}

	@Test
	void leavesTheQuotientUndefinedWhenTheTargetDidNotMoveAgainstTheControl() {
		// 60/60 − 60/60 = 0: nothing to divide by
		EffectEvaluation.Result r = EffectEvaluation.evaluate(new EffectEvaluation.Counts(60, 60, 60, 60, 20L, 30L, 6,
				6, 240, 24));
		assertThat(r.wdq()).isNull();
		assertThat(r.wdqReading()).isEqualTo(EffectEvaluation.WdqReading.UNDEFINED);
	}

	@Test
	void turnsUnequalPeriodsIntoRatesPerMonth() {
		// before 12 months with 240, after 6 months with 60; control 480 → 240 (an unchanged 40 a month)
		EffectEvaluation.Result r = EffectEvaluation.evaluate(new EffectEvaluation.Counts(240, 60, 480, 240, null,
				null, 12, 6, 480, 24));
		// (60/6 − 240/12) − (240/6 − 480/12) = (10 − 20) − 0 = −10, and √(60/36 + 240/144 + 240/36 + 480/144) ≈ 3.65
		assertThat(r.did()).isCloseTo(-10, within(EXACT));
		assertThat(r.standardError())
			.isCloseTo(Math.sqrt(60.0 / 36 + 240.0 / 144 + 240.0 / 36 + 480.0 / 144), within(EXACT));
		assertThat(r.verdict()).isEqualTo(EffectEvaluation.Verdict.FEWER);
		assertThat(r.wdqReading()).isEqualTo(EffectEvaluation.WdqReading.NO_BUFFER);
	}

	@Test
	void measuresPeriodsInMeanMonthsWithBothEndDaysIncluded() {
		// 2025 has 365 days: 365 / (365.2425 / 12)
		assertThat(EffectEvaluation.months(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
			.isCloseTo(365 * 12 / 365.2425, within(EXACT));
	}

	@Test
	void warnsWhenAnyZoneAndPeriodHasFewerThanTenIncidents() {
		assertThat(EffectEvaluation.evaluate(worked()).warnings()).doesNotContain(EffectEvaluation.Warning.SMALL_COUNTS);
		EffectEvaluation.Result smallBuffer = EffectEvaluation.evaluate(new EffectEvaluation.Counts(50, 30, 60, 55, 9L,
				36L, 6, 6, 200, 24));
		assertThat(smallBuffer.warnings()).contains(EffectEvaluation.Warning.SMALL_COUNTS);
		EffectEvaluation.Result smallTarget = EffectEvaluation.evaluate(new EffectEvaluation.Counts(50, 9, 60, 55,
				null, null, 6, 6, 200, 24));
		assertThat(smallTarget.warnings()).contains(EffectEvaluation.Warning.SMALL_COUNTS);
		EffectEvaluation.Result tenEverywhere = EffectEvaluation.evaluate(new EffectEvaluation.Counts(10, 10, 10, 10,
				10L, 10L, 6, 6, 40, 24));
		assertThat(tenEverywhere.warnings()).doesNotContain(EffectEvaluation.Warning.SMALL_COUNTS);
	}

	@Test
	void warnsWhenTheTargetWasChosenAtAPeak() {
		// the longer run: 200 in 24 months predicts 50 in six; 50 is no peak, 90 is (1.8× and P(X ≥ 90 | 50) ≈ 0)
		assertThat(EffectEvaluation.evaluate(worked()).warnings()).doesNotContain(EffectEvaluation.Warning.PEAK_CHOSEN);
		EffectEvaluation.Result peak = EffectEvaluation.evaluate(new EffectEvaluation.Counts(90, 30, 60, 55, null, null,
				6, 6, 200, 24));
		assertThat(peak.warnings()).contains(EffectEvaluation.Warning.PEAK_CHOSEN);
		assertThat(peak.longRunRate()).isCloseTo(200.0 / 24, within(EXACT));
		// 1.6× a small prediction is still within chance: 8 where 5 was expected
		assertThat(EffectEvaluation.peak(8, 5)).isFalse();
	}

	@Test
	void saysThereIsNotEnoughHistoryRatherThanAPeakWithoutAYearOfRecordsBeforeTheBeforePeriod() {
		// 90 before against no history at all would be a "peak" if missing days counted as days without incidents
		EffectEvaluation.Result none = EffectEvaluation.evaluate(new EffectEvaluation.Counts(90, 30, 60, 55, null,
				null, 6, 6, 0, 0));
		assertThat(none.warnings()).contains(EffectEvaluation.Warning.NOT_ENOUGH_HISTORY)
			.doesNotContain(EffectEvaluation.Warning.PEAK_CHOSEN);
		// 364 days of records are not a year; 365 are, and then 10 in a year against 90 in six months is a peak
		EffectEvaluation.Result almostAYear = EffectEvaluation.evaluate(new EffectEvaluation.Counts(90, 30, 60, 55, null,
				null, 6, 6, 10, 364 / EffectEvaluation.DAYS_PER_MONTH));
		assertThat(almostAYear.warnings()).contains(EffectEvaluation.Warning.NOT_ENOUGH_HISTORY)
			.doesNotContain(EffectEvaluation.Warning.PEAK_CHOSEN);
		EffectEvaluation.Result year = EffectEvaluation.evaluate(new EffectEvaluation.Counts(90, 30, 60, 55, null,
				null, 6, 6, 10, 365 / EffectEvaluation.DAYS_PER_MONTH));
		assertThat(year.warnings()).contains(EffectEvaluation.Warning.PEAK_CHOSEN)
			.doesNotContain(EffectEvaluation.Warning.NOT_ENOUGH_HISTORY);
	}

	@Test
	void warnsWhenTheControlAreaHadNoIncidents() {
		EffectEvaluation.Result r = EffectEvaluation.evaluate(new EffectEvaluation.Counts(50, 30, 0, 55, 40L, 36L, 6,
				6, 200, 24));
		assertThat(r.warnings()).contains(EffectEvaluation.Warning.CONTROL_EMPTY);
		assertThat(r.wdq()).isNull();
		assertThat(r.rateRatio()).isNull();
	}

	@Test
	void refusesAnEvaluationWhoseAfterPeriodDoesNotFollowTheBeforePeriod() {
		se.trygghet.area.AreaId a = new se.trygghet.area.AreaId(java.util.UUID.randomUUID());
		se.trygghet.area.AreaId b = new se.trygghet.area.AreaId(java.util.UUID.randomUUID());
		assertThatThrownBy(() -> new StoredEvaluation.Request(a, b, null, java.util.List.of(), LocalDate.of(2025, 1, 1),
				LocalDate.of(2025, 6, 30), LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 31)))
			.isInstanceOf(Refusal.class)
			.hasMessageContaining("afterFrom");
		assertThatThrownBy(() -> new StoredEvaluation.Request(a, a, null, java.util.List.of(), LocalDate.of(2025, 1, 1),
				LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)))
			.hasMessageContaining("control");
	}

}
