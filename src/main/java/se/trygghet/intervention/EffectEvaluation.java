package se.trygghet.intervention;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.jspecify.annotations.Nullable;

/**
 * The arithmetic of an effect evaluation, written out with a worked example in {@code docs/EVALUATION.md}: rates per
 * month in the target and control areas before and after, the incident-rate ratio and the difference-in-differences,
 * each with a 95 % confidence interval under Poisson counts, Bowers &amp; Johnson's weighted displacement quotient and
 * total net effect (with an interval) for a buffer ring, and the warnings an analyst must read before trusting any of
 * it. The verdict follows one primary measure, chosen by a stated rule ({@link Measure}), so that one evaluation tells
 * one story; where the other measure reads differently, {@link Result#disagreement()} says how.
 */
final class EffectEvaluation {

	/**
	 * Raised whenever the formulas below change, so a stored result says which method produced it. 2: the verdict
	 * follows the primary measure, the total net effect has an interval, and the peak check needs a year of records.
	 */
	static final int METHOD_VERSION = 2;

	/** Below this many incidents in any zone and period, the warning about small counts is shown. */
	static final long MIN_COUNT = 10;

	/** The before period's rate this many times the longer-run rate, and unlikely by chance, looks like a peak. */
	static final double PEAK_FACTOR = 1.5;

	static final double PEAK_ALPHA = 0.05;

	/** The longer run a target's before period is compared with, in months before the before period starts. */
	static final int LONG_RUN_MONTHS = 24;

	/** The least history a before period can be judged a peak against: a year, so that every season is in it. */
	static final int MIN_HISTORY_DAYS = 365;

	/** The standard normal quantile for a two-sided 95 % interval. */
	static final double Z95 = 1.959963984540054;

	/** The mean Gregorian month, so periods of any length become comparable rates per month. */
	static final double DAYS_PER_MONTH = 365.2425 / 12;

	private EffectEvaluation() {
	}

	/** The length of a period in mean months, first and last day included. */
	static double months(LocalDate first, LocalDate last) {
		return (ChronoUnit.DAYS.between(first, last) + 1) / DAYS_PER_MONTH;
	}

	/**
	 * The counts an evaluation works on. A is the target, B the buffer ring (absent without one), C the control area;
	 * b before, a after. {@code longRunCount} is the target's count over the {@code longRunMonths} before the before
	 * period that the incident records cover (0 months when they begin in or after the before period).
	 */
	public record Counts(long targetBefore, long targetAfter, long controlBefore, long controlAfter,
			@Nullable Long bufferBefore, @Nullable Long bufferAfter, double monthsBefore, double monthsAfter,
			long longRunCount, double longRunMonths) {

		public Counts {
			if (targetBefore < 0 || targetAfter < 0 || controlBefore < 0 || controlAfter < 0
					|| (bufferBefore != null && bufferBefore < 0) || (bufferAfter != null && bufferAfter < 0)
					|| longRunCount < 0) {
				throw new IllegalArgumentException("Counts cannot be negative");
			}
			if ((bufferBefore == null) != (bufferAfter == null)) {
				throw new IllegalArgumentException("A buffer has a count before and after, or none");
			}
			if (!(monthsBefore > 0) || !(monthsAfter > 0) || longRunMonths < 0) {
				throw new IllegalArgumentException("Periods must have a length");
			}
		}

		boolean hasBuffer() {
			return bufferBefore != null;
		}

	}

	/**
	 * The measure the verdict follows. The rate ratio whenever it can be computed (all four counts above zero): counts
	 * change in proportion to their level, so a ratio compares a small target with a large control fairly, where a
	 * difference of counts lets the larger area's change decide. The difference-in-differences is shown beside it, and
	 * decides only when a zero count leaves no ratio.
	 */
	enum Measure {

		RATE_RATIO, DIFFERENCE_IN_DIFFERENCES

	}

	enum Verdict {

		/** The measure's confidence interval lies wholly on the side of fewer incidents (below 1, or below 0). */
		FEWER,
		/** … wholly on the side of more. */
		MORE,
		/** … includes no change. */
		UNCLEAR;

		static Verdict of(double low, double high, double noChange) {
			return high < noChange ? FEWER : low > noChange ? MORE : UNCLEAR;
		}

	}

	/** How the difference-in-differences reads beside a rate ratio that decides. */
	enum Disagreement {

