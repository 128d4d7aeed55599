package se.trygghet.indicator;

/**
 * What a stored value is. A missing value is kept as missing, never as 0; a value its producer suppressed (e.g. too few
 * answers) has no number either. Disclosure control may also show a value as {@link #SUPPRESSED} to the public.
 */
public enum MeasurementStatus {

	/** A final value. */
	NORMAL,

	/** The producer published no value for this period (e.g. Kolada's "Missing"). */
	MISSING,

	/** A value the producer may still revise (e.g. Brå's preliminary monthly figures). */
	PRELIMINARY,

	/** Not shown: suppressed by its producer, or by disclosure control for the public. */
	SUPPRESSED;

	/** Whether a value with this status carries a number. */
	public boolean hasValue() {
		return this == NORMAL || this == PRELIMINARY;
	}

	public String messageKey() {
		return "indicator.status." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
