package se.trygghet.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The hot-spot GeoJSON's z, p and p_FDR are written without a Formatter, and must be the bytes {@code %.6f} and
 * {@code %.6g} wrote: over every magnitude and sign, tiny p-values, and values on and next to each rounding edge.
 */
class PrintfDecimalsTests {

	private final SplittableRandom random = new SplittableRandom(20261207);

	@Test
	void writesSixDecimalsAsFormatDoesForEveryKindOfValue() {
		for (double value : values()) {
			assertThat(PrintfDecimals.fixed6(new StringBuilder(), value).toString()).as("%s", value)
				.isEqualTo(String.format(Locale.ROOT, "%.6f", value));
		}
	}

	@Test
	void writesSixSignificantDigitsAsFormatDoesForEveryKindOfValue() {
		for (double value : values()) {
			assertThat(PrintfDecimals.general6(new StringBuilder(), value).toString()).as("%s", value)
				.isEqualTo(String.format(Locale.ROOT, "%.6g", value));
		}
	}

	@Test
	void roundsHalfUpTheDigitsJavaPrintsAsFormatDoes() {
		// the digits Java prints for 0.0000005 end in the 5 and round up, though the double lies a little below it
		assertThat(PrintfDecimals.fixed6(new StringBuilder(), 5e-7).toString()).isEqualTo("0.000001");
		assertThat(PrintfDecimals.fixed6(new StringBuilder(), -2.0000005).toString()).isEqualTo("-2.000001");
		assertThat(PrintfDecimals.fixed6(new StringBuilder(), -1e-9).toString()).isEqualTo("-0.000000");
		assertThat(PrintfDecimals.general6(new StringBuilder(), 9.999995e-5).toString()).isEqualTo("0.000100000");
		assertThat(PrintfDecimals.general6(new StringBuilder(), 9.9999949e-5).toString()).isEqualTo("9.99999e-05");
		assertThat(PrintfDecimals.general6(new StringBuilder(), 1.5e-120).toString()).isEqualTo("1.50000e-120");
		assertThat(PrintfDecimals.general6(new StringBuilder(), 999999.5).toString()).isEqualTo("1.00000e+06");
	}

	private List<Double> values() {
		List<Double> values = new ArrayList<>(List.of(0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY,
				Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
				1e-4, Math.nextDown(1e-4), 9.999995e-5, 9.9999949e-5, 999999.5, 999999.49999, 1e6, Math.nextDown(1e6),
				1e-300, 1e300, 0.5, 1.0, 1.96, -1.96, 0.05, 1e-17, 4.9e-324, 123456.5, 1234567.5));
		for (int i = 0; i < 100_000; i++) {
			values.add(Double.longBitsToDouble(random.nextLong())); // any magnitude, sign and NaN
			values.add(random.nextDouble(-40, 40)); // z
			values.add(Math.pow(10, random.nextDouble(-330, 0.1))); // p and p_FDR, tiny ones included
			values.add((random.nextBoolean() ? -1 : 1) * Math.pow(10, random.nextDouble(-8, 8)));
		}
		// rounding edges: a 5 just after the digits kept, as Java prints the double, and the doubles next to it
		for (int i = 0; i < 20_000; i++) {
			BigDecimal digits = BigDecimal.valueOf(random.nextLong(1, 10_000_000_000L));
			double fixedEdge = digits.movePointLeft(6).add(new BigDecimal("0.0000005")).doubleValue();
			int exponent = random.nextInt(-320, 20);
			double generalEdge = new BigDecimal(random.nextLong(100_000, 1_000_000) + "5").movePointLeft(6)
				.scaleByPowerOfTen(exponent)
				.doubleValue();
			for (double edge : new double[] { fixedEdge, generalEdge }) {
				double sign = random.nextBoolean() ? -1 : 1;
				values.add(sign * edge);
				values.add(sign * Math.nextUp(edge));
				values.add(sign * Math.nextDown(edge));
			}
		}
		return values;
	}

}
