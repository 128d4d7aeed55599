package se.trygghet.intervention;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import se.trygghet.identity.HttpAuthorizationRules;
import se.trygghet.identity.Role;

/**
 * Every internal reader reads the cycle (problems, interventions, evaluations, feedback); those who work with the
 * lägesbild — analysts, coordinators and admins — change it. A partner reads the interventions its organisation is
 * responsible for and their problems, nothing else. Field staff see none of it.
 */
@Component
class InterventionAuthorization implements HttpAuthorizationRules {

	static final String[] EDITORS = { Role.ANALYST.name(), Role.COORDINATOR.name(), Role.ADMIN.name() };

	static final String[] READERS = java.util.stream.Stream
		.concat(java.util.Arrays.stream(Role.internalReaders()), java.util.stream.Stream.of(Role.PARTNER.name()))
		.toArray(String[]::new);

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/problems/new", "/problems/*/edit", "/problems/*/analysis",
				"/problems/*/interventions/new", "/interventions/*/edit").hasAnyRole(EDITORS);
		// partners too: the controllers show them only what is shared with their organisation (PartnerScope)
		rules.requestMatchers(HttpMethod.GET, "/problems", "/problems/*", "/interventions/*",
				"/interventions/*/evaluations/*/table/*")
			.hasAnyRole(READERS);
		rules.requestMatchers(HttpMethod.POST, "/problems", "/problems/*", "/problems/*/status", "/problems/*/analysis",
				"/problems/*/dialogues", "/problems/*/feedback", "/problems/*/interventions", "/interventions/*",
				"/interventions/*/status",
				"/interventions/*/evaluations").hasAnyRole(EDITORS);
	}

}
