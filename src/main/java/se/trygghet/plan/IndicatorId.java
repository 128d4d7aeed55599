package se.trygghet.plan;

import java.util.Objects;
import java.util.UUID;

/** Identifies one of a plan's indicators, as other modules refer to it (measurements, report links). */
public record IndicatorId(UUID value) {

	public IndicatorId {
		Objects.requireNonNull(value, "indicator id");
	}

	public static IndicatorId of(String value) {
		return new IndicatorId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
