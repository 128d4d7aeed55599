package se.trygghet.residentreport;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Spam protection without a third party: at most {@code app.residentreport.rate-limit} submissions (reports and "same
 * problem") per client within a sliding {@code app.residentreport.rate-window}. Every submission counts, accepted or
 * refused: a refused one costs the server as much (a photo may come with it), and a client that only sends refused
 * forms must not be able to send without end. The count is taken before the controller runs
 * ({@link #preHandle}), in its own short transaction, so nothing the controller does or rolls back can undo it, and
 * no request holds two database connections for it. The count lives in PostgreSQL because nodes keep nothing of their
 * own, and a client is known only by a keyed hash of its address (the key is generated in the database, so the hash
 * cannot be reversed by trying every IPv4 address). The form's address search is limited the same way with its own,
 * larger allowance ({@code app.residentreport.search-rate-limit} per {@code search-rate-window}), counted apart: a
 * client's searches are stored under another hash of its address, so searching never uses up its reports.
 */
@Component
class RateLimit implements HandlerInterceptor {

	/** The request attribute that says whether this submission is within the limit. */
	static final String ADMITTED = RateLimit.class.getName() + ".admitted";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int limit;

	private final Duration window;

	private final int searchLimit;

	private final Duration searchWindow;

	private volatile byte[] key;

	RateLimit(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
			@Value("${app.residentreport.rate-limit:5}") int limit,
			@Value("${app.residentreport.rate-window:PT10M}") Duration window,
			@Value("${app.residentreport.search-rate-limit:30}") int searchLimit,
			@Value("${app.residentreport.search-rate-window:PT1M}") Duration searchWindow) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
		this.limit = limit;
		this.window = window;
		// the nightly clean-up forgets what is older than the reports' window, which must cover the searches' too
		this.searchWindow = searchWindow.compareTo(window) > 0 ? window : searchWindow;
		this.searchLimit = searchLimit;
	}

	int limit() {
		return limit;
	}

	long windowMinutes() {
		return window.toMinutes();
	}

	/** Seconds until a search may be tried again once over the limit. */
	long searchWindowSeconds() {
		return searchWindow.toSeconds();
	}

	/** Counts one address search of the client at this address and says whether it is within the search limit. */
	boolean admitSearch(String address) {
		return admit(client("search " + address), searchLimit, searchWindow);
	}

	String client(String address) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private byte[] key() {
		byte[] cached = key;
		if (cached == null) {
			cached = jdbc.sql("select salt from resident_secret limit 1").query(String.class).single()
				.getBytes(StandardCharsets.UTF_8);
			key = cached;
		}
		return cached;
	}

	/** Counts a POST to the form or to "same problem" and notes whether it is within the limit. */
	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if ("POST".equals(request.getMethod())) {
			request.setAttribute(ADMITTED, admit(client(request.getRemoteAddr())));
		}
		return true;
	}

	/** Whether the request was within the limit; one that was not counted (not a POST) is not. */
	static boolean admitted(HttpServletRequest request) {
		return Boolean.TRUE.equals(request.getAttribute(ADMITTED));
	}

	/**
	 * Counts one submission of this client and says whether it is within the limit. A submission over the limit is
	 * not stored, so a client that keeps trying is let in again one window after its last admitted one. The client's
	 * advisory lock makes the count and the insert one step: requests sent at the same moment cannot all pass.
	 */
	boolean admit(String client) {
		return admit(client, limit, window);
	}

	private boolean admit(String client, int limit, Duration window) {
		return Boolean.TRUE.equals(transactions.execute(status -> {
			jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:c, 0))").param("c", client).query().singleRow();
			boolean within = jdbc.sql("select count(*) from resident_submission where client_hash = :c and at > :since")
				.param("c", client)
				.param("since", Timestamp.from(clock.instant().minus(window)))
				.query(Long.class)
				.single() < limit;
			if (within) {
				jdbc.sql("insert into resident_submission (client_hash, at) values (:c, :at)")
					.param("c", client)
					.param("at", Timestamp.from(clock.instant()))
					.update();
			}
			return within;
		}));
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration implements WebMvcConfigurer {

		private final RateLimit rateLimit;

		Registration(RateLimit rateLimit) {
			this.rateLimit = rateLimit;
		}

		@Override
		public void addInterceptors(InterceptorRegistry registry) {
			registry.addInterceptor(rateLimit).addPathPatterns("/rapportera", "/rapportera/*/samma");
		}

	}

	/** Forgets submissions older than the window (the nightly job). */
	int forgetOld() {
		return jdbc.sql("delete from resident_submission where at < :before")
			.param("before", Timestamp.from(clock.instant().minus(window)))
			.update();
	}

}
