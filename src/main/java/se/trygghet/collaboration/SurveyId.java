package se.trygghet.collaboration;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * A satisfaction survey's identity (not its answer link's token, which is the only thing the link names), typed so
 * that it cannot be mixed up with another id; JSON shows the plain UUID.
 */
public record SurveyId(@JsonValue UUID value) {

	public SurveyId {
		Objects.requireNonNull(value, "survey id");
	}

	static SurveyId random() {
		return new SurveyId(UUID.randomUUID());
	}

	/**
	 * Reads the id as written in a URL; Spring binds path variables through this method, so a malformed id is a bad
	 * request (400), never an error.
	 */
	public static SurveyId of(String text) {
		return new SurveyId(UUID.fromString(text.strip()));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
