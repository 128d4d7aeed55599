package se.trygghet.consultation;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import se.trygghet.identity.HttpAuthorizationRules;
import se.trygghet.identity.Role;

/**
 * Every internal reader sees the list of consultations (no comment is in it); coordinators and admins send, read
 * every comment, reply and close; reporters write their committee's answer. Which committee's answer a reporter may
 * read or write is decided in the service and the read model (403 for another committee's), not here.
 */
@Component
class ConsultationAuthorization implements HttpAuthorizationRules {

	private static final String[] COORDINATORS = { Role.COORDINATOR.name(), Role.ADMIN.name() };

	private static final String REPORTER = Role.COMMITTEE_REPORTER.name();

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/consultations").hasAnyRole(Role.internalReaders());
		rules.requestMatchers(HttpMethod.GET, "/consultations/*/committees/*")
			.hasAnyRole(Role.COORDINATOR.name(), Role.ADMIN.name(), REPORTER);
		rules.requestMatchers("/consultations/*/committees/*/**").hasRole(REPORTER);
		rules.requestMatchers("/consultations", "/consultations/**").hasAnyRole(COORDINATORS);
	}

}