		/** Both read alike (or there is no ratio, and the difference-in-differences decides alone). */
		NONE,
		/** One says fewer and the other more: possible only when the areas' levels differ. */
		OPPOSITE,
		/** One is clear and the other includes no change. */
		CERTAINTY

	}

	/** How to read the WDQ (Bowers &amp; Johnson 2003), per the anchors' table. */
	enum WdqReading {

		NO_BUFFER, UNDEFINED, NO_SUCCESS, DIFFUSION_BEYOND_DIRECT_EFFECT, DIFFUSION, NONE, DISPLACEMENT_NET_BENEFIT,
		DISPLACEMENT_ERASES_EFFECT

	}

	enum Warning {

		SMALL_COUNTS, PEAK_CHOSEN, NOT_ENOUGH_HISTORY, CONTROL_EMPTY

	}

	/**
	 * Every figure of an evaluation. {@code verdict} is the {@code primary} measure's; {@code didVerdict} and
	 * {@code rateRatioVerdict} (null without a ratio) are each measure's own. The total net effect's interval is null
	 * when a count it rests on is zero.
	 */
	public record Result(double targetRateBefore, double targetRateAfter, double controlRateBefore,
			double controlRateAfter, @Nullable Double bufferRateBefore, @Nullable Double bufferRateAfter, double did,
			double standardError, double low, double high, @Nullable Double rateRatio, @Nullable Double rateRatioLow,
			@Nullable Double rateRatioHigh, @Nullable Double successMeasure, @Nullable Double bufferMeasure,
			@Nullable Double wdq, WdqReading wdqReading, @Nullable Double totalNetEffect,
			@Nullable Double totalNetEffectLow, @Nullable Double totalNetEffectHigh, Measure primary, Verdict verdict,
			Verdict didVerdict, @Nullable Verdict rateRatioVerdict, List<Warning> warnings, double longRunRate,
			double longRunMonths) {

		public Result {
			warnings = List.copyOf(warnings);
		}

		Disagreement disagreement() {
			if (primary != Measure.RATE_RATIO || didVerdict == verdict) {
				return Disagreement.NONE;
			}
			return didVerdict != Verdict.UNCLEAR && verdict != Verdict.UNCLEAR ? Disagreement.OPPOSITE
					: Disagreement.CERTAINTY;
		}

		/** FEWER when the total net effect's whole interval lies above 0 (incidents prevented); null without one. */
		@Nullable Verdict totalNetEffectVerdict() {
			if (totalNetEffectLow == null || totalNetEffectHigh == null) {
				return null;
			}
			// prevented incidents count positive, so the interval's sides swap against the other measures
			return Verdict.of(-totalNetEffectHigh, -totalNetEffectLow, 0);
		}

	}

	/** An incident-rate ratio with its 95 % interval. */
	private record Ratio(double value, double low, double high) {

		/** (after / before) / (control after / control before), every count above zero (Wilson 2021). */
		static Ratio of(double after, double before, double controlAfter, double controlBefore) {
			double log = Math.log(after) - Math.log(before) - (Math.log(controlAfter) - Math.log(controlBefore));
			double logSe = Math.sqrt(1 / after + 1 / before + 1 / controlAfter + 1 / controlBefore);
			return new Ratio(Math.exp(log), Math.exp(log - Z95 * logSe), Math.exp(log + Z95 * logSe));
		}

	}

