package se.trygghet.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Answers "who is doing this?" for any module, without exposing Spring Security types. */
@Component
public class CurrentUsers {

	/** The actor name written to history when nobody is signed in (start-up loading, scheduled jobs). */
	public static final String SYSTEM = "system";

	public Optional<CurrentUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof HasCurrentUser principal) {
			return Optional.of(principal.currentUser());
		}
		return Optional.empty();
	}

	/**
	 * Runs work as the platform itself (start-up data, scheduled jobs) with the given rights, so the same service
	 * rules apply as for a person; history and the audit log name the actor {@value #SYSTEM}.
	 */
	public <T> T asSystem(java.util.Set<Role> roles, java.util.Set<java.util.UUID> committees,
			java.util.function.Supplier<T> work) {
		org.springframework.security.core.context.SecurityContext previous = SecurityContextHolder.getContext();
		CurrentUser system = new CurrentUser(new UserId(new java.util.UUID(0, 0)), SYSTEM, "Trygghetsplattformen",
				roles, committees);
		PlatformUserDetails details = new PlatformUserDetails(system, null, true, false);
		org.springframework.security.core.context.SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(details, null,
						details.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** The partner system making this call with an API token, if it is one. */
	public Optional<ApiClient> apiClient() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null
				&& authentication.getPrincipal() instanceof ApiTokenAuthentication.ApiTokenPrincipal principal) {
			return Optional.of(principal.client());
		}
		return Optional.empty();
	}

	/** The name under which a change is recorded. */
	public String actorName() {
		return current().map(CurrentUser::username).orElse(SYSTEM);
	}

}
