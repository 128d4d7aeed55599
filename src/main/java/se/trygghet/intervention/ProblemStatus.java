package se.trygghet.intervention;

import java.util.List;

/**
 * A problem moves one step at a time through the cycle — identified, analysed, acted on, followed up — and may be
 * closed from any step (e.g. when analysis shows it is someone else's); a closed problem stays closed.
 */
enum ProblemStatus {

	IDENTIFIERAT, ANALYSERAS, ATGARDAS, UPPFOLJT, AVSLUTAT;

	boolean mayBecome(ProblemStatus next) {
		if (this == AVSLUTAT) {
			return false;
		}
		return next == AVSLUTAT || next.ordinal() == ordinal() + 1;
	}

	List<ProblemStatus> nextSteps() {
		return java.util.Arrays.stream(values()).filter(this::mayBecome).toList();
	}

}
