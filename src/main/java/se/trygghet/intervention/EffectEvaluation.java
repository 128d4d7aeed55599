package se.trygghet.intervention;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.jspecify.annotations.Nullable;

/**
 * The arithmetic of an effect evaluation, written out with a worked example in {@code docs/EVALUATION.md}: rates per
 * month in the target and control areas before and after, their difference-in-differences with a 95 % confidence
 * interval under Poisson counts, the incident-rate ratio, Bowers &amp; Johnson's weighted displacement quotient and
 * total net effect for a buffer ring, and the warnings an analyst must read before trusting any of it.
 */
final class EffectEvaluation {

	/** Raised whenever the formulas below change, so a stored result says which method produced it. */
	static final int METHOD_VERSION = 1;

	/** Below this many incidents in any zone and period, the warning about small counts is shown. */
	static final long MIN_COUNT = 10;

	/** The before period's rate this many times the longer-run rate, and unlikely by chance, looks like a peak. */
	static final double PEAK_FACTOR = 1.5;

	static final double PEAK_ALPHA = 0.05;

	/** The longer run a target's before period is compared with, in months before the before period starts. */
	static final int LONG_RUN_MONTHS = 24;

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
	 * period.
	 */
	record Counts(long targetBefore, long targetAfter, long controlBefore, long controlAfter,
			@Nullable Long bufferBefore, @Nullable Long bufferAfter, double monthsBefore, double monthsAfter,
			long longRunCount, double longRunMonths) {

		Counts {
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

	enum Verdict {

		/** The confidence interval of the difference-in-differences lies wholly below zero. */
		FEWER,
		/** … wholly above zero. */
		MORE,
		/** … includes zero. */
		UNCLEAR

	}

	/** How to read the WDQ (Bowers &amp; Johnson 2003), per the anchors' table. */
	enum WdqReading {

		NO_BUFFER, UNDEFINED, NO_SUCCESS, DIFFUSION_BEYOND_DIRECT_EFFECT, DIFFUSION, NONE, DISPLACEMENT_NET_BENEFIT,
		DISPLACEMENT_ERASES_EFFECT

	}

	enum Warning {

		SMALL_COUNTS, PEAK_CHOSEN, CONTROL_EMPTY

	}

	record Result(double targetRateBefore, double targetRateAfter, double controlRateBefore,
			double controlRateAfter, @Nullable Double bufferRateBefore, @Nullable Double bufferRateAfter, double did,
			double standardError, double low, double high, @Nullable Double rateRatio, @Nullable Double rateRatioLow,
			@Nullable Double rateRatioHigh, @Nullable Double successMeasure, @Nullable Double bufferMeasure,
			@Nullable Double wdq, WdqReading wdqReading, @Nullable Double totalNetEffect, Verdict verdict,
			List<Warning> warnings, double longRunRate) {

		Result {
			warnings = List.copyOf(warnings);
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
		Verdict verdict = high < 0 ? Verdict.FEWER : low > 0 ? Verdict.MORE : Verdict.UNCLEAR;

		// the ratio scale (Wilson 2021): the periods' lengths cancel, since both areas share them
		Double irr = null;
		Double irrLow = null;
		Double irrHigh = null;
		if (tb > 0 && ta > 0 && cb > 0 && ca > 0) {
			double log = Math.log(ta) - Math.log(tb) - (Math.log(ca) - Math.log(cb));
			double logSe = Math.sqrt(1 / ta + 1 / tb + 1 / ca + 1 / cb);
			irr = Math.exp(log);
			irrLow = Math.exp(log - Z95 * logSe);
			irrHigh = Math.exp(log + Z95 * logSe);
		}

		Double sm = null;
		Double bdm = null;
		Double wdq = null;
		Double tne = null;
		WdqReading reading = c.hasBuffer() ? WdqReading.UNDEFINED : WdqReading.NO_BUFFER;
		if (cb > 0 && ca > 0) {
			sm = ta / ca - tb / cb;
			tne = tb * ca / cb - ta;
			if (c.hasBuffer()) {
				double bb = c.bufferBefore();
				double ba = c.bufferAfter();
				bdm = ba / ca - bb / cb;
				tne += bb * ca / cb - ba;
				if (Math.abs(sm) > 1e-12) {
					wdq = bdm / sm;
					reading = read(sm, wdq);
				}
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
		if (c.longRunMonths() > 0 && peak(c.targetBefore(), longRunRate * mb)) {
			warnings.add(Warning.PEAK_CHOSEN);
		}
		if (cb == 0 || ca == 0) {
			warnings.add(Warning.CONTROL_EMPTY);
		}
		return new Result(tb / mb, ta / ma, cb / mb, ca / ma, c.hasBuffer() ? c.bufferBefore() / mb : null,
				c.hasBuffer() ? c.bufferAfter() / ma : null, did, se, low, high, irr, irrLow, irrHigh, sm, bdm, wdq,
				reading, tne, verdict, warnings, longRunRate);
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
