package se.trygghet.consultation;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A committee's comment in a consultation; bound from URLs through {@link #of(String)}. */
public record CommentId(UUID value) {

	public CommentId {
		Objects.requireNonNull(value, "comment id");
	}

	public static CommentId of(String value) {
		return new CommentId(UUID.fromString(value.strip()));
	}

	static CommentId random() {
		return new CommentId(UUID.randomUUID());
	}

	@JsonValue
	@Override
	public String toString() {
		return value.toString();
	}

}
