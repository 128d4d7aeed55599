package se.trygghet.situation;

import java.util.Map;
import se.trygghet.identity.Audited;

/** Past-tense events of the joint lägesbild; each is audited. */
final class JointPictureEvents {

	private JointPictureEvents() {
	}

	/** Any change of the picture: {@code what} is revised, problem-added, problem-removed, problem-moved, decided, reopened. */
	record JointPictureChanged(String municipality, int year, String what, String summary, int version)
			implements Audited {

		@Override
		public String auditAction() {
			return "situation.joint." + what;
		}

		@Override
		public String auditSubjectType() {
			return "JointSituationPicture";
		}

		@Override
		public String auditSubjectId() {
			return municipality + "/" + year;
		}

		@Override
		public String auditSummary() {
			return "Gemensam lägesbild " + year + ": " + summary;
		}

		@Override
		public Map<String, Object> auditDetails() {
			return Map.of("version", version);
		}

	}

}
