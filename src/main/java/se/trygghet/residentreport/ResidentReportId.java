package se.trygghet.residentreport;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * A resident's report of an unsafe place (a case), by its identity, typed so that it cannot be mixed up with another
 * id. Not the case number residents are told ({@code number}), nor the follow-up's report of an activity.
 */
public record ResidentReportId(@JsonValue UUID value) {

	public ResidentReportId {
		Objects.requireNonNull(value, "resident report id");
	}

	static ResidentReportId random() {
		return new ResidentReportId(UUID.randomUUID());
	}

	/**
	 * Reads the id as written in a URL; Spring binds path variables through this method, so a malformed id is a bad
	 * request (400), never an error.
	 */
	public static ResidentReportId of(String text) {
		return new ResidentReportId(UUID.fromString(text.strip()));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
