package se.trygghet.collaboration;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A meeting decision's identity, typed so that it cannot be mixed up with another id; JSON shows the plain UUID. */
public record DecisionId(@JsonValue UUID value) {

	public DecisionId {
		Objects.requireNonNull(value, "decision id");
	}

	static DecisionId random() {
		return new DecisionId(UUID.randomUUID());
	}

	/**
	 * Reads the id as written in a URL; Spring binds path variables through this method, so a malformed id is a bad
	 * request (400), never an error.
	 */
	public static DecisionId of(String text) {
		return new DecisionId(UUID.fromString(text.strip()));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
