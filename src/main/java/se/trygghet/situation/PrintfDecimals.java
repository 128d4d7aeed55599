package se.trygghet.situation;

import java.util.Locale;

/**
 * Numbers written exactly as {@code String.format(Locale.ROOT, "%.6f" or "%.6g", value)} writes them, without a
 * {@link java.util.Formatter}: a year's hot-spot GeoJSON formats the z, p and p_FDR of thousands of cells, and the
 * Formatter was a quarter of the answer's Java time.
 *
 * <p>The Formatter rounds half up the decimal digits Java prints for the double (within half a unit in the last
 * place of it). Scaled to the digits kept, those digits and the double differ by far less than a millionth of the
 * last digit kept, so both round the same way unless the double lies that close to a half: then, and for what the
 * quick way does not cover (NaN, infinities, very large or very small magnitudes), the Formatter itself writes the
 * number. The answer is therefore the Formatter's, byte for byte.
 */
final class PrintfDecimals {

	/** Scaled digits this close to a half are left to the Formatter: far beyond any rounding error here. */
	private static final double NEAR_HALF = 1e-6;

	private static final int LOWEST_POWER = -300;

	/** 10^k for k = {@value #LOWEST_POWER} … 308, each the double nearest to it. */
	private static final double[] TEN = new double[309 - LOWEST_POWER];

	static {
		for (int k = 0; k < TEN.length; k++) {
			TEN[k] = Double.parseDouble("1e" + (k + LOWEST_POWER));
		}
	}

	private PrintfDecimals() {
	}

	/** {@code %.6f}: six decimals, rounded half up, a minus sign for any negative value (−0.0 included). */
	static StringBuilder fixed6(StringBuilder out, double value) {
		double magnitude = Math.abs(value);
		if (!(magnitude < 1e6)) { // NaN, infinities and large values
			return out.append(String.format(Locale.ROOT, "%.6f", value));
		}
		double scaled = magnitude * 1e6;
		double whole = Math.floor(scaled);
		double fraction = scaled - whole;
		if (nearHalf(scaled, fraction)) {
			return out.append(String.format(Locale.ROOT, "%.6f", value));
		}
		long micros = (long) whole + (fraction > 0.5 ? 1 : 0);
		if (Double.doubleToRawLongBits(value) < 0) {
			out.append('-');
		}
		out.append(micros / 1_000_000).append('.');
		return digits(out, micros % 1_000_000, 6);
	}

	/**
	 * {@code %.6g}: six significant digits, rounded half up; in decimal notation from 10⁻⁴ up to (not including)
	 * 10⁶ after rounding, else as d.ddddde±XX, with trailing zeros kept.
	 */
	static StringBuilder general6(StringBuilder out, double value) {
		double magnitude = Math.abs(value);
		if (magnitude == 0) {
			return out.append(Double.doubleToRawLongBits(value) < 0 ? "-0.00000" : "0.00000");
		}
		if (!(magnitude >= 1e-300 && magnitude < 1e300)) { // NaN, infinities and the very extremes
			return out.append(String.format(Locale.ROOT, "%.6g", value));
		}
		int exponent = (int) Math.floor(Math.log10(magnitude));
		double scaled = magnitude * TEN[5 - exponent - LOWEST_POWER];
		// log10 may miss by one near a power of ten
		if (scaled < 1e5) {
			exponent--;
			scaled = magnitude * TEN[5 - exponent - LOWEST_POWER];
		}
		else if (scaled >= 1e6) {
			exponent++;
			scaled = magnitude * TEN[5 - exponent - LOWEST_POWER];
		}
		double whole = Math.floor(scaled);
		double fraction = scaled - whole;
		if (whole < 1e5 || whole >= 1e6 || nearHalf(scaled, fraction)) {
			return out.append(String.format(Locale.ROOT, "%.6g", value));
		}
		long digits = (long) whole + (fraction > 0.5 ? 1 : 0);
		if (digits == 1_000_000) { // 999 999.5… rounds up to the next power of ten
			digits = 100_000;
			exponent++;
		}
		if (Double.doubleToRawLongBits(value) < 0) {
			out.append('-');
		}
		if (exponent < -4 || exponent >= 6) {
			out.append((char) ('0' + digits / 100_000)).append('.');
			digits(out, digits % 100_000, 5).append('e').append(exponent < 0 ? '-' : '+');
			return digits(out, Math.abs(exponent), Math.abs(exponent) < 100 ? 2 : 3);
		}
		if (exponent >= 0) {
			long unit = (long) TEN[5 - exponent - LOWEST_POWER];
			out.append(digits / unit);
			return exponent == 5 ? out : digits(out.append('.'), digits % unit, 5 - exponent);
		}
		out.append("0.");
		for (int i = -1; i > exponent; i--) {
			out.append('0');
		}
		return digits(out, digits, 6);
	}

	/**
	 * Whether the scaled value's fraction lies too near a half to round it here: within a millionth, or within a few
	 * units in the last place of the scaled value (its own rounding error, and that of the digits Java prints).
	 */
	private static boolean nearHalf(double scaled, double fraction) {
		return Math.abs(fraction - 0.5) <= NEAR_HALF + 8 * Math.ulp(scaled);
	}

	/** A number below 10^width as exactly width digits, with leading zeros. */
	private static StringBuilder digits(StringBuilder out, long n, int width) {
		for (long unit = (long) TEN[width - 1 - LOWEST_POWER]; unit > 0; unit /= 10) {
			out.append((char) ('0' + n / unit % 10));
		}
		return out;
	}

}
