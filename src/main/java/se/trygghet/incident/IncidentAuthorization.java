package se.trygghet.incident;

import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import se.trygghet.identity.ApiTokenEndpoints;
import se.trygghet.identity.HttpAuthorizationRules;
import se.trygghet.identity.Role;

/**
 * Field staff report incidents and see their own reports; analysts, coordinators and admins also import files and
 * fetch Polisen's events. Partner systems send incidents to {@code /api/v1/incidents} with an API token, and only
 * with one.
 */
@Component
class IncidentAuthorization implements HttpAuthorizationRules, ApiTokenEndpoints {

	static final String[] ANALYSTS = { Role.ANALYST.name(), Role.COORDINATOR.name(), Role.ADMIN.name() };

	static final String[] REPORTERS = { Role.ANALYST.name(), Role.COORDINATOR.name(), Role.ADMIN.name(),
			Role.FIELD_REPORTER.name() };

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		// field staff report and see their own reports (the page filters by reporter); nothing else of the lägesbild
		rules.requestMatchers(HttpMethod.GET, "/incidents/new", "/incidents/mine").hasAnyRole(REPORTERS);
		rules.requestMatchers(HttpMethod.POST, "/incidents").hasAnyRole(REPORTERS);
		rules.requestMatchers(HttpMethod.GET, "/incidents/import").hasAnyRole(ANALYSTS);
		rules.requestMatchers(HttpMethod.POST, "/incidents/import", "/situation/police/fetch").hasAnyRole(ANALYSTS);
	}

	@Override
	public List<String> paths() {
		// only an incident's own id: /api/v1/incidents/clusters is the analysts' map layer, reached with a session
		return List.of("/api/v1/incidents", "/api/v1/incidents/{id:[0-9a-fA-F]{8}-[0-9a-fA-F-]{27}}");
	}

}
