package se.trygghet.residentreport;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import se.trygghet.identity.HttpAuthorizationRules;
import se.trygghet.identity.Role;

/**
 * Residents report, search for a place (rate-limited by {@link RateLimit}) and follow their own report without an
 * account (the private link is the right); Open311 is open
 * data, and partner apps post with an API key checked by the endpoint. Cases are handled by coordinators, admins and
 * the reporters of the committee a case is routed to (which the service checks per case).
 */
@Component
class ResidentReportAuthorization implements HttpAuthorizationRules {

	static final String[] HANDLERS = { Role.ADMIN.name(), Role.COORDINATOR.name(), Role.COMMITTEE_REPORTER.name() };

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/rapportera", "/rapportera/adress", "/rapportera/*", "/rapportera/*/foto",
				"/rapportera/foto/*", "/open311/v2/**").permitAll();
		rules.requestMatchers(HttpMethod.POST, "/rapportera", "/rapportera/*/samma", "/rapportera/*/inte-atgardat",
				"/open311/v2/requests.json", "/open311/v2/requests.xml").permitAll();
		rules.requestMatchers(HttpMethod.GET, "/resident-reports/response-times")
			.hasAnyRole(Role.ADMIN.name(), Role.COORDINATOR.name(), Role.COMMITTEE_REPORTER.name());
		rules.requestMatchers(HttpMethod.GET, "/resident-reports", "/resident-reports/*", "/resident-reports/*/photo")
			.hasAnyRole(HANDLERS);
		rules.requestMatchers(HttpMethod.POST, "/resident-reports/*/moderation", "/resident-reports/*/status",
				"/resident-reports/*/duplicate",
				"/resident-reports/*/original/delete").hasAnyRole(HANDLERS);
		rules.requestMatchers(HttpMethod.GET, "/admin/open311-keys").hasRole(Role.ADMIN.name());
		rules.requestMatchers(HttpMethod.POST, "/admin/open311-keys", "/admin/open311-keys/*/revoke")
			.hasRole(Role.ADMIN.name());
	}

}
