package se.trygghet.identity;

import java.util.Map;

/** Past-tense events of user administration; each one lands in the audit log. */
final class UserEvents {

	private UserEvents() {
	}

	public record UserCreated(UserId id, String username, String roles) implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("identity.user.created", "User", id.toString(),
					"Användare skapad: " + username + " (" + roles + ")",
					Map.of());
		}

	}

	public record UserChanged(UserId id, String username, Map<String, Object> before, Map<String, Object> after)
			implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("identity.user.changed", "User", id.toString(),
					"Användare ändrad: " + username,
					Map.of("before", before, "after", after));
		}

	}

	public record PasswordReset(UserId id, String username) implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("identity.user.password-reset", "User", id.toString(),
					"Nytt lösenord satt för " + username,
					Map.of());
		}

	}

}
