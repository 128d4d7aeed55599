package se.trygghet.chart;

import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import se.trygghet.system.Decimals;

/**
 * Numbers as the chart's language writes them: "62,5 %" in Swedish, "62.5%" in English, with the scale's decimals. The
 * same format labels the bars and fills the table, so the figure and the table never disagree.
 */
final class ValueFormat {

	static final String MISSING = "..";

	private final NumberFormat format;

	ValueFormat(Scale scale, Locale locale) {
		// the platform's one way of writing decimals: half up (87,5 -> 88, 62,25 -> 62,3) and never "−0,0"
		DecimalFormat decimal = Decimals.format(scale.decimals(), locale);
		String suffix = suffix(scale.unit(), locale);
		decimal.setPositiveSuffix(suffix);
		decimal.setNegativeSuffix(suffix);
		this.format = decimal;
	}

	private static String suffix(String unit, Locale locale) {
		if (unit.isEmpty()) {
			return "";
		}
		// Swedish puts a space before %, English does not; a no-break space keeps number and unit on one line
		return "%".equals(unit) && "en".equals(locale.getLanguage()) ? unit : "\u00a0" + unit;
	}

	/** A copy, since NumberFormat is not thread-safe and JFreeChart keeps the one it is given. */
	NumberFormat numberFormat() {
		return (NumberFormat) format.clone();
	}

	String format(@Nullable Double value) {
		return value == null ? MISSING : numberFormat().format(value);
	}

	/** "Mål 2026: 70 %", as the legend and the table's notes give a target. */
	String labelled(String label, double value) {
		return label + ": " + format(value);
	}

}
