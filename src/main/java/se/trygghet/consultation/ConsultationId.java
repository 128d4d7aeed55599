package se.trygghet.consultation;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A consultation of a draft plan; bound from URLs through {@link #of(String)} (a tampered one is a 400). */
public record ConsultationId(UUID value) {

	public ConsultationId {
		Objects.requireNonNull(value, "consultation id");
	}

	public static ConsultationId of(String value) {
		return new ConsultationId(UUID.fromString(value.strip()));
	}

	static ConsultationId random() {
		return new ConsultationId(UUID.randomUUID());
	}

	@JsonValue
	@Override
	public String toString() {
		return value.toString();
	}

}
