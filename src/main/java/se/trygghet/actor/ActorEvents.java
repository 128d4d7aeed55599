package se.trygghet.actor;

import java.util.Map;
import se.trygghet.identity.AuditedEntry;

/** Past-tense events of the actor registry; each is audited. */
public final class ActorEvents {

	private ActorEvents() {
	}

	public record ActorRegistered(ActorId actor, String name, ActorType type, boolean demo) implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("actor.registered", "Actor", actor.toString(),
					"Aktör registrerad: " + name + (demo ? " (demodata)" : ""),
					Map.of("name", name, "type", type.name(), "demo", demo));
		}

	}

}
