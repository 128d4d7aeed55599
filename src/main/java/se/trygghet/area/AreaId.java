package se.trygghet.area;

import java.util.Objects;
import java.util.UUID;

public record AreaId(UUID value) {

	public AreaId {
		Objects.requireNonNull(value, "area id");
	}

	static AreaId random() {
		return new AreaId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
