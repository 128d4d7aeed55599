package se.trygghet.system;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Decimal numbers as the reader's language writes them ("77,62" and "−2,50" in Swedish, "77.62" in English) with a
 * fixed number of decimals, rounded half up as official statistics are, and never a negative zero: a value that rounds
 * to zero is written "0,00", since "−0,00" claims a sign that the digits shown do not have.
 */
public final class Decimals {

	private Decimals() {
	}

	/** The value with exactly this many decimals. */
	public static String format(double value, int decimals, Locale locale) {
		return format(decimals, locale).format(value);
	}

	/**
	 * A format with exactly this many decimals, for callers that add a unit or hand it to a library (a chart's labels).
	 * A new one each time, since a {@link NumberFormat} is not thread-safe.
	 */
	public static DecimalFormat format(int decimals, Locale locale) {
		DecimalFormat format = new SignedOnlyWhenNonZero(
				((DecimalFormat) NumberFormat.getNumberInstance(locale)).toPattern(),
				DecimalFormatSymbols.getInstance(locale));
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format;
	}

	/** Writes a value that rounds to zero (−0.004 with two decimals, or −0.0 itself) as zero. */
	private static final class SignedOnlyWhenNonZero extends DecimalFormat {

		private static final long serialVersionUID = 1L;

		SignedOnlyWhenNonZero(String pattern, DecimalFormatSymbols symbols) {
			super(pattern, symbols);
		}

		@Override
		public StringBuffer format(double number, StringBuffer result, FieldPosition field) {
			boolean roundsToZero = Double.isFinite(number) && new BigDecimal(number)
				.setScale(getMaximumFractionDigits(), getRoundingMode())
				.signum() == 0;
			return super.format(roundsToZero ? 0.0 : number, result, field);
		}

	}

}
