package se.trygghet.plan;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import se.trygghet.identity.HttpAuthorizationRules;
import se.trygghet.identity.Role;

/**
 * Every internal role reads plans (and the comparison of a plan with the one it was drawn from); coordinators and
 * admins change, import, export and amend them, draw the next plan and choose what becomes of its activities,
 * focus areas, goals and indicators. The open-data API is
 * public (it filters out plans that are not adopted for anonymous callers). The start page is for everyone.
 */
@Component
class PlanAuthorization implements HttpAuthorizationRules {

	static final String[] INTERNAL = Role.internalReaders();

	static final String[] EDITORS = { Role.COORDINATOR.name(), Role.ADMIN.name() };

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/").permitAll();
		rules.requestMatchers(HttpMethod.GET, "/api/v1/plans", "/api/v1/plans/*").permitAll();
		rules.requestMatchers("/plans/import", "/plans/*/export", "/plans/*/adopt", "/plans/*/archive",
				"/plans/*/*/*/edit", "/plans/*/activities/*/confirm-lead", "/plans/*/activities/*/indicators",
				"/plans/*/focus-areas/*/activities", "/plans/*/focus-areas/*/activities/new", "/plans/*/next",
				"/plans/*/succession/*", "/plans/*/succession/*/*", "/plans/*/succession/*/*/end", "/plans/*/amendment",
				"/plans/*/amendment/*")
			.hasAnyRole(EDITORS);
		rules.requestMatchers(HttpMethod.GET, "/plans", "/plans/**").hasAnyRole(INTERNAL);
		rules.requestMatchers(HttpMethod.POST, "/plans/**").hasAnyRole(EDITORS);
	}

}
