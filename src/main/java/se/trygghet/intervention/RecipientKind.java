package se.trygghet.intervention;

/** To whom feedback was given. */
enum RecipientKind {

	COMMITTEE, ACTOR, RESIDENTS, FORUM, OTHER

}
