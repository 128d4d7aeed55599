package se.trygghet.identity;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts of people who sign in through the identity provider: created on first sign-in, roles kept in step. */
@Service
class ExternalAccounts {

	private final Users users;

	private final AuditLog audit;

	ExternalAccounts(Users users, AuditLog audit) {
		this.users = users;
		this.audit = audit;
	}

	/** The signed-in user, or empty when an admin has disabled the account. */
	@Transactional
	Optional<CurrentUser> signIn(String externalId, String username, String displayName, @Nullable String email,
			Set<Role> roles) {
		User user = users.byExternalId(externalId).orElseGet(() -> {
			User created = User.external(externalId, username, displayName, email, roles);
			users.add(created);
			audit.record(CurrentUsers.SYSTEM, "identity.user.created", "User", created.id().toString(),
					"Användare skapad vid första inloggning via identitetsleverantör: " + username, Map.of());
			return created;
		});
		if (!user.roles().equals(roles)) {
			user.syncRolesFromIdentityProvider(roles);
			users.save(user);
		}
		if (!user.enabled()) {
			return Optional.empty();
		}
		return Optional.of(user.toCurrentUser());
	}

}
