package se.trygghet.indicator;

import java.util.List;

/** A category refused because of one of its values, shown on that field of the form. */
class InvalidCategory extends RuntimeException {

	private final String field;

	private final String code;

	private final List<String> args;

	InvalidCategory(String field, String code, String... args) {
		super(code + " " + field);
		this.field = field;
		this.code = code;
		this.args = List.of(args);
	}

	String field() {
		return field;
	}

	String code() {
		return code;
	}

	Object[] args() {
		return args.toArray();
	}

}
