package se.trygghet.indicator.kolada;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.trygghet.system.HttpRetries;

/**
 * Fetches figures from Kolada's v3 data API, one municipality at a time:
 * {@code GET {base}/data/kpi/{kpi,…}/municipality/{id}/year/{year,…}?per_page={page size}}, following each answer's
 * {@code next_url} until there is none. It never follows {@code next_url} away from the configured host, nor round in
 * a loop, nor past {@code max-pages}.
 * <p>
 * A request that times out, cannot connect, or gets HTTP 429 or 5xx is tried again through {@code system}'s
 * {@link HttpRetries} after a growing wait (or as long as {@code Retry-After} asks, within {@code max-backoff}); any
 * other error status fails at once, since asking again would get the same answer. A fetch is all or nothing: the
 * first page that fails throws {@link KoladaException}.
 * <p>
 * Thread-safe; one instance may serve the whole application.
 */
public class KoladaClient {

	private static final Logger log = LoggerFactory.getLogger(KoladaClient.class);

	/** Kolada refuses long year lists (clients report a limit of 20 to 25), so a longer span takes several requests. */
	static final int YEARS_PER_REQUEST = 20;

	/** Keeps an address short: Kolada answers 400 to one that is too long. */
	static final int KPIS_PER_REQUEST = 25;

	private static final Pattern KPI_ID = Pattern.compile("[A-Z][A-Z0-9]{1,15}");

	private static final Pattern MUNICIPALITY_ID = Pattern.compile("[0-9]{4}");

	private final KoladaSettings settings;

	private final HttpClient http;

	private final HttpRetries retries;

	private final Clock clock;

	public KoladaClient(KoladaSettings settings) {
		this(settings, HttpRetries.threadSleep(), Clock.systemUTC());
	}

