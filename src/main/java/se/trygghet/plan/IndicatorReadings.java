package se.trygghet.plan;

import java.util.Optional;

/**
 * How an indicator stands, as its own page shows it to the signed-in user: the latest value and the verdict, in the
 * request's language. The measurements live above the plan, in {@code indicator}, which implements this; the plan's
 * activity page shows them beside the activity's indicators without depending on it (empty when no module does).
 */
public interface IndicatorReadings {

	Optional<Reading> reading(IndicatorId indicator);

	/** The latest value with its period (or the page's words for none), the verdict's symbol and its words. */
	record Reading(String latest, String verdictSymbol, String verdict) {
	}

}
