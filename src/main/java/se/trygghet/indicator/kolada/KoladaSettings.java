package se.trygghet.indicator.kolada;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the platform talks to Kolada, bound from {@code app.indicator.kolada.*}. The defaults suit the nightly run:
 * Kolada is a public service that is sometimes slow or briefly down, so a request may take a minute and is tried up to
 * four times, waiting 2, 4 and 8 seconds (or as long as Kolada's {@code Retry-After} asks, at most
 * {@code max-backoff}).
 *
 * @param baseUrl where the v3 API lives; a test points it at a local stub
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long one request may take, from sending it to the last byte of the answer
 * @param maxAttempts how many times one page is asked for before the fetch fails (1 means no retry)
 * @param backoff the wait before the first retry; it doubles for each further retry
 * @param maxBackoff the longest wait between attempts, also when {@code Retry-After} asks for more
 * @param pageSize {@code per_page}: how many entries Kolada puts on one page (Kolada allows at most 5000)
 * @param maxPages how many pages one request may run to before the fetch stops, in case {@code next_url} never ends
 * @param userAgent how the platform names itself to Kolada, so RKA can see who calls
 */
@ConfigurationProperties("app.indicator.kolada")
public record KoladaSettings(@DefaultValue("https://api.kolada.se/v3") URI baseUrl,
		@DefaultValue("10s") Duration connectTimeout, @DefaultValue("60s") Duration requestTimeout,
		@DefaultValue("4") int maxAttempts, @DefaultValue("2s") Duration backoff,
		@DefaultValue("60s") Duration maxBackoff, @DefaultValue("5000") int pageSize,
		@DefaultValue("100") int maxPages,
		@DefaultValue("Trygghetsplattformen (Vasteras stad)") String userAgent) {

	/** Kolada's own ceiling for {@code per_page}. */
	public static final int MAX_PAGE_SIZE = 5000;

	public KoladaSettings {
		Objects.requireNonNull(baseUrl, "base URL");
		Objects.requireNonNull(connectTimeout, "connect timeout");
		Objects.requireNonNull(requestTimeout, "request timeout");
		Objects.requireNonNull(backoff, "backoff");
		Objects.requireNonNull(maxBackoff, "max backoff");
		Objects.requireNonNull(userAgent, "user agent");
		String scheme = baseUrl.getScheme();
		if (!baseUrl.isAbsolute() || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))
				|| baseUrl.getHost() == null || baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null
				|| baseUrl.getRawUserInfo() != null) {
			throw new IllegalArgumentException(
					"Kolada's base URL must be an http(s) address with no query, fragment or user: " + baseUrl);
		}
		String path = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath();
		if (path.endsWith("/")) {
			// the client appends "/data/…", which must not become "//data/…"
			baseUrl = URI.create(baseUrl.toString().substring(0, baseUrl.toString().length() - 1));
		}
		requirePositive(connectTimeout, "connect timeout");
		requirePositive(requestTimeout, "request timeout");
		if (backoff.isNegative() || maxBackoff.compareTo(backoff) < 0) {
			throw new IllegalArgumentException(
					"Kolada backoff must be zero or more and at most max backoff: " + backoff + ", " + maxBackoff);
		}
		if (maxAttempts < 1 || maxAttempts > 10) {
			throw new IllegalArgumentException("Kolada max attempts must be 1 to 10: " + maxAttempts);
		}
		if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("Kolada page size must be 1 to " + MAX_PAGE_SIZE + ": " + pageSize);
		}
		if (maxPages < 1) {
			throw new IllegalArgumentException("Kolada max pages must be at least 1: " + maxPages);
		}
		// a header value: printable ASCII only, so no one can smuggle a line break into the request
		if (userAgent.isBlank() || !userAgent.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
			throw new IllegalArgumentException("Kolada user agent must be printable ASCII: " + userAgent);
		}
	}

	/** The settings the platform uses when nothing is configured; the same as the {@code @DefaultValue}s above. */
	public static KoladaSettings defaults() {
		return new KoladaSettings(URI.create("https://api.kolada.se/v3"), Duration.ofSeconds(10),
				Duration.ofSeconds(60), 4, Duration.ofSeconds(2), Duration.ofSeconds(60), MAX_PAGE_SIZE, 100,
				"Trygghetsplattformen (Vasteras stad)");
	}

	private static void requirePositive(Duration duration, String what) {
		if (duration.isZero() || duration.isNegative()) {
			throw new IllegalArgumentException("Kolada " + what + " must be positive: " + duration);
		}
	}

}
