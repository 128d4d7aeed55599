package se.trygghet.intervention;

/** Situational prevention changes the place (lighting, guarding); social prevention works with people. */
public enum InterventionKind {

	SITUATIONAL, SOCIAL

}
