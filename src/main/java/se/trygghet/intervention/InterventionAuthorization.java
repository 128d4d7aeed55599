package se.trygghet.intervention;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import se.trygghet.identity.HttpAuthorizationRules;
import se.trygghet.identity.Role;

/**
 * Every internal reader reads the cycle (problems, interventions, evaluations, feedback); those who work with the
 * lägesbild — analysts, coordinators and admins — change it. Field staff see none of it.
 */
@Component
class InterventionAuthorization implements HttpAuthorizationRules {

	static final String[] EDITORS = { Role.ANALYST.name(), Role.COORDINATOR.name(), Role.ADMIN.name() };

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/problems/new", "/problems/*/edit", "/problems/*/analysis",
				"/problems/*/interventions/new", "/interventions/*/edit").hasAnyRole(EDITORS);
		rules.requestMatchers(HttpMethod.GET, "/problems", "/problems/*", "/interventions/*")
			.hasAnyRole(Role.internalReaders());
		rules.requestMatchers(HttpMethod.POST, "/problems", "/problems/*", "/problems/*/status", "/problems/*/analysis",
				"/problems/*/dialogues", "/problems/*/feedback", "/problems/*/interventions", "/interventions/*",
				"/interventions/*/status",
				"/interventions/*/evaluations").hasAnyRole(EDITORS);
	}

}
