package se.trygghet.plan;

import java.util.Objects;
import java.util.UUID;

public record ActivityId(UUID value) {

	public ActivityId {
		Objects.requireNonNull(value, "activity id");
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
