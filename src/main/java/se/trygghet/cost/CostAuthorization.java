package se.trygghet.cost;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import se.trygghet.identity.HttpAuthorizationRules;
import se.trygghet.identity.Role;

/**
 * The estimates rest on the year's incident counts per area, internal figures read by the staff who read them as
 * stored (the council members among them, for whom the argument is made); committee reporters, field reporters and
 * partners do not. Coordinators and admins enter the unit costs and the index.
 */
@Component
class CostAuthorization implements HttpAuthorizationRules {

	static final String[] READERS = { Role.ADMIN.name(), Role.COORDINATOR.name(), Role.ANALYST.name(),
			Role.VIEWER.name() };

	static final String[] WRITERS = { Role.COORDINATOR.name(), Role.ADMIN.name() };

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/costs", "/api/v1/costs/*").hasAnyRole(READERS);
		rules.requestMatchers(HttpMethod.GET, "/costs/units/*/*").hasAnyRole(WRITERS);
		rules.requestMatchers(HttpMethod.POST, "/costs/units/*/*", "/costs/index").hasAnyRole(WRITERS);
	}

}
