package se.trygghet.followup;

import java.util.Map;

/** A submission refused because the text is not complete; field name → message code. */
public class IncompleteReport extends RuntimeException {

	private final Map<String, String> problems;

	public IncompleteReport(Map<String, String> problems) {
		super("incomplete report: " + problems.keySet());
		this.problems = Map.copyOf(problems);
	}

	public Map<String, String> problems() {
		return problems;
	}

}
