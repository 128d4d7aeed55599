package se.trygghet.identity;

import java.util.Set;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in principals for tests, shaped exactly like the ones a real sign-in produces. */
public final class TestUsers {

	private TestUsers() {
	}

	public static CurrentUser user(Role role, UUID... committees) {
		return new CurrentUser(UserId.random(), "test-" + role.name().toLowerCase(), "Test " + role.name(),
				Set.of(role), Set.of(committees));
	}

	public static RequestPostProcessor as(Role role, UUID... committees) {
		return SecurityMockMvcRequestPostProcessors.user(new PlatformUserDetails(user(role, committees), "x", true, false));
	}

	/** A user of one role with a username of its own, for tests that tell two people of the same role apart. */
	public static RequestPostProcessor as(String username, Role role) {
		CurrentUser user = new CurrentUser(UserId.random(), username, "Test " + username, Set.of(role), Set.of());
		return SecurityMockMvcRequestPostProcessors.user(new PlatformUserDetails(user, "x", true, false));
	}

	/** A user holding several roles at once, with a username of its own. */
	public static RequestPostProcessor withRoles(String username, Role... roles) {
		CurrentUser user = new CurrentUser(UserId.random(), username, "Test " + username, Set.of(roles), Set.of());
		return SecurityMockMvcRequestPostProcessors.user(new PlatformUserDetails(user, "x", true, false));
	}

	/** Runs the rest of the test thread as this user, for calls to services guarded by method security. */
	public static CurrentUser signIn(Role role, UUID... committees) {
		CurrentUser user = user(role, committees);
		PlatformUserDetails details = new PlatformUserDetails(user, null, true, false);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
		return user;
	}

	/** As {@link #signIn(Role, UUID...)}, with a username of its own, for tests that tell two people apart. */
	public static CurrentUser signIn(String username, Role role) {
		CurrentUser user = new CurrentUser(UserId.random(), username, "Test " + username, Set.of(role), Set.of());
		PlatformUserDetails details = new PlatformUserDetails(user, null, true, false);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
		return user;
	}

	public static void signOut() {
		SecurityContextHolder.clearContext();
	}

}
