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

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/incidents/new", "/incidents/mine", "/situation", "/situation/hotspots",
				"/api/v1/hotspots")
			.hasAnyRole(ANALYSTS);
		rules.requestMatchers(HttpMethod.POST, "/incidents", "/situation/*/note").hasAnyRole(ANALYSTS);
	}

}
