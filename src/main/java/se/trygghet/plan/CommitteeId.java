package se.trygghet.plan;

import java.util.Objects;
import java.util.UUID;

public record CommitteeId(UUID value) {

	public CommitteeId {
		Objects.requireNonNull(value, "committee id");
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
