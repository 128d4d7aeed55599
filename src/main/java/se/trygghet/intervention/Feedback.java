package se.trygghet.intervention;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Feedback (återkoppling) given about a problem or one of its interventions: to whom, when, how and what. */
record Feedback(ProblemId problem, @Nullable InterventionId intervention, RecipientKind recipientKind,
		String recipient, LocalDate givenOn, String channel, String summary, Visibility visibility) {

	Feedback {
		Texts.require("recipient", recipient, 300);
		Texts.require("channel", channel, 200);
		Texts.require("summary", summary, Problem.MAX_TEXT);
	}

}
