package se.trygghet.followup;

import org.jspecify.annotations.Nullable;
import se.trygghet.system.Refusal;

/**
 * How a report's free texts are kept: blank is missing, longer than {@link #MAX_TEXT} is refused. A class of its own
 * so that {@link Perspectives} and {@link ReportContent} share it without initialising each other: when
 * {@code Perspectives.NONE} was built through {@code ReportContent.clean}, whichever class a JVM touched first decided
 * whether {@code ReportContent.EMPTY} got null perspectives.
 */
final class ReportTexts {

	static final int MAX_TEXT = 20_000;

	private ReportTexts() {
	}

	static @Nullable String clean(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.length() > MAX_TEXT) {
			throw Refusal.of("followup.text.tooLong");
		}
		return text.strip();
	}

}
