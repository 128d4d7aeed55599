package se.trygghet.area;

/**
 * How fine an area is, from the whole municipality down to a single place. An area always lies under an area of a
 * coarser level, so the hierarchy can never loop.
 */
public enum AreaLevel {

	/** The municipality itself; its code is SCB's four-digit kommunkod (1980 for Västerås). */
	KOMMUN,

	/** A part of the municipality with its own committee or tätort, such as Skultuna, or an SCB RegSO. */
	KOMMUNDEL,

	/** A district (stadsdel) such as Bäckby; a municipality's key code areas (NYKO) usually sit here. */
	STADSDEL,

	/** A small statistical area, such as an SCB DeSO or a fine NYKO level. */
	STATISTIKOMRADE,

	/** Any other named place the work follows, such as a square or a travel centre. */
	OVRIGT;

	/** Whether an area of this level may contain one of the other level. */
	public boolean isCoarserThan(AreaLevel other) {
		return ordinal() < other.ordinal();
	}

}
