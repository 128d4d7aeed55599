package se.trygghet.help;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import se.trygghet.identity.HttpAuthorizationRules;

/**
 * Help holds no data: every signed-in user reads the staff pages (each role has its own), and everyone the public ones.
 */
@Component
class HelpAuthorization implements HttpAuthorizationRules {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, HelpPages.STAFF, HelpPages.STAFF + "/*").authenticated();
		rules.requestMatchers(HttpMethod.GET, HelpPages.PUBLIC, HelpPages.PUBLIC + "/*").permitAll();
	}

}
