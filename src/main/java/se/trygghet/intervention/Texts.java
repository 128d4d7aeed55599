package se.trygghet.intervention;

import org.jspecify.annotations.Nullable;

/** The one rule every text field here follows: required ones have content, and none is longer than its limit. */
final class Texts {

	private Texts() {
	}

	static void require(String field, @Nullable String text, int max) {
		if (text == null || text.isBlank()) {
			throw new InterventionRefusal(field, "intervention.required");
		}
		optional(field, text, max);
	}

	static void optional(String field, @Nullable String text, int max) {
		if (text != null && text.length() > max) {
			throw new InterventionRefusal(field, "intervention.tooLong");
		}
	}

	static @Nullable String clean(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
