package se.trygghet.intervention;

import java.util.Objects;
import java.util.UUID;

public record ProblemId(UUID value) {

	public ProblemId {
		Objects.requireNonNull(value, "problem id");
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
