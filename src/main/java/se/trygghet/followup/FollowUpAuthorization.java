package se.trygghet.followup;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import se.trygghet.identity.HttpAuthorizationRules;
import se.trygghet.identity.Role;

/**
 * Internal roles read rounds; coordinators run them and review; reporters write. Which report a reporter may read or
 * write is decided per report in the service ({@link ReportAccess}), not here.
 */
@Component
class FollowUpAuthorization implements HttpAuthorizationRules {

	private static final String[] INTERNAL = Role.internalReaders();

	private static final String[] COORDINATORS = { Role.COORDINATOR.name(), Role.ADMIN.name() };

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/v1/rounds", "/api/v1/rounds/*/reports").permitAll();
		rules.requestMatchers(HttpMethod.GET, "/my-reports").hasRole(Role.COMMITTEE_REPORTER.name());
		// every committee's drafts are in an export, so it is for those who read everything
		rules.requestMatchers(HttpMethod.GET, "/rounds/*/export")
			.hasAnyRole(Role.ADMIN.name(), Role.COORDINATOR.name(), Role.ANALYST.name(), Role.VIEWER.name());
		rules.requestMatchers(HttpMethod.POST, "/rounds", "/rounds/*/open", "/rounds/*/close", "/rounds/*/publish",
				"/rounds/*/next", "/reports/*/review", "/rounds/*/annual-reports")
			.hasAnyRole(COORDINATORS);
		rules.requestMatchers(HttpMethod.POST, "/reports/*", "/reports/*/autosave", "/reports/*/attachments",
				"/reports/*/attachments/*/delete")
			.hasRole(Role.COMMITTEE_REPORTER.name());
		rules.requestMatchers(HttpMethod.GET, "/rounds", "/rounds/*", "/rounds/*/table/*", "/reports/*",
				"/reports/*/versions/*",
				"/annual-reports/*/*", "/attachments/*")
			.hasAnyRole(INTERNAL);
	}

}
