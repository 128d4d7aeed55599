package se.trygghet.residentreport;

import java.util.Map;

/** A report or a change of one that cannot be accepted as given: field → message code, every problem at once. */
class InvalidResidentReport extends RuntimeException {

	private final Map<String, String> problems;

	InvalidResidentReport(Map<String, String> problems) {
		super("Invalid resident report: " + problems);
		this.problems = Map.copyOf(problems);
	}

	InvalidResidentReport(String field, String code) {
		this(Map.of(field, code));
	}

	Map<String, String> problems() {
		return problems;
	}

}
