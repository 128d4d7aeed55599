package se.trygghet.identity;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** User administration and partner systems' API tokens are for admins; the audit log for admins and coordinators. */
@Component
class IdentityAuthorization implements HttpAuthorizationRules {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/admin/users", "/admin/users/**").hasRole(Role.ADMIN.name());
		rules.requestMatchers("/admin/api-tokens", "/admin/api-tokens/**").hasRole(Role.ADMIN.name());
		rules.requestMatchers("/audit", "/audit/**").hasAnyRole(Role.ADMIN.name(), Role.COORDINATOR.name());
	}

}
