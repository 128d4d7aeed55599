package se.trygghet.situation;

import java.util.Map;

/** An incident that cannot be stored as given: field → message code, every problem at once. */
class InvalidIncident extends RuntimeException {

	private final Map<String, String> problems;

	InvalidIncident(Map<String, String> problems) {
		super("Invalid incident: " + problems);
		this.problems = Map.copyOf(problems);
	}

	Map<String, String> problems() {
		return problems;
	}

}
