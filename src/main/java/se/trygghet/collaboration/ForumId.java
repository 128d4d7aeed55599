package se.trygghet.collaboration;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A forum's identity, typed so that it cannot be mixed up with another id; JSON shows the plain UUID. */
public record ForumId(@JsonValue UUID value) {

	public ForumId {
		Objects.requireNonNull(value, "forum id");
	}

	static ForumId random() {
		return new ForumId(UUID.randomUUID());
	}

	/**
	 * Reads the id as written in a URL; Spring binds path variables through this method, so a malformed id is a bad
	 * request (400), never an error.
	 */
	public static ForumId of(String text) {
		return new ForumId(UUID.fromString(text.strip()));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
