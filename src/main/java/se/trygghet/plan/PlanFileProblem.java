package se.trygghet.plan;

import java.util.List;

/**
 * One thing wrong with a plan file, with where it is ({@code focusAreas[2].activities[0].committees[1]}) and a message
 * code for the user's language.
 */
record PlanFileProblem(String location, String code, List<String> args) {

	PlanFileProblem(String location, String code, String... args) {
		this(location, code, List.of(args));
	}

}
