package se.trygghet.identity;

import java.util.Map;
import java.util.UUID;

/** Past-tense events of API token administration; each one lands in the audit log. */
final class ApiTokenEvents {

	private ApiTokenEvents() {
	}

	public record ApiTokenIssued(UUID id, String name, String organisation, String prefix, String expiresAt)
			implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("identity.api-token.issued", "ApiToken", id.toString(),
					"API-nyckel utfärdad: " + name + " (" + organisation + ", " + prefix + "…)",
					Map.of("organisation", organisation, "prefix", prefix, "expiresAt", expiresAt));
		}

	}

	public record ApiTokenRevoked(UUID id, String name, String reason) implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("identity.api-token.revoked", "ApiToken", id.toString(),
					"API-nyckel återkallad: " + name,
					Map.of("reason", reason));
		}

	}

}
