package se.trygghet.situation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Statistics as the reader's language writes them, for pages and documents alike: "77,62" in Swedish and "77.62" in
 * English, a minus sign only on a number that is not zero once rounded (never "−0,00"), and a p-value below 0.001 as
 * "< 0,001" rather than a row of zeros or an exponent.
 */
final class StatisticsFormat {

	/** The smallest p-value written as a number; anything below is "< 0,001". */
	static final double SMALLEST_P = 0.001;

	private StatisticsFormat() {
	}

	/** The value with exactly {@code decimals} decimals, rounded half up as official statistics are. */
	static String decimal(double value, int decimals, Locale locale) {
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
		if (rounded.signum() == 0) {
			// -0.001 rounds to zero, which has no sign
			rounded = rounded.abs();
		}
		DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(rounded);
	}

	/** A p-value with three decimals, or "< 0,001" below that. */
	static String pValue(double p, Locale locale) {
		return p < SMALLEST_P ? "< " + decimal(SMALLEST_P, 3, locale) : decimal(p, 3, locale);
	}

}
