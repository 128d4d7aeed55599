package se.trygghet.plan;

/** Which way an indicator should move for things to be getting better. */
public enum Direction {

	INCREASE, DECREASE

}
