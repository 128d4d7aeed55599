package se.trygghet.collaboration;

/** A change the collaboration module refuses, naming the form field and the message key that says why. */
class CollaborationRefusal extends RuntimeException {

	private final String field;

	private final String code;

	CollaborationRefusal(String field, String code) {
		super(field + ": " + code);
		this.field = field;
		this.code = code;
	}

	String field() {
		return field;
	}

	String code() {
		return code;
	}

}
