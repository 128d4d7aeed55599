package se.trygghet.identity;

import java.util.Map;
import java.util.UUID;

/** Past-tense events of API token administration; each one lands in the audit log. */
final class ApiTokenEvents {

	private ApiTokenEvents() {
	}

	record ApiTokenIssued(UUID id, String name, String organisation, String prefix, String expiresAt)
			implements Audited {

		@Override
		public String auditAction() {
			return "identity.api-token.issued";
		}

		@Override
		public String auditSubjectType() {
			return "ApiToken";
		}

		@Override
		public String auditSubjectId() {
			return id.toString();
		}

		@Override
		public String auditSummary() {
			return "API-nyckel utfärdad: " + name + " (" + organisation + ", " + prefix + "…)";
		}

		@Override
		public Map<String, Object> auditDetails() {
			return Map.of("organisation", organisation, "prefix", prefix, "expiresAt", expiresAt);
		}

	}

	record ApiTokenRevoked(UUID id, String name, String reason) implements Audited {

		@Override
		public String auditAction() {
			return "identity.api-token.revoked";
		}

		@Override
		public String auditSubjectType() {
			return "ApiToken";
		}

		@Override
		public String auditSubjectId() {
			return id.toString();
		}

		@Override
		public String auditSummary() {
			return "API-nyckel återkallad: " + name;
		}

		@Override
		public Map<String, Object> auditDetails() {
			return Map.of("reason", reason);
		}

	}

}
