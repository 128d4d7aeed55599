package se.trygghet.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One named line or set of bars, e.g. "Kvinnor", with a value per category of its chart. A {@code null} value is
 * missing or suppressed (too few answers to show): the line has a gap there and the table shows "..".
 */
public record Series(String name, List<@Nullable Double> values) {

	public Series {
		ChartRules.requireText(name, "A series needs a name");
		// List.copyOf refuses nulls, and a null is a meaningful value here
		values = Collections.unmodifiableList(new ArrayList<>(values));
		for (Double value : values) {
			if (value != null && !Double.isFinite(value)) {
				throw new IllegalArgumentException("Series " + name + " has a value that is not a number: " + value);
			}
		}
	}

	public static Series of(String name, @Nullable Double... values) {
		return new Series(name, Arrays.asList(values));
	}

}
