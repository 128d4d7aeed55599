package se.trygghet.followup;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * A follow-up report's (or contribution's) identity, typed so that it cannot be mixed up with another id; JSON shows
 * the plain UUID.
 */
public record ReportId(@JsonValue UUID value) {

	public ReportId {
		Objects.requireNonNull(value, "report id");
	}

	static ReportId random() {
		return new ReportId(UUID.randomUUID());
	}

	/**
	 * Reads the id as written in a URL; Spring binds path variables through this method, so a malformed id is a bad
	 * request (400), never an error.
	 */
	public static ReportId of(String text) {
		return new ReportId(UUID.fromString(text.strip()));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
