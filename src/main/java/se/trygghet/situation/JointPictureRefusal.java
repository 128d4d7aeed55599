package se.trygghet.situation;

import org.jspecify.annotations.Nullable;

/**
 * A change to the joint lägesbild that was refused: which field it concerns (null for the whole picture) and the
 * message code the page shows. The user's input is kept and shown again.
 */
class JointPictureRefusal extends RuntimeException {

	private final @Nullable String field;

	private final String code;

	JointPictureRefusal(@Nullable String field, String code) {
		super(code);
		this.field = field;
		this.code = code;
	}

	@Nullable String field() {
		return field;
	}

	String code() {
		return code;
	}

}
