package se.trygghet.planning;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import se.trygghet.identity.HttpAuthorizationRules;
import se.trygghet.identity.Role;

/**
 * The evidence beside a draft holds internal figures (unpublished reports, internal evaluations and indicator values
 * as stored), so it is for the staff who read those elsewhere: coordinators and admins who draft, analysts and
 * viewers who read along; coordinators and admins write the draft's introduction and decide which of its activities
 * address the lägesbild's problems. Committee reporters see the public figures on the indicator pages and read only
 * their own committees' reports, so they do not read it.
 */
@Component
class PlanningAuthorization implements HttpAuthorizationRules {

	static final String[] READERS = { Role.ADMIN.name(), Role.COORDINATOR.name(), Role.ANALYST.name(),
			Role.VIEWER.name() };

	/** Those who draft the plan write its introduction. */
	static final String[] WRITERS = { Role.COORDINATOR.name(), Role.ADMIN.name() };

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/planning/*/evidence").hasAnyRole(READERS);
		rules.requestMatchers(HttpMethod.POST, "/planning/*/introduction").hasAnyRole(WRITERS);
		rules.requestMatchers(HttpMethod.POST, "/planning/*/problems/*/links", "/planning/*/problems/*/links/remove")
			.hasAnyRole(WRITERS);
	}

}
