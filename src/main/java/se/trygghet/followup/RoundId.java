package se.trygghet.followup;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A reporting round's identity, typed so that it cannot be mixed up with another id; JSON shows the plain UUID. */
public record RoundId(@JsonValue UUID value) {

	public RoundId {
		Objects.requireNonNull(value, "round id");
	}

	static RoundId random() {
		return new RoundId(UUID.randomUUID());
	}

	/**
	 * Reads the id as written in a URL; Spring binds path variables through this method, so a malformed id is a bad
	 * request (400), never an error.
	 */
	public static RoundId of(String text) {
		return new RoundId(UUID.fromString(text.strip()));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
