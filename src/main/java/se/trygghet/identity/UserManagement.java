package se.trygghet.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghet.system.NotFoundException;
import se.trygghet.system.Refusal;

/** The admin's use cases on users. */
@Service
@PreAuthorize("hasRole('ADMIN')")
class UserManagement {

	static final int MIN_PASSWORD_LENGTH = 12;

	private final Users users;

	private final PasswordEncoder encoder;

	private final ApplicationEventPublisher events;

	private final PartnerBindings partners;

	UserManagement(Users users, PasswordEncoder encoder, ApplicationEventPublisher events, PartnerBindings partners) {
		this.users = users;
		this.encoder = encoder;
		this.events = events;
		this.partners = partners;
	}

	@Transactional
	UserId create(String username, String displayName, @Nullable String email, String password, Set<Role> roles,
			Set<UUID> committees) {
		return create(username, displayName, email, password, roles, committees, null);
	}

	/** A new local account; a partner must be bound to exactly the actor it speaks for, and nobody else to any. */
	@Transactional
	UserId create(String username, String displayName, @Nullable String email, String password, Set<Role> roles,
			Set<UUID> committees, @Nullable UUID actor) {
		if (users.byUsername(username).isPresent()) {
			throw Refusal.on("username", "username.taken");
		}
		requireStrong(password);
		requirePartnerBinding(roles, actor);
		User user = User.local(username, displayName, email, encoder.encode(password), roles, committees);
		users.add(user);
		partners.bind(user.id(), actor);
		events.publishEvent(new UserEvents.UserCreated(user.id(), user.username(), new TreeSet<>(roles).toString()));
		return user.id();
	}

	@Transactional
	void update(UserId id, int expectedVersion, String displayName, @Nullable String email, boolean enabled,
			Set<Role> roles, Set<UUID> committees, @Nullable UUID actor) {
		User user = users.byId(id).orElseThrow(() -> new NotFoundException("Användaren"));
		if (user.version() != expectedVersion) {
			throw new org.springframework.dao.OptimisticLockingFailureException("changed");
		}
		requirePartnerBinding(roles, actor);
		Map<String, Object> before = snapshot(user);
		before.put("actor", partners.actorOf(user.id()).map(UUID::toString).orElse(""));
		user.update(displayName, email, enabled, roles, committees);
		users.save(user);
		partners.bind(user.id(), actor);
		Map<String, Object> after = snapshot(user);
		after.put("actor", actor == null ? "" : actor.toString());
		events.publishEvent(new UserEvents.UserChanged(user.id(), user.username(), before, after));
	}

	/**
	 * A partner sees only what is shared with their organisation, so the account must name it, and it must not also
	 * hold a role that reads everything.
	 */
	private static void requirePartnerBinding(Set<Role> roles, @Nullable UUID actor) {
		if (roles.contains(Role.PARTNER) && actor == null) {
			throw Refusal.on("actorId", "user.partner.actor.required");
		}
		if (roles.contains(Role.PARTNER) && roles.size() > 1) {
			throw Refusal.on("roles", "user.partner.alone");
		}
		if (!roles.contains(Role.PARTNER) && actor != null) {
			throw Refusal.on("actorId", "user.partner.actor.unexpected");
		}
	}

	@Transactional
	void resetPassword(UserId id, String password) {
		User user = users.byId(id).orElseThrow(() -> new NotFoundException("Användaren"));
		requireStrong(password);
		user.changePassword(encoder.encode(password));
		users.save(user);
		events.publishEvent(new UserEvents.PasswordReset(user.id(), user.username()));
	}

	@Transactional
	void unlock(UserId id) {
		User user = users.byId(id).orElseThrow(() -> new NotFoundException("Användaren"));
		Map<String, Object> before = snapshot(user);
		user.unlock();
		users.save(user);
		events.publishEvent(new UserEvents.UserChanged(user.id(), user.username(), before, snapshot(user)));
	}

	private static void requireStrong(String password) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw Refusal.on("password", "password.short");
		}
	}

	private static Map<String, Object> snapshot(User user) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("displayName", user.displayName());
		values.put("email", user.email() == null ? "" : user.email());
		values.put("enabled", user.enabled());
		values.put("roles", new TreeSet<>(user.roles()).toString());
		values.put("committees", new TreeSet<>(user.committeeIds()).toString());
		values.put("locked", user.lockedUntil() != null);
		return values;
	}

}
