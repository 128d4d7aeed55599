package se.trygghet.identity;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Each module declares who may reach its pages and endpoints by providing a bean of this type. Anything no module
 * declares is denied, so a new endpoint without a rule fails closed.
 */
public interface HttpAuthorizationRules {

	void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);

}
