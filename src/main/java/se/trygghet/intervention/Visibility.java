package se.trygghet.intervention;

/**
 * Who may see a problem, an intervention or a piece of feedback: everything is {@code INTERNAL} until someone marks
 * it {@code PUBLIC}, so internal analysis never reaches the public site (or, later, partner accounts) by default.
 */
public enum Visibility {

	INTERNAL, PUBLIC

}
