package se.trygghet.intervention;

import org.jspecify.annotations.Nullable;
import se.trygghet.system.Refusal;

/** The one rule every text field here follows: required ones have content, and none is longer than its limit. */
final class Texts {

	private Texts() {
	}

	static void require(String field, @Nullable String text, int max) {
		if (text == null || text.isBlank()) {
			throw Refusal.on(field, "intervention.required");
		}
		optional(field, text, max);
	}

	static void optional(String field, @Nullable String text, int max) {
		if (text != null && text.length() > max) {
			throw Refusal.on(field, "intervention.tooLong");
		}
	}

	static @Nullable String clean(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
