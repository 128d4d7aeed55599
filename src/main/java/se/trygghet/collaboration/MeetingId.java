package se.trygghet.collaboration;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A forum meeting's identity, typed so that it cannot be mixed up with another id; JSON shows the plain UUID. */
public record MeetingId(@JsonValue UUID value) {

	public MeetingId {
		Objects.requireNonNull(value, "meeting id");
	}

	static MeetingId random() {
		return new MeetingId(UUID.randomUUID());
	}

	/**
	 * Reads the id as written in a URL; Spring binds path variables through this method, so a malformed id is a bad
	 * request (400), never an error.
	 */
	public static MeetingId of(String text) {
		return new MeetingId(UUID.fromString(text.strip()));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
