package se.trygghet.plan;

import java.util.List;

/** A change refused because of one of its values, e.g. an activity number the plan already has. */
class InvalidPlanChange extends RuntimeException {

	private final String field;

	private final String code;

	private final List<String> args;

	InvalidPlanChange(String field, String code, String... args) {
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
