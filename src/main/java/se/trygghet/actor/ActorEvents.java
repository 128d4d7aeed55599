package se.trygghet.actor;

import java.util.Map;
import se.trygghet.identity.Audited;

/** Past-tense events of the actor registry; each is audited. */
public final class ActorEvents {

	private ActorEvents() {
	}

	public record ActorRegistered(ActorId actor, String name, ActorType type, boolean demo) implements Audited {

		@Override
		public String auditAction() {
			return "actor.registered";
		}

		@Override
		public String auditSubjectType() {
			return "Actor";
		}

		@Override
		public String auditSubjectId() {
			return actor.toString();
		}

		@Override
		public String auditSummary() {
			return "Aktör registrerad: " + name + (demo ? " (demodata)" : "");
		}

		@Override
		public Map<String, Object> auditDetails() {
			return Map.of("name", name, "type", type.name(), "demo", demo);
		}

	}

}
