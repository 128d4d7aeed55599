package se.trygghet.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local sign-in: loads accounts for Spring Security and keeps the failed-attempt count that locks an account after
 * repeated wrong passwords.
 */
@Service
class LocalAccounts implements UserDetailsService {

	private final Users users;

	private final Clock clock;

	private final AuditLog audit;

	private final int maxFailures;

	private final Duration lockDuration;

	LocalAccounts(Users users, Clock clock, AuditLog audit,
			@Value("${app.security.lockout.max-failures:5}") int maxFailures,
			@Value("${app.security.lockout.duration:15m}") Duration lockDuration) {
		this.users = users;
		this.clock = clock;
		this.audit = audit;
		this.maxFailures = maxFailures;
		this.lockDuration = lockDuration;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		User user = users.byUsername(username)
			.filter(u -> u.passwordHash() != null)
			.orElseThrow(() -> new UsernameNotFoundException("No local account"));
		return new PlatformUserDetails(user.toCurrentUser(), user.passwordHash(), user.enabled(),
				user.isLockedAt(clock.instant()));
	}

	@EventListener
	@Transactional
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String username = String.valueOf(event.getAuthentication().getPrincipal());
		users.byUsername(username).ifPresent(user -> {
			user.recordFailedLogin(clock.instant(), maxFailures, lockDuration);
			users.saveLoginState(user);
			if (user.isLockedAt(clock.instant())) {
				audit.record(username, "identity.user.locked", "User", user.id().toString(),
						"Kontot låstes efter upprepade misslyckade inloggningar", Map.of("lockedUntil",
								String.valueOf(user.lockedUntil())));
			}
		});
	}

	@EventListener
	@Transactional
	void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof HasCurrentUser principal) {
			CurrentUser current = principal.currentUser();
			users.byId(current.id()).ifPresent(user -> {
				if (user.failedLogins() > 0 || user.lockedUntil() != null) {
					user.recordSuccessfulLogin();
					users.saveLoginState(user);
				}
			});
			audit.record(current.username(), "identity.signed-in", "User", current.id().toString(),
					"Inloggning", Map.of());
		}
	}

}
