package se.trygghet.indicator;

/** Who values are read for: the public sees them through disclosure control, signed-in staff see them as stored. */
public enum Audience {

	PUBLIC, INTERNAL

}
