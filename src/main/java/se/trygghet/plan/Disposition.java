package se.trygghet.plan;

/**
 * What became of an activity of the previous plan in the next one. Chosen per activity while the next plan is a
 * draft (see {@link PlanLineage#fatesOf}); an activity new in the next plan has no disposition, only no origin.
 */
public enum Disposition {

	/** Carried over as it was: the next plan has a copy with the same text and committees (and its own number). */
	CONTINUED,

	/** Carried over with a new text, other committees or another lead. */
	CHANGED,

	/** Not carried over; always with the reason, which the comparison and the public site show. */
	ENDED,

	/** Not carried over on its own: its work continues in another activity of the next plan. */
	MERGED

}
