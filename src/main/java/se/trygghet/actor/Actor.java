package se.trygghet.actor;

import org.jspecify.annotations.Nullable;
import se.trygghet.system.Refusal;

/**
 * An organisation, as other modules see it. {@code demo} marks organisations invented for the demo; the ones the plan
 * itself names are real.
 */
public record Actor(ActorId id, String name, ActorType type, @Nullable String description, boolean demo) {

	static final int MAX_NAME = 200;

	public Actor {
		if (name.isBlank() || name.length() > MAX_NAME) {
			throw Refusal.on("name", "actor.name.invalid");
		}
	}

}
