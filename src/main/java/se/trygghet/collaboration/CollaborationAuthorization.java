package se.trygghet.collaboration;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import se.trygghet.identity.HttpAuthorizationRules;
import se.trygghet.identity.Role;

/**
 * Forums, meetings, surveys and medborgarlöften are read by every internal reader and changed by coordinators and
 * admins; field staff see none of it. The survey answer page is public: its link is handed to the forum's members,
 * who answer without an account.
 */
@Component
class CollaborationAuthorization implements HttpAuthorizationRules {

	static final String[] EDITORS = { Role.COORDINATOR.name(), Role.ADMIN.name() };

	/** Whether the signed-in person may change forums, meetings, surveys and promises: the pages show the forms. */
	static boolean mayEdit(se.trygghet.identity.CurrentUsers users) {
		return users.current().map(u -> u.hasAny(Role.COORDINATOR, Role.ADMIN)).orElse(false);
	}

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/survey/*").permitAll();
		// partners read their own organisation's forums and meetings (PartnerForums), nothing else here
		rules.requestMatchers(HttpMethod.GET, "/forums", "/forums/*", "/meetings/*")
			.hasAnyRole(java.util.stream.Stream
				.concat(java.util.Arrays.stream(Role.internalReaders()), java.util.stream.Stream.of(Role.PARTNER.name()))
				.toArray(String[]::new));
		rules.requestMatchers(HttpMethod.GET, "/surveys/*", "/promises", "/promises/*").hasAnyRole(Role.internalReaders());
		rules.requestMatchers(HttpMethod.GET, "/forums/*/meetings/new").hasAnyRole(EDITORS);
		rules.requestMatchers(HttpMethod.POST, "/forums", "/forums/*", "/forums/*/members", "/forums/*/members/*/remove",
				"/forums/*/surveys", "/forums/*/meetings", "/meetings/*/decisions", "/decisions/*", "/surveys/*/state",
				"/promises", "/agreements", "/promises/*/follow-ups", "/promises/*/links", "/promises/*/publication")
			.hasAnyRole(EDITORS);
	}

}
