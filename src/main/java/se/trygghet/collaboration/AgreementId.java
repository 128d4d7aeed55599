package se.trygghet.collaboration;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * A samverkansöverenskommelse's identity, typed so that it cannot be mixed up with another id; JSON shows the plain
 * UUID.
 */
public record AgreementId(@JsonValue UUID value) {

	public AgreementId {
		Objects.requireNonNull(value, "agreement id");
	}

	static AgreementId random() {
		return new AgreementId(UUID.randomUUID());
	}

	/**
	 * Reads the id as written in a URL; Spring binds path variables through this method, so a malformed id is a bad
	 * request (400), never an error.
	 */
	public static AgreementId of(String text) {
		return new AgreementId(UUID.fromString(text.strip()));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
