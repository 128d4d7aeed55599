package se.trygghet.chart;

/**
 * A target drawn as a horizontal line across a line chart, e.g. the plan's target value for an indicator, with the
 * label the legend and the table give it ("Mål 2026").
 */
public record Target(double value, String label) {

	public Target {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException("A target must be a number, not " + value);
		}
		ChartRules.requireText(label, "A target needs a label");
	}

}
