package se.trygghet.indicator;

import se.trygghet.area.AreaId;

/**
 * Counts something the platform itself records for an indicator, e.g. reports of unsafe places or the actors taking
 * part in forums. A module that records such things implements this as a bean; the indicator module finds it by its
 * key and never depends on that module. The keys an indicator may name are listed in {@code PlatformSources}.
 */
public interface PlatformIndicatorSource {

	/** The registered key, e.g. {@code unsafe-place-reports}. */
	String key();

	/** What is counted, in Swedish, e.g. "Rapporter om otrygga platser". */
	String name();

	/** How many there were in the period within the area (the area and everything under it). */
	long count(Period period, AreaId area);

	/**
	 * The value the indicator gets for the period and area: the count, unless the source measures something else (a
	 * mean satisfaction, say), or nothing when there is nothing to measure yet (no answers), which is kept as missing
	 * rather than stored as zero.
	 */
	default java.util.OptionalDouble value(Period period, AreaId area) {
		return java.util.OptionalDouble.of(count(period, area));
	}

	/** Whether what is counted includes data invented for a demo, so the values are marked as demo data too. */
	default boolean includesDemoData() {
		return false;
	}

}
