package se.trygghet.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The map's coordinates are written without a Formatter, and must read as %.6f would have written them. */
class HotSpotsFormatTests {

	private static String six(double value) {
		return HotSpots.sixDecimals(new StringBuilder(), value).toString();
	}

	@Test
	void writesSixDecimalsAsFormatDoes() {
		for (double value : new double[] { 16.5450001, 59.6150004, 0, -0.0000004, -12.3456789, 1e-6, 179.9999999, -0.0,
				3.0000005, 59.5 }) {
			assertThat(six(value)).as("%s", value).isEqualTo(String.format(Locale.ROOT, "%.6f", value));
		}
	}

}
