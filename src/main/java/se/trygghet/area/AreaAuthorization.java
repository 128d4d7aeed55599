package se.trygghet.area;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import se.trygghet.identity.HttpAuthorizationRules;
import se.trygghet.identity.Role;

/**
 * Every internal role reads areas; coordinators and admins import them and the address register. The GeoJSON API is open data, like the plans:
 * area boundaries are public, and invented demo boundaries say so in every feature.
 */
@Component
class AreaAuthorization implements HttpAuthorizationRules {

	static final String[] INTERNAL = Role.internalReaders();

	static final String[] IMPORTERS = { Role.COORDINATOR.name(), Role.ADMIN.name() };

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/v1/areas", "/api/v1/areas/*").permitAll();
		rules.requestMatchers("/areas/import", "/areas/addresses").hasAnyRole(IMPORTERS);
		rules.requestMatchers(HttpMethod.GET, "/areas", "/areas/*").hasAnyRole(INTERNAL);
	}

}
