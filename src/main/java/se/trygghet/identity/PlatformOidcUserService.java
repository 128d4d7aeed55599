package se.trygghet.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;

/**
 * Signs in people from the municipality's identity provider. Their groups claim decides their roles (configured with
 * {@code app.oidc.group-roles.<group>=<ROLE>}); the first sign-in creates a platform user so an admin can bind
 * committees and the audit log can name them. Someone with no mapped group is refused rather than let in with no role.
 */
@Service
@EnableConfigurationProperties(PlatformOidcUserService.OidcRoleMapping.class)
class PlatformOidcUserService extends OidcUserService {

	private final ExternalAccounts accounts;

	private final OidcRoleMapping mapping;

	PlatformOidcUserService(ExternalAccounts accounts, OidcRoleMapping mapping) {
		this.accounts = accounts;
		this.mapping = mapping;
	}

	@ConfigurationProperties("app.oidc")
	public record OidcRoleMapping(String groupsClaim, Map<String, Role> groupRoles) {

		public OidcRoleMapping {
			groupsClaim = groupsClaim == null || groupsClaim.isBlank() ? "groups" : groupsClaim;
			groupRoles = groupRoles == null ? Map.of() : Map.copyOf(groupRoles);
		}

		Set<Role> rolesFor(Collection<String> groups) {
			Set<Role> roles = EnumSet.noneOf(Role.class);
			groups.stream().map(groupRoles::get).filter(r -> r != null).forEach(roles::add);
			return roles;
		}

	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser oidc = super.loadUser(request);
		List<String> groups = oidc.getClaimAsStringList(mapping.groupsClaim());
		Set<Role> roles = mapping.rolesFor(groups == null ? List.of() : groups);
		if (roles.isEmpty()) {
			throw new OAuth2AuthenticationException(new OAuth2Error("access_denied",
					"None of your groups gives access to Trygghetsplattformen", null));
		}
		String externalId = request.getClientRegistration().getRegistrationId() + ":" + oidc.getSubject();
		String username = oidc.getPreferredUsername() != null ? oidc.getPreferredUsername() : oidc.getSubject();
		String name = oidc.getFullName() != null ? oidc.getFullName() : username;
		CurrentUser user = accounts.signIn(externalId, username, name, oidc.getEmail(), roles)
			.orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("access_denied", "Account disabled",
					null)));
		return new PlatformOidcUser(oidc, user);
	}

	static final class PlatformOidcUser extends DefaultOidcUser implements HasCurrentUser {

		private static final long serialVersionUID = 1L;

		private final CurrentUser user;

		PlatformOidcUser(OidcUser oidc, CurrentUser user) {
			super(PlatformUserDetails.authoritiesOf(user), oidc.getIdToken(), oidc.getUserInfo());
			this.user = user;
		}

		@Override
		public CurrentUser currentUser() {
			return user;
		}

	}

}
