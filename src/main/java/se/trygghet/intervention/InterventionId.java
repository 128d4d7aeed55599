package se.trygghet.intervention;

import java.util.Objects;
import java.util.UUID;

public record InterventionId(UUID value) {

	public InterventionId {
		Objects.requireNonNull(value, "intervention id");
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
