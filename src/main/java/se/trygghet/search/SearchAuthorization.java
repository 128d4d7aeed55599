package se.trygghet.search;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import se.trygghet.identity.HttpAuthorizationRules;
import se.trygghet.identity.Role;

/**
 * Search is for every signed-in role that reads something it finds: internal readers, and partners (the forums,
 * meetings, problems and interventions shared with their organisation). Field staff find nothing there — their
 * incident reports are not searched — so they do not get it. Each source limits its hits to what the user may read.
 */
@Component
class SearchAuthorization implements HttpAuthorizationRules {

	static final String[] SEARCHERS = java.util.Arrays.stream(Role.values())
		.filter(role -> role != Role.FIELD_REPORTER)
		.map(Role::name)
		.toArray(String[]::new);

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/search", "/api/v1/search").hasAnyRole(SEARCHERS);
	}

}
