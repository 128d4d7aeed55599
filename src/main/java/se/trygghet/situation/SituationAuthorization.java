package se.trygghet.situation;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import se.trygghet.identity.HttpAuthorizationRules;
import se.trygghet.identity.Role;

/**
 * The lägesbild is for those who work with it: analysts (police partners included) and Stadsledningskontoret's
 * coordinators. Incidents are never public at point level; published figures come later, aggregated and suppressed.
 */
@Component
class SituationAuthorization implements HttpAuthorizationRules {

	static final String[] ANALYSTS = { Role.ANALYST.name(), Role.COORDINATOR.name(), Role.ADMIN.name() };

	static final String[] REPORTERS = { Role.ANALYST.name(), Role.COORDINATOR.name(), Role.ADMIN.name(),
			Role.FIELD_REPORTER.name() };

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		// field staff report and see their own reports (the page filters by reporter); nothing else of the lägesbild
		rules.requestMatchers(HttpMethod.GET, "/incidents/new", "/incidents/mine").hasAnyRole(REPORTERS);
		rules.requestMatchers(HttpMethod.POST, "/incidents").hasAnyRole(REPORTERS);
		rules.requestMatchers(HttpMethod.GET, "/situation", "/situation/hotspots", "/incidents/import", "/api/v1/hotspots",
				"/api/v1/hotspots/density", "/api/v1/incidents/clusters")
			.hasAnyRole(ANALYSTS);
		rules.requestMatchers(HttpMethod.POST, "/incidents/import", "/situation/*/note").hasAnyRole(ANALYSTS);
	}

}
