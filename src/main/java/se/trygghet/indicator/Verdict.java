package se.trygghet.indicator;

import java.util.Locale;

/**
 * Which way an indicator is going, judged by {@link VerdictRule}. Shown as text and icon, never by colour alone.
 */
public enum Verdict {

	/** Moving in the desired direction by more than the threshold. */
	FORBATTRAS("↗"),

	/** Moving against the desired direction by more than the threshold. */
	FORSAMRAS("↘"),

	/** Within the threshold of the baseline. */
	OFORANDRAD("→"),

	/** Too few values, no baseline, or a change of method that makes the values incomparable. */
	KAN_INTE_BEDOMAS("?");

	private final String symbol;

	Verdict(String symbol) {
		this.symbol = symbol;
	}

	/** A text symbol for the verdict, to put beside its name (never instead of it). */
	public String symbol() {
		return symbol;
	}

	/** {@code indicator.verdict.forbattras}: "förbättras" / "improving". */
	public String messageKey() {
		return "indicator.verdict." + name().toLowerCase(Locale.ROOT);
	}

}
