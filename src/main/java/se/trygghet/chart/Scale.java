package se.trygghet.chart;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How a chart's values are measured and shown: the value axis' label (e.g. "Andel som känner sig trygga"), a unit
 * printed after each number ("%", "st", or none), the number of decimals, and an optional upper bound for values that
 * cannot exceed it, such as 100 %. The axis always starts at zero (or below, for negative values), so that bars and
 * lines are never exaggerated.
 */
public record Scale(String label, String unit, int decimals, @Nullable Double max) {

	public Scale {
		ChartRules.requireText(label, "A scale needs a label");
		unit = unit == null ? "" : unit.strip();
		if (decimals < 0 || decimals > 4) {
			throw new IllegalArgumentException("Between 0 and 4 decimals, not " + decimals);
		}
		if (max != null && !(max > 0 && Double.isFinite(max))) {
			throw new IllegalArgumentException("An upper bound must be a positive number, not " + max);
		}
	}

	/** Whole numbers without a unit, e.g. incidents per week. */
	public static Scale count(String label) {
		return new Scale(label, "", 0, null);
	}

	/** Percentages from 0 to 100 with the given number of decimals. */
	public static Scale percent(String label, int decimals) {
		return new Scale(label, "%", decimals, 100.0);
	}

	/**
	 * A value as a chart on this scale labels it and its table gives it ("69,0 %", ".." when missing), for text beside
	 * the chart, so that a page never shows the same figure as 69 % in one place and 69,0 % in the next.
	 */
	public String format(@Nullable Double value, Locale locale) {
		return new ValueFormat(this, ChartTexts.of(locale).locale).format(value);
	}

}
