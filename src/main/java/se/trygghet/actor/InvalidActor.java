package se.trygghet.actor;

/** A registration the registry refuses, naming the form field and the message key that says why. */
public class InvalidActor extends RuntimeException {

	private final String field;

	private final String code;

	InvalidActor(String field, String code) {
		super(field + ": " + code);
		this.field = field;
		this.code = code;
	}

	public String field() {
		return field;
	}

	public String code() {
		return code;
	}

}
