package se.trygghet.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghet.system.Refusal;

/**
 * A person who can sign in. Local users have a password hash; users from the identity provider have an external id
 * instead. Repeated failed sign-ins lock the account for a while, which blunts password guessing without locking
 * anyone out for good.
 */
final class User {

	private final UserId id;

	private final String username;

	private String displayName;

	private @Nullable String email;

	private @Nullable String passwordHash;

	private boolean enabled;

	private int failedLogins;

	private @Nullable Instant lockedUntil;

	private final @Nullable String externalId;

	private final Set<Role> roles;

	private final Set<UUID> committeeIds;

	private final int version;

	User(UserId id, String username, String displayName, @Nullable String email, @Nullable String passwordHash,
			boolean enabled, int failedLogins, @Nullable Instant lockedUntil, @Nullable String externalId,
			Set<Role> roles, Set<UUID> committeeIds, int version) {
		this.id = Objects.requireNonNull(id);
		this.username = requireUsername(username);
		this.displayName = requireText(displayName, "display name");
		this.email = email;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.failedLogins = failedLogins;
		this.lockedUntil = lockedUntil;
		this.externalId = externalId;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.committeeIds = new LinkedHashSet<>(committeeIds);
		this.version = version;
	}

	static User local(String username, String displayName, @Nullable String email, String passwordHash,
			Set<Role> roles, Set<UUID> committeeIds) {
		User user = new User(UserId.random(), username, displayName, email, passwordHash, true, 0, null, null, roles,
				committeeIds, 0);
		user.requireCommitteesOnlyForReporters();
		return user;
	}

	static User external(String externalId, String username, String displayName, @Nullable String email,
			Set<Role> roles) {
		return new User(UserId.random(), username, displayName, email, null, true, 0, null, externalId, roles,
				Set.of(), 0);
	}

	private static String requireUsername(String username) {
		String value = requireText(username, "username");
		if (!value.matches("[\\p{L}\\p{N}._@-]{2,64}")) {
			throw Refusal.on("username", "username.invalid");
		}
		return value;
	}

	private static String requireText(String value, String what) {
		if (value == null || value.isBlank()) {
			throw Refusal.on(what, "user.invalid", what + " is required");
		}
		return value.strip();
	}

	void recordFailedLogin(Instant now, int maxFailures, Duration lockDuration) {
		failedLogins++;
		if (failedLogins >= maxFailures) {
			lockedUntil = now.plus(lockDuration);
			failedLogins = 0;
		}
	}

	void recordSuccessfulLogin() {
		failedLogins = 0;
		lockedUntil = null;
	}

	boolean isLockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	void unlock() {
		failedLogins = 0;
		lockedUntil = null;
	}

	void update(String displayName, @Nullable String email, boolean enabled, Set<Role> roles, Set<UUID> committees) {
		this.displayName = requireText(displayName, "display name");
		this.email = email == null || email.isBlank() ? null : email.strip();
		this.enabled = enabled;
		this.roles.clear();
		this.roles.addAll(roles);
		this.committeeIds.clear();
		this.committeeIds.addAll(committees);
		requireCommitteesOnlyForReporters();
	}

	/** Reassigns roles from the identity provider's groups at each sign-in; committees stay as an admin set them. */
	void syncRolesFromIdentityProvider(Set<Role> roles) {
		this.roles.clear();
		this.roles.addAll(roles);
	}

	void changePassword(String newHash) {
		this.passwordHash = Objects.requireNonNull(newHash);
		unlock();
	}

	private void requireCommitteesOnlyForReporters() {
		if (!committeeIds.isEmpty() && !roles.contains(Role.COMMITTEE_REPORTER)) {
			// only committee reporters are bound to committees
			throw Refusal.on("committeeIds", "user.committees.invalid");
		}
		if (roles.contains(Role.COMMITTEE_REPORTER) && committeeIds.isEmpty()) {
			// a committee reporter is bound to at least one committee
			throw Refusal.on("committeeIds", "user.committees.invalid");
		}
	}

	CurrentUser toCurrentUser() {
		return new CurrentUser(id, username, displayName, roles, committeeIds);
	}

	UserId id() {
		return id;
	}

	String username() {
		return username;
	}

	String displayName() {
		return displayName;
	}

	@Nullable String email() {
		return email;
	}

	@Nullable String passwordHash() {
		return passwordHash;
	}

	boolean enabled() {
		return enabled;
	}

	int failedLogins() {
		return failedLogins;
	}

	@Nullable Instant lockedUntil() {
		return lockedUntil;
	}

	@Nullable String externalId() {
		return externalId;
	}

	Set<Role> roles() {
		return Set.copyOf(roles);
	}

	Set<UUID> committeeIds() {
		return Set.copyOf(committeeIds);
	}

	int version() {
		return version;
	}

}
