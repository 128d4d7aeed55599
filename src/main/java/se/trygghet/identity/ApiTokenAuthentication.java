package se.trygghet.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import se.trygghet.system.Caches;

/**
 * Recognises a partner system by the bearer token it presents. A missing, unknown, revoked or expired token is
 * answered with the same 401, so a caller learns nothing about which tokens exist.
 */
@Component
class ApiTokenAuthentication {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ApiTokenAuthentication.class);

	/** How often a token's last use is written at most (per node; the SQL keeps nodes to about the same). */
	static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

	/** Longer than any token we issue; a longer header is refused without asking the database. */
	private static final int MAX_TOKEN_LENGTH = 100;

	private final ApiTokens tokens;

	private final Clock clock;

	/** When this node last wrote each token's use (cache {@value #CACHE}); without it every call writes. */
	static final String CACHE = "api-token-uses";

	private final Caches.NamedCache touched;

	ApiTokenAuthentication(ApiTokens tokens, Clock clock, Caches caches) {
		this.tokens = tokens;
		this.clock = clock;
		this.touched = caches.named(CACHE);
	}

	/** The principal of a partner system: a {@link CurrentUser} named {@code api:<token name>} with no role. */
	public record ApiTokenPrincipal(ApiClient client) implements HasCurrentUser, Serializable {

		@Override
		public CurrentUser currentUser() {
			return new CurrentUser(new UserId(client.tokenId()), client.actorName(),
					client.name() + " (" + client.organisation() + ")", Set.of(), Set.of());
		}

	}

	Optional<ApiTokenPrincipal> authenticate(@Nullable String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return Optional.empty();
		}
		String secret = authorization.substring(7).strip();
		if (secret.isEmpty() || secret.length() > MAX_TOKEN_LENGTH) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		Optional<ApiToken> token = tokens.byHash(ApiTokenManagement.hash(secret)).filter(t -> t.usableAt(now));
		token.ifPresent(t -> touch(t.id(), now));
		return token.map(t -> new ApiTokenPrincipal(t.client()));
	}

	/** Writes the last use at most once a {@link #TOUCH_INTERVAL}: a partner sending every second costs no writes. */
	private void touch(UUID id, Instant now) {
		Instant last = touched.find(id);
		if (last == null || !now.isBefore(last.plus(TOUCH_INTERVAL))) {
			touched.put(id, now);
			try {
				tokens.touch(id, now);
			}
			catch (org.springframework.dao.DataAccessException ex) {
				// bookkeeping only: a failed write must not turn a partner away
				log.warn("Could not record the use of API token {}", id, ex);
			}
		}
	}

	/**
	 * Lets a request through only with a valid token, whatever else it carries: a browser's session or a test's
	 * signed-in user counts for nothing here.
	 */
	OncePerRequestFilter filter() {
		return new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				Optional<ApiTokenPrincipal> principal = authenticate(request.getHeader("Authorization"));
				if (principal.isEmpty()) {
					SecurityContextHolder.clearContext();
					unauthorized(request, response);
					return;
				}
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
						List.of(new SimpleGrantedAuthority(ApiClient.INCIDENTS_WRITE))));
				SecurityContextHolder.setContext(context);
				try {
					chain.doFilter(request, response);
				}
				finally {
					SecurityContextHolder.clearContext();
				}
			}

		};
	}

	static void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer");
		SecurityConfig.writeProblem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
				"A valid API token is required (Authorization: Bearer <token>).", request.getRequestURI());
	}

}
