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
		rules.requestMatchers(HttpMethod.GET, "/situation", "/situation/hotspots", "/situation/method",
				"/api/v1/hotspots", "/api/v1/hotspots/density", "/api/v1/hotspots/counts", "/api/v1/hotspots/grid",
				"/api/v1/incidents/clusters")
			.hasAnyRole(ANALYSTS);
		rules.requestMatchers(HttpMethod.POST, "/situation/*/note").hasAnyRole(ANALYSTS);
		// the period's PDF for the EST meeting and the joint yearly lägesbild with the police
		rules.requestMatchers(HttpMethod.GET, "/situation/*/pdf", "/situation/*/table/*", "/situation/hotspots/table/*",
				"/situation/joint", "/situation/joint/*",
				"/situation/joint/*/pdf", "/situation/joint/*/docx")
			.hasAnyRole(ANALYSTS);
		rules.requestMatchers(HttpMethod.POST, "/situation/joint/*/texts", "/situation/joint/*/problems",
				"/situation/joint/*/problems/*/remove", "/situation/joint/*/problems/*/move", "/situation/joint/*/decide",
				"/situation/joint/*/reopen")
			.hasAnyRole(ANALYSTS);
	}

}
