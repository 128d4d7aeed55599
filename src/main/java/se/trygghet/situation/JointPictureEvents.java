package se.trygghet.situation;

import java.util.Map;
import se.trygghet.identity.AuditedEntry;

/** Past-tense events of the joint lägesbild; each is audited. */
final class JointPictureEvents {

	private JointPictureEvents() {
	}

	/** Any change of the picture: {@code what} is revised, problem-added, problem-removed, problem-moved, decided, reopened. */
	public record JointPictureChanged(String municipality, int year, String what, String summary, int version)
			implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("situation.joint." + what, "JointSituationPicture", municipality + "/" + year,
					"Gemensam lägesbild " + year + ": " + summary, Map.of("version", version));
		}

	}

}
