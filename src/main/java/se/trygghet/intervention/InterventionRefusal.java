package se.trygghet.intervention;

import org.jspecify.annotations.Nullable;

/**
 * A change refused: a value that breaks a rule (with the form field it belongs to) or a status change the cycle does
 * not allow (no field). {@code code} is a message key.
 */
class InterventionRefusal extends RuntimeException {

	private final @Nullable String field;

	private final String code;

	InterventionRefusal(@Nullable String field, String code) {
		super(code + (field == null ? "" : " (" + field + ")"));
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
