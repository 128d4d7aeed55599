package se.trygghet.intervention;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Why the problem arises, by the crime triangle — the place, the victim or target, the offender — with the risk
 * factors that feed it, the protective factors that hold it back, and where the knowledge came from.
 */
record CauseAnalysis(@Nullable String place, @Nullable String victim, @Nullable String offender,
		List<String> riskFactors, List<String> protectiveFactors, @Nullable String sources, int version) {

	static final CauseAnalysis EMPTY = new CauseAnalysis(null, null, null, List.of(), List.of(), null, -1);

	CauseAnalysis {
		riskFactors = List.copyOf(riskFactors);
		protectiveFactors = List.copyOf(protectiveFactors);
		Texts.optional("place", place, Problem.MAX_TEXT);
		Texts.optional("victim", victim, Problem.MAX_TEXT);
		Texts.optional("offender", offender, Problem.MAX_TEXT);
		Texts.optional("sources", sources, Problem.MAX_TEXT);
		for (String factor : riskFactors) {
			Texts.require("riskFactors", factor, 500);
		}
		for (String factor : protectiveFactors) {
			Texts.require("protectiveFactors", factor, 500);
		}
	}

	public boolean isEmpty() {
		return version < 0;
	}

	/** A dialogue held with residents or actors about the problem. */
	public record Dialogue(java.time.LocalDate heldOn, String participants, String notes) {

		public Dialogue {
			Texts.require("participants", participants, 500);
			Texts.require("notes", notes, Problem.MAX_TEXT);
		}

	}

}
