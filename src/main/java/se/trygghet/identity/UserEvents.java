package se.trygghet.identity;

import java.util.Map;

/** Past-tense events of user administration; each one lands in the audit log. */
final class UserEvents {

	private UserEvents() {
	}

	record UserCreated(UserId id, String username, String roles) implements Audited {

		@Override
		public String auditAction() {
			return "identity.user.created";
		}

		@Override
		public String auditSubjectType() {
			return "User";
		}

		@Override
		public String auditSubjectId() {
			return id.toString();
		}

		@Override
		public String auditSummary() {
			return "Användare skapad: " + username + " (" + roles + ")";
		}

	}

	record UserChanged(UserId id, String username, Map<String, Object> before, Map<String, Object> after)
			implements Audited {

		@Override
		public String auditAction() {
			return "identity.user.changed";
		}

		@Override
		public String auditSubjectType() {
			return "User";
		}

		@Override
		public String auditSubjectId() {
			return id.toString();
		}

		@Override
		public String auditSummary() {
			return "Användare ändrad: " + username;
		}

		@Override
		public Map<String, Object> auditDetails() {
			return Map.of("before", before, "after", after);
		}

	}

	record PasswordReset(UserId id, String username) implements Audited {

		@Override
		public String auditAction() {
			return "identity.user.password-reset";
		}

		@Override
		public String auditSubjectType() {
			return "User";
		}

		@Override
		public String auditSubjectId() {
			return id.toString();
		}

		@Override
		public String auditSummary() {
			return "Nytt lösenord satt för " + username;
		}

	}

}
