package se.trygghet.identity;

import com.password4j.Argon2Function;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password4j.Argon2Password4jPasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One filter chain for pages and API alike, and one before it for the endpoints partner systems reach with an API
 * token ({@link ApiTokenEndpoints}). Rules come from every module's {@link HttpAuthorizationRules}; whatever
 * none of them names is denied. API clients get {@code application/problem+json} instead of a redirect to the login
 * page.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

	/**
	 * img-src lets the maps (Leaflet) load tiles from OpenStreetMap (tile.openstreetmap.org and its older a/b/c
	 * subdomains) and from the tile server configured in {@code app.map.tile-url}; the maps still draw their areas and
	 * cells, on a plain background, when tiles cannot be reached.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
			+ "img-src 'self' data: https://tile.openstreetmap.org https://*.tile.openstreetmap.org%s; "
			+ "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/** The scheme and host of a configured tile server, for the CSP; nothing for the default or a malformed URL. */
	static String tileOrigin(String tileUrl) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(https://[A-Za-z0-9.-]+(?::\\d+)?)/").matcher(tileUrl);
		return m.find() && !m.group(1).endsWith("tile.openstreetmap.org") ? " " + m.group(1) : "";
	}

	/**
	 * Partner systems' endpoints, before the main chain: a bearer token is the only way in (see
	 * {@link ApiTokenAuthentication}), no session is read or made, and there is no CSRF, since a browser's cookies
	 * count for nothing here.
	 */
	@Bean
	@org.springframework.core.annotation.Order(1)
	SecurityFilterChain apiTokenFilterChain(HttpSecurity http, List<ApiTokenEndpoints> endpoints,
			ApiTokenAuthentication tokens) throws Exception {
		List<RequestMatcher> paths = endpoints.stream()
			.flatMap(e -> e.paths().stream())
			.map(path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(path))
			.toList();
		http.securityMatcher(request -> paths.stream().anyMatch(m -> m.matches(request)));
		http.authorizeHttpRequests(rules -> rules.anyRequest().hasAuthority(ApiClient.INCIDENTS_WRITE));
		http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		http.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()));
		http.csrf(csrf -> csrf.disable());
		http.requestCache(cache -> cache.disable());
		http.anonymous(anonymous -> anonymous.disable());
		http.addFilterBefore(tokens.filter(), AuthorizationFilter.class);
		http.exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, ex) -> ApiTokenAuthentication.unauthorized(request, response))
			.accessDeniedHandler(problemDenied()));
		return http.build();
	}

	@Bean
	SecurityFilterChain filterChain(HttpSecurity http, List<HttpAuthorizationRules> moduleRules,
			ObjectProvider<ClientRegistrationRepository> oidcClients, PlatformOidcUserService oidcUsers,
			@org.springframework.beans.factory.annotation.Value("${app.map.tile-url:https://tile.openstreetmap.org/{z}/{x}/{y}.png}") String tileUrl)
			throws Exception {
		RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		http.authorizeHttpRequests(rules -> {
			rules.requestMatchers("/css/**", "/js/**", "/img/**", "/fonts/**", "/webjars/**", "/favicon.ico",
					"/error", "/login", "/actuator/health", "/actuator/health/**")
				.permitAll();
			rules.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
					"/swagger-ui.html", "/swagger-ui/**")
				.permitAll();
			moduleRules.forEach(module -> module.configure(rules));
			rules.anyRequest().denyAll();
		});
		http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll());
		http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll());
		if (oidcClients.getIfAvailable() != null) {
			http.oauth2Login(oauth -> oauth.loginPage("/login")
				.userInfoEndpoint(endpoint -> endpoint.oidcUserService(oidcUsers)));
		}
		http.exceptionHandling(errors -> errors
			.defaultAuthenticationEntryPointFor(problem(HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
					"Sign in to use this endpoint."), api)
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
			.defaultAccessDeniedHandlerFor(problemDenied(), api)
			// with a single mapping Spring Security would use it for every request; pages get the error page
			.defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), request -> true));
		String policy = CONTENT_SECURITY_POLICY.formatted(tileOrigin(tileUrl));
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		// Open311 partner apps post with an API key, not a session, so there is no cookie for CSRF to protect
		http.csrf(csrf -> csrf.ignoringRequestMatchers(
				PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/open311/v2/requests.json"),
				PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/open311/v2/requests.xml")));
		return http.build();
	}

	private static AuthenticationEntryPoint problem(int status, String title, String detail) {
		return (request, response, ex) -> writeProblem(response, status, title, detail, request.getRequestURI());
	}

	private static AccessDeniedHandler problemDenied() {
		return (request, response, ex) -> writeProblem(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
				"You may not do this.", request.getRequestURI());
	}

	static void writeProblem(HttpServletResponse response, int status, String title, String detail,
			String instance) throws java.io.IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		String body = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
				+ detail + "\",\"instance\":\"" + instance.replace("\"", "%22").replace("\\", "%5C") + "\"}";
		response.getWriter().write(body);
	}

	/**
	 * No tracing of each security filter: nothing reads those observations, and wrapping every filter of every request
	 * in one was a measurable share of a page's cost.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Argon2id for new hashes; the delegating encoder still reads bcrypt hashes, so a municipality can migrate users
	 * from another system without forcing new passwords.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return passwords();
	}

	/**
	 * Argon2id with the parameters every stored hash has (Spring Security's defaults since 5.8: 16 MiB, 2 iterations,
	 * 1 lane, 32 bytes), computed by Password4j. The encoder checks a hash with these parameters, not the ones written
	 * in it, so changing them needs a way to upgrade old hashes first.
	 */
	static PasswordEncoder passwords() {
		Map<String, PasswordEncoder> encoders = new HashMap<>();
		encoders.put("argon2", new Argon2Password4jPasswordEncoder(
				Argon2Function.getInstance(16 * 1024, 2, 1, 32, com.password4j.types.Argon2.ID, 19)));
		encoders.put("bcrypt", new BCryptPasswordEncoder());
		return new DelegatingPasswordEncoder("argon2", encoders);
	}

}