	static Result evaluate(Counts c) {
		double mb = c.monthsBefore();
		double ma = c.monthsAfter();
		double tb = c.targetBefore();
		double ta = c.targetAfter();
		double cb = c.controlBefore();
		double ca = c.controlAfter();
		// difference-in-differences of rates per month; each count Poisson, so Var(n/m) = n/m²
		double did = (ta / ma - tb / mb) - (ca / ma - cb / mb);
		double se = Math.sqrt(ta / (ma * ma) + tb / (mb * mb) + ca / (ma * ma) + cb / (mb * mb));
		double low = did - Z95 * se;
		double high = did + Z95 * se;
		Verdict didVerdict = Verdict.of(low, high, 0);

		// the ratio scale (Wilson 2021): the periods' lengths cancel, since both areas share them
		@Nullable Ratio irr = tb > 0 && ta > 0 && cb > 0 && ca > 0 ? Ratio.of(ta, tb, ca, cb) : null;
		@Nullable Verdict rateRatioVerdict = irr == null ? null : Verdict.of(irr.low(), irr.high(), 1);
		Measure primary = irr == null ? Measure.DIFFERENCE_IN_DIFFERENCES : Measure.RATE_RATIO;

		Double sm = null;
		Double bdm = null;
		Double wdq = null;
		Double tne = null;
		Double tneLow = null;
		Double tneHigh = null;
		WdqReading reading = c.hasBuffer() ? WdqReading.UNDEFINED : WdqReading.NO_BUFFER;
		if (cb > 0 && ca > 0) {
			sm = ta / ca - tb / cb;
			double sa = ta;
			double sb = tb;
			if (c.hasBuffer()) {
				double bb = c.bufferBefore();
				double ba = c.bufferAfter();
				bdm = ba / ca - bb / cb;
				sa += ba;
				sb += bb;
				if (Math.abs(sm) > 1e-12) {
					wdq = bdm / sm;
					reading = read(sm, wdq);
				}
			}
			// TNE = (A_b + B_b)·C_a/C_b − (A_a + B_a) = S_a·(1/IRR′ − 1), IRR′ the ratio of target and buffer together
			// against the control: IRR′'s interval carries over, its ends swapped (docs/EVALUATION.md)
			tne = sb * ca / cb - sa;
			if (sa > 0 && sb > 0) {
				Ratio together = Ratio.of(sa, sb, ca, cb);
				tneLow = sa * (1 / together.high() - 1);
				tneHigh = sa * (1 / together.low() - 1);
			}
		}

		List<Warning> warnings = new ArrayList<>();
		boolean small = c.targetBefore() < MIN_COUNT || c.targetAfter() < MIN_COUNT || c.controlBefore() < MIN_COUNT
				|| c.controlAfter() < MIN_COUNT
				|| (c.hasBuffer() && (c.bufferBefore() < MIN_COUNT || c.bufferAfter() < MIN_COUNT));
		if (small) {
			warnings.add(Warning.SMALL_COUNTS);
		}
		double longRunRate = c.longRunMonths() > 0 ? c.longRunCount() / c.longRunMonths() : 0;
		// days the records do not cover are unknown, not quiet: without a year of them there is nothing to judge by
		if (Math.round(c.longRunMonths() * DAYS_PER_MONTH) < MIN_HISTORY_DAYS) {
			warnings.add(Warning.NOT_ENOUGH_HISTORY);
		}
		else if (peak(c.targetBefore(), longRunRate * mb)) {
			warnings.add(Warning.PEAK_CHOSEN);
		}
		if (cb == 0 || ca == 0) {
			warnings.add(Warning.CONTROL_EMPTY);
		}
		return new Result(tb / mb, ta / ma, cb / mb, ca / ma, c.hasBuffer() ? c.bufferBefore() / mb : null,
				c.hasBuffer() ? c.bufferAfter() / ma : null, did, se, low, high, irr == null ? null : irr.value(),
				irr == null ? null : irr.low(), irr == null ? null : irr.high(), sm, bdm, wdq, reading, tne, tneLow,
				tneHigh, primary, rateRatioVerdict == null ? didVerdict : rateRatioVerdict, didVerdict,
				rateRatioVerdict, warnings, longRunRate, c.longRunMonths());
	}

	/**
	 * Regression to the mean: the before count is at least {@value #PEAK_FACTOR} times what the longer-run rate
	 * predicts for the period, and a Poisson count that high, with that prediction as its mean (at least 0.25), would
	 * occur with probability below {@value #PEAK_ALPHA}.
	 */
	static boolean peak(long before, double expected) {
		if (before == 0 || before < PEAK_FACTOR * expected) {
			return false;
		}
		PoissonDistribution poisson = new PoissonDistribution(Math.max(expected, 0.25));
		return 1 - poisson.cumulativeProbability((int) Math.min(before - 1, Integer.MAX_VALUE)) < PEAK_ALPHA;
	}

	private static WdqReading read(double sm, double wdq) {
		if (sm > 0) {
			// the target did not improve against the control: there is no effect to displace or diffuse
			return WdqReading.NO_SUCCESS;
		}
		if (Math.abs(wdq) < 1e-12) {
			return WdqReading.NONE;
		}
		if (wdq > 1) {
			return WdqReading.DIFFUSION_BEYOND_DIRECT_EFFECT;
		}
		if (wdq > 0) {
			return WdqReading.DIFFUSION;
		}
		return wdq >= -1 ? WdqReading.DISPLACEMENT_NET_BENEFIT : WdqReading.DISPLACEMENT_ERASES_EFFECT;
	}

}
