package se.trygghet.plan;

import java.util.Objects;
import java.util.UUID;

public record ActionPlanId(UUID value) {

	public ActionPlanId {
		Objects.requireNonNull(value, "plan id");
	}

	static ActionPlanId random() {
		return new ActionPlanId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
