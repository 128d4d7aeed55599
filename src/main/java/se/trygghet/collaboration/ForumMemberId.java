package se.trygghet.collaboration;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * One membership of a forum (an actor or a committee, from a day until ended), typed so that it cannot be mixed up
 * with another id; JSON shows the plain UUID.
 */
public record ForumMemberId(@JsonValue UUID value) {

	public ForumMemberId {
		Objects.requireNonNull(value, "forum member id");
	}

	static ForumMemberId random() {
		return new ForumMemberId(UUID.randomUUID());
	}

	/**
	 * Reads the id as written in a URL; Spring binds path variables through this method, so a malformed id is a bad
	 * request (400), never an error.
	 */
	public static ForumMemberId of(String text) {
		return new ForumMemberId(UUID.fromString(text.strip()));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
