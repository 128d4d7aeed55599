package se.trygghet.cost;

import java.util.List;
import java.util.Map;

/**
 * The recorded incidents of a year per area and category, as the situation picture counts them. Owned here and
 * implemented by {@code situation}, which counts incidents, so that this module stays below it.
 */
public interface RecordedIncidents {

	/** Every area with incidents in the calendar year (incidents outside every area under an empty name). */
	List<AreaCount> ofYear(int year);

	/** An area's counts by category code; {@code demo} when its boundary was invented for the demonstration. */
	record AreaCount(String area, boolean demo, Map<String, Long> byCategory) {

		public AreaCount {
			byCategory = Map.copyOf(byCategory);
		}

	}

}
