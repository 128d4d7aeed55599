package se.trygghet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Swedish and English decimals: fixed decimals, half up, and no negative zero. */
class DecimalsTests {

	static final Locale SV = Locale.forLanguageTag("sv-SE");

	@Test
	void writesSwedishDecimalsWithACommaAndATrueMinusSign() {
		assertThat(Decimals.format(77.62, 2, SV)).isEqualTo("77,62");
		assertThat(Decimals.format(-2.5, 2, SV)).isEqualTo("\u22122,50");
		assertThat(Decimals.format(12345.678, 1, SV)).isEqualTo("12\u00a0345,7");
		assertThat(Decimals.format(-2.5, 2, Locale.ENGLISH)).isEqualTo("-2.50");
	}

	@Test
	void roundsHalfUpAsOfficialStatisticsDo() {
		assertThat(Decimals.format(62.25, 1, SV)).isEqualTo("62,3");
		assertThat(Decimals.format(0.125, 2, SV)).isEqualTo("0,13");
		assertThat(Decimals.format(-0.125, 2, SV)).isEqualTo("\u22120,13");
	}

	@Test
	void neverWritesANegativeZero() {
		for (double almostZero : new double[] { -0.004999, -0.003, -1e-12, -0.0 }) {
			assertThat(Decimals.format(almostZero, 2, SV)).as("%s", almostZero).isEqualTo("0,00");
			assertThat(Decimals.format(almostZero, 2, Locale.ENGLISH)).as("%s", almostZero).isEqualTo("0.00");
		}
		assertThat(Decimals.format(-0.3, 0, SV)).isEqualTo("0");
		// −0.005 rounds half up, away from zero: it is not zero with two decimals
		assertThat(Decimals.format(-0.005, 2, SV)).isEqualTo("\u22120,01");
		assertThat(Decimals.format(-0.004, 2, SV).codePoints().filter(c -> c == '\u2212' || c == '-').count())
			.isZero();
	}

	@Test
	void keepsAUnitSuffixOnZeroAndNegativeValues() {
		var percent = Decimals.format(1, SV);
		percent.setPositiveSuffix("\u00a0%");
		percent.setNegativeSuffix("\u00a0%");
		assertThat(percent.format(-0.01)).isEqualTo("0,0\u00a0%");
		assertThat(percent.format(-12.34)).isEqualTo("\u221212,3\u00a0%");
		assertThat(percent.format(Double.valueOf(-0.04))).isEqualTo("0,0\u00a0%");
	}

}