	KoladaClient(KoladaSettings settings, HttpRetries.Sleeper sleeper, Clock clock) {
		this.settings = Objects.requireNonNull(settings, "settings");
		this.retries = new HttpRetries(settings.maxAttempts(), settings.backoff(), settings.maxBackoff(), sleeper);
		this.clock = Objects.requireNonNull(clock, "clock");
		this.http = HttpClient.newBuilder()
			.connectTimeout(settings.connectTimeout())
			// a redirect could lead anywhere; better to fail and have the base URL corrected
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	public KoladaSettings settings() {
		return settings;
	}

	/**
	 * Every figure Kolada has for these KPIs in one municipality, for each year from {@code fromYear} to
	 * {@code toYear}, both included.
	 *
	 * @param kpiIds Kolada KPI ids such as {@code N07403}
	 * @param municipalityId Kolada's four-digit municipality id, e.g. {@code 1980}
	 * @throws KoladaException when a page cannot be had or read; nothing of the fetch is returned then
	 * @throws IllegalArgumentException when an id or the span of years is not one Kolada could know
	 */
	public KoladaFetch fetch(List<String> kpiIds, String municipalityId, int fromYear, int toYear) {
		List<String> kpis = kpiIds(kpiIds);
		if (!MUNICIPALITY_ID.matcher(municipalityId).matches()) {
			throw new IllegalArgumentException("Not a Kolada municipality id (four digits): " + municipalityId);
		}
		if (fromYear < 1900 || toYear > 2999 || fromYear > toYear) {
			throw new IllegalArgumentException("Not a span of years: " + fromYear + "–" + toYear);
		}
		Run run = new Run();
		for (int first = 0; first < kpis.size(); first += KPIS_PER_REQUEST) {
			int last = Math.min(kpis.size(), first + KPIS_PER_REQUEST);
			Set<String> chunk = new LinkedHashSet<>(kpis.subList(first, last));
			for (int from = fromYear; from <= toYear; from += YEARS_PER_REQUEST) {
				Scope scope = new Scope(chunk, municipalityId, from, Math.min(toYear, from + YEARS_PER_REQUEST - 1));
				readPages(scope, run);
			}
		}
		for (String kpi : kpis) {
			if (!run.kpisSeen.contains(kpi)) {
				run.problems.add("Kolada has no figures for " + kpi + " in " + municipalityId + ", " + fromYear + "–"
						+ toYear + "; check that the id is still in use");
			}
		}
		return new KoladaFetch(run.values, run.problems, run.pages, run.requests, run.retries);
	}

	private static List<String> kpiIds(List<String> kpiIds) {
		if (kpiIds.isEmpty()) {
			throw new IllegalArgumentException("No Kolada KPI ids to fetch");
		}
		Set<String> ids = new LinkedHashSet<>();
		for (String id : kpiIds) {
			String upper = id.strip().toUpperCase(Locale.ROOT);
			// ids go into the path as they are, so nothing but letters and digits may pass
			if (!KPI_ID.matcher(upper).matches()) {
				throw new IllegalArgumentException("Not a Kolada KPI id: " + id);
			}
			ids.add(upper);
		}
		return List.copyOf(ids);
	}

	/** What one request chain asks for; the figures on its pages must be of it. */
	private record Scope(Set<String> kpis, String municipality, int fromYear, int toYear) {

		URI firstPage(KoladaSettings settings) {
			String years = IntStream.rangeClosed(fromYear, toYear)
				.mapToObj(Integer::toString)
				.collect(Collectors.joining(","));
			return URI.create(settings.baseUrl() + "/data/kpi/" + String.join(",", kpis) + "/municipality/"
					+ municipality + "/year/" + years + "?per_page=" + settings.pageSize());
		}

		boolean covers(KoladaValue value) {
			return kpis.contains(value.kpi()) && municipality.equals(value.municipality())
					&& value.year() >= fromYear && value.year() <= toYear;
		}

	}

	/** What a fetch has gathered and counted so far. */
	private static final class Run {

		final List<KoladaValue> values = new ArrayList<>();

		final List<String> problems = new ArrayList<>();

		final Set<String> kpisSeen = new HashSet<>();

		final Set<List<Object>> figuresSeen = new HashSet<>();

		int pages;

		int requests;

		int retries;

		void accept(KoladaPageReader.Page page, Scope scope) {
			String where = "page " + pages;
			page.problems().forEach(problem -> problems.add(where + ", " + problem));
			for (KoladaValue value : page.values()) {
				String figure = value.kpi() + ", " + value.municipality() + ", " + value.year() + ", "
						+ value.gender().code();
				if (!scope.covers(value)) {
					problems.add(where + ": Kolada sent " + figure + ", which was not asked for; skipped");
				}
				else if (!figuresSeen
					.add(List.of(value.kpi(), value.municipality(), value.year(), value.gender()))) {
					problems.add(where + ": Kolada sent " + figure + " more than once; the first kept");
				}
				else {
					values.add(value);
					kpisSeen.add(value.kpi());
				}
			}
		}

		KoladaException failure(KoladaException.Reason reason, @Nullable Integer status, URI url, String message,
				@Nullable Throwable cause) {
			return new KoladaException(reason, status, redacted(url), requests, retries, message, cause);
		}

	}

	private void readPages(Scope scope, Run run) {
		Set<URI> read = new HashSet<>();
		URI url = scope.firstPage(settings);
		while (url != null) {
			if (read.contains(url)) {
				throw run.failure(KoladaException.Reason.PAGING, null, url,
						"Kolada's next_url leads back to a page already read (" + redacted(url) + "); stopped", null);
			}
			if (read.size() == settings.maxPages()) {
				throw run.failure(KoladaException.Reason.PAGING, null, url, "Kolada's answer runs to more than "
						+ settings.maxPages() + " pages; stopped before " + redacted(url), null);
			}
			read.add(url);
			byte[] body = get(url, run);
			KoladaPageReader.Page page;
			try {
				page = KoladaPageReader.read(body);
			}
			catch (KoladaPageReader.Malformed ex) {
				throw run.failure(KoladaException.Reason.MALFORMED_RESPONSE, 200, url, "Kolada's answer from "
						+ redacted(url) + " cannot be read at " + ex.path() + ": " + ex.getMessage(), ex);
			}
			run.pages++;
			run.accept(page, scope);
			url = page.next() == null ? null : follow(url, page.next(), run);
		}
	}

	/** The next page's address, if it stays on Kolada's host: a link elsewhere is not Kolada's to give. */
	private URI follow(URI current, String next, Run run) {
		URI target;
		try {
			target = current.resolve(next);
		}
		catch (IllegalArgumentException ex) {
			throw run.failure(KoladaException.Reason.PAGING, null, current,
					"Kolada's next_url after " + redacted(current) + " is not an address", ex);
		}
		URI base = settings.baseUrl();
		if (!sameOrigin(target, base)) {
			throw run.failure(KoladaException.Reason.PAGING, null, current, "Kolada's next_url after "
					+ redacted(current) + " points to " + origin(target) + ", not " + origin(base) + "; refused", null);
		}
		return target;
	}

	private byte[] get(URI url, Run run) {
		HttpRequest request = HttpRequest.newBuilder(url)
			.GET()
			.timeout(settings.requestTimeout())
			.header("Accept", "application/json")
			.header("User-Agent", settings.userAgent())
			.build();
		try {
			return retries.execute(() -> attempt(request, url, run), (failure, attempt, wait) -> {
				log.warn("Kolada {} for {} (attempt {} of {}); trying again in {} ms", failure.getMessage(),
						redacted(url), attempt, settings.maxAttempts(), wait.toMillis());
				run.retries++;
			});
		}
		catch (HttpRetries.Exhausted ex) {
			Failed last = (Failed) ex.last();
			if (ex.interrupted()) {
				throw run.failure(KoladaException.Reason.INTERRUPTED, last.status, url,
						"Interrupted while waiting to retry " + redacted(url), ex);
			}
			throw run.failure(last.reason, last.status, url, "Kolada " + last.getMessage() + " for " + redacted(url)
					+ (ex.attempts() == 1 ? "" : " on all " + ex.attempts() + " attempts"), last.getCause());
		}
	}

	/** An attempt that another may mend: why, in words that follow "Kolada", and the status if there was one. */
	private static final class Failed extends HttpRetries.Transient {

		private static final long serialVersionUID = 1L;

		final KoladaException.Reason reason;

		final @Nullable Integer status;

		Failed(KoladaException.Reason reason, @Nullable Integer status, String failure, @Nullable Throwable cause,
				@Nullable Duration retryAfter) {
			super(failure, cause, retryAfter);
			this.reason = reason;
			this.status = status;
		}

	}

	/** One request: the body of a 2xx answer; {@link Failed} when asking again may help, else a final failure. */
	private byte[] attempt(HttpRequest request, URI url, Run run) {
		run.requests++;
		try {
			HttpResponse<byte[]> response = send(request);
			int status = response.statusCode();
			if (status >= 200 && status < 300) {
				return response.body();
			}
			if (status != 429 && status < 500) {
				String moved = response.headers()
					.firstValue("Location")
					.map(to -> " to " + redacted(url, to))
					.orElse("");
				throw run.failure(KoladaException.Reason.HTTP_STATUS, status, url, "Kolada answered HTTP " + status
						+ moved + " for " + redacted(url) + " (not retried)" + excerpt(response.body()), null);
			}
			throw new Failed(KoladaException.Reason.HTTP_STATUS, status, "answered HTTP " + status, null,
					HttpRetries.retryAfter(response.headers().firstValue("Retry-After").orElse(null), clock));
		}
		catch (HttpTimeoutException | TimeoutException ex) {
			throw new Failed(KoladaException.Reason.TIMEOUT, null, ex instanceof HttpConnectTimeoutException
					? "could not connect within " + seconds(settings.connectTimeout())
					: "did not answer within " + seconds(settings.requestTimeout()), ex, null);
		}
		catch (IOException ex) {
			throw new Failed(KoladaException.Reason.NETWORK, null, "could not be reached ("
					+ ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage()) + ")",
					ex, null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw run.failure(KoladaException.Reason.INTERRUPTED, null, url,
					"Interrupted while fetching " + redacted(url), ex);
		}
	}

	/**
	 * Sends and waits for the whole answer, body included: the request timeout alone only bounds the wait for the
	 * headers, and a server that trickles its body must not hold the nightly run.
	 */
	private HttpResponse<byte[]> send(HttpRequest request)
			throws IOException, TimeoutException, InterruptedException {
		CompletableFuture<HttpResponse<byte[]>> answer = http.sendAsync(request,
				HttpResponse.BodyHandlers.ofByteArray());
		try {
			return answer.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException | InterruptedException ex) {
			answer.cancel(true);
			throw ex;
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			throw new IOException(ex.getCause());
		}
	}

	/** An address as a run log may show it: no query (where a key would go), no user. */
	static String redacted(URI url) {
		String path = url.getRawPath() == null ? "" : url.getRawPath();
		return origin(url) + path + (url.getRawQuery() == null ? "" : "?…");
	}

	private static String redacted(URI current, String location) {
		try {
			return redacted(current.resolve(location));
		}
		catch (IllegalArgumentException ex) {
			return "an address that is not one";
		}
	}

	private static String origin(URI url) {
		String host = String.valueOf(url.getHost()).toLowerCase(Locale.ROOT);
		return String.valueOf(url.getScheme()).toLowerCase(Locale.ROOT) + "://" + host
				+ (url.getPort() == -1 ? "" : ":" + url.getPort());
	}

	private static boolean sameOrigin(URI one, URI other) {
		return String.valueOf(one.getScheme()).equalsIgnoreCase(String.valueOf(other.getScheme()))
				&& String.valueOf(one.getHost()).equalsIgnoreCase(String.valueOf(other.getHost()))
				&& port(one) == port(other);
	}

	private static int port(URI url) {
		if (url.getPort() != -1) {
			return url.getPort();
		}
		return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
	}

	/** The start of an error answer, which often says what Kolada disliked. */
	private static String excerpt(byte[] body) {
		String text = new String(body, 0, Math.min(body.length, 400), StandardCharsets.UTF_8)
			.replaceAll("\\p{Cntrl}+", " ")
			.strip();
		if (text.isEmpty()) {
			return "";
		}
		return ": " + (text.length() > 200 ? text.substring(0, 200) + "…" : text);
	}

	private static String seconds(Duration duration) {
		return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
	}

}
