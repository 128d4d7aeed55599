package se.trygghet.collaboration;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A medborgarlöfte's identity, typed so that it cannot be mixed up with another id; JSON shows the plain UUID. */
public record CitizenPromiseId(@JsonValue UUID value) {

	public CitizenPromiseId {
		Objects.requireNonNull(value, "citizen promise id");
	}

	static CitizenPromiseId random() {
		return new CitizenPromiseId(UUID.randomUUID());
	}

	/**
	 * Reads the id as written in a URL; Spring binds path variables through this method, so a malformed id is a bad
	 * request (400), never an error.
	 */
	public static CitizenPromiseId of(String text) {
		return new CitizenPromiseId(UUID.fromString(text.strip()));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
