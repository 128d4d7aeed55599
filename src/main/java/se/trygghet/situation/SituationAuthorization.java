package se.trygghet.situation;

import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import se.trygghet.identity.ApiTokenEndpoints;
import se.trygghet.identity.HttpAuthorizationRules;
import se.trygghet.identity.Role;

/**
 * The lägesbild is for those who work with it: analysts (police partners included) and Stadsledningskontoret's
 * coordinators. Incidents are never public at point level; published figures come later, aggregated and suppressed.
 * Partner systems send incidents to {@code /api/v1/incidents} with an API token, and only with one.
 */
@Component
class SituationAuthorization implements HttpAuthorizationRules, ApiTokenEndpoints {

	static final String[] ANALYSTS = { Role.ANALYST.name(), Role.COORDINATOR.name(), Role.ADMIN.name() };

	static final String[] REPORTERS = { Role.ANALYST.name(), Role.COORDINATOR.name(), Role.ADMIN.name(),
			Role.FIELD_REPORTER.name() };

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		// field staff report and see their own reports (the page filters by reporter); nothing else of the lägesbild
		rules.requestMatchers(HttpMethod.GET, "/incidents/new", "/incidents/mine").hasAnyRole(REPORTERS);
		rules.requestMatchers(HttpMethod.POST, "/incidents").hasAnyRole(REPORTERS);
		rules.requestMatchers(HttpMethod.GET, "/situation", "/situation/hotspots", "/situation/method", "/incidents/import",
				"/api/v1/hotspots",
				"/api/v1/hotspots/density", "/api/v1/hotspots/counts", "/api/v1/hotspots/grid", "/api/v1/incidents/clusters")
			.hasAnyRole(ANALYSTS);
		rules.requestMatchers(HttpMethod.POST, "/incidents/import", "/situation/*/note", "/situation/police/fetch")
			.hasAnyRole(ANALYSTS);
		// the period's PDF for the EST meeting and the joint yearly lägesbild with the police
		rules.requestMatchers(HttpMethod.GET, "/situation/*/pdf", "/situation/joint", "/situation/joint/*",
				"/situation/joint/*/pdf", "/situation/joint/*/docx")
			.hasAnyRole(ANALYSTS);
		rules.requestMatchers(HttpMethod.POST, "/situation/joint/*/texts", "/situation/joint/*/problems",
				"/situation/joint/*/problems/*/remove", "/situation/joint/*/problems/*/move", "/situation/joint/*/decide",
				"/situation/joint/*/reopen")
			.hasAnyRole(ANALYSTS);
	}

	@Override
	public List<String> paths() {
		// only an incident's own id: /api/v1/incidents/clusters is the analysts' map layer, reached with a session
		return List.of("/api/v1/incidents", "/api/v1/incidents/{id:[0-9a-fA-F]{8}-[0-9a-fA-F-]{27}}");
	}

}
