package se.trygghet.document;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What a document says about itself: its metadata, read by screen readers and archives alike. */
public record DocumentInfo(String title, String language, @Nullable String author, @Nullable String subject) {

	public DocumentInfo {
		Objects.requireNonNull(title, "title");
		if (title.isBlank()) {
			throw new IllegalArgumentException("A document needs a title");
		}
		if (language == null || !language.matches("[a-z]{2}(-[A-Z]{2})?")) {
			throw new IllegalArgumentException("Language must be a tag such as sv or sv-SE: " + language);
		}
	}

}
