package se.trygghet.identity;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a local sign-in. Serialisable, because sessions are stored in PostgreSQL. */
final class PlatformUserDetails implements UserDetails, CredentialsContainer, HasCurrentUser {

	private static final long serialVersionUID = 1L;

	private final CurrentUser user;

	private @Nullable String passwordHash;

	private final boolean enabled;

	private final boolean locked;

	PlatformUserDetails(CurrentUser user, @Nullable String passwordHash, boolean enabled, boolean locked) {
		this.user = user;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.locked = locked;
	}

	@Override
	public CurrentUser currentUser() {
		return user;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authoritiesOf(user);
	}

	static List<SimpleGrantedAuthority> authoritiesOf(CurrentUser user) {
		return user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

}
