package se.trygghet.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Statistics on pages and in documents: Swedish decimals, no signed zero, tiny p-values as "< 0,001". */
class StatisticsFormatTests {

	static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

	@Test
	void writesDecimalsWithTheLanguagesCommaAndRoundsHalfUp() {
		assertThat(StatisticsFormat.decimal(77.615, 2, SWEDISH)).isEqualTo("77,62");
		assertThat(StatisticsFormat.decimal(77.615, 2, Locale.ENGLISH)).isEqualTo("77.62");
		assertThat(StatisticsFormat.decimal(1.5, 0, SWEDISH)).isEqualTo("2");
	}

	@Test
	void neverWritesANegativeZero() {
		assertThat(StatisticsFormat.decimal(-0.001, 2, SWEDISH)).isEqualTo("0,00");
		assertThat(StatisticsFormat.decimal(-0.0, 2, SWEDISH)).isEqualTo("0,00");
		assertThat(StatisticsFormat.decimal(-1.25, 2, SWEDISH)).matches("[-\u2212]1,25");
	}

	@Test
	void writesPValuesBelowOneInAThousandAsLessThan() {
		assertThat(StatisticsFormat.pValue(1.2e-12, SWEDISH)).isEqualTo("< 0,001");
		assertThat(StatisticsFormat.pValue(0.00099, SWEDISH)).isEqualTo("< 0,001");
		assertThat(StatisticsFormat.pValue(0.001, SWEDISH)).isEqualTo("0,001");
		assertThat(StatisticsFormat.pValue(0.0234, SWEDISH)).isEqualTo("0,023");
		assertThat(StatisticsFormat.pValue(1, SWEDISH)).isEqualTo("1,000");
		assertThat(StatisticsFormat.pValue(0.0001, Locale.ENGLISH)).isEqualTo("< 0.001");
	}

}
