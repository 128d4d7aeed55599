package se.trygghet.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that fails because the database cannot be reached, or went away in the middle (a restart, a failover),
 * is answered 503 with {@code Retry-After} instead of an error page: the page or API answer of {@link Unavailable}.
 * It sits outside the session and security filters, because those read the database too (the session, the signed-in
 * user) and fail the same way before any controller runs. Whether a failure is of that kind is decided by
 * {@link #causedBy(Throwable)}, by the exception types Spring, Hikari and the PostgreSQL driver use for it.
 *
 * <p>A write whose transaction committed just before the connection broke is answered 503 too, though it was stored:
 * that is why every create form carries an idempotency key ({@link IdempotentForm}), so sending it again stores
 * nothing twice.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class DatabaseOutage extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

	static final Unavailable.Message MESSAGE = new Unavailable.Message("Databasen går inte att nå just nu",
			"Trygghetsplattformen kan inte nå sin databas för tillfället. Försök igen om några sekunder. "
					+ "Har du skickat ett formulär som skapar något kan du skicka det igen: det sparas bara en gång.",
			"The database cannot be reached right now",
			"The platform cannot reach its database at the moment. Please try again in a few seconds.");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!causedBy(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(),
					rootMessage(ex));
			response.reset();
			Unavailable.answer(request, response, MESSAGE);
		}
	}

	/**
	 * Whether a failure means the database could not be reached or the connection broke: no connection could be had
	 * (Hikari's {@link SQLTransientConnectionException}, which Spring wraps as {@code CannotGetJdbcConnectionException}
	 * or {@link CannotCreateTransactionException}), a refused connection, or a connection the server ended (SQLSTATE
	 * class 08, connection exception, and 57P01–57P03, administrator or crash shutdown and "cannot connect now", which
	 * Spring translates to {@link DataAccessResourceFailureException}); and Spring's transient failures (a lock or a
	 * query timeout, a deadlock), which a second try may pass. An optimistic-locking conflict is transient to Spring
	 * but is someone else's newer change, and the forms answer it themselves.
	 */
	static boolean causedBy(@Nullable Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof OptimisticLockingFailureException) {
				return false;
			}
			if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
					|| cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException || cause instanceof ConnectException) {
				return true;
			}
			if (cause instanceof SQLException sql && connectionState(sql.getSQLState())) {
				return true;
			}
			// the rollback after a broken connection fails too, and says only "connection is closed": what broke it
			// is the failure it carries
			if (cause instanceof TransactionSystemException rollback && causedBy(rollback.getApplicationException())) {
				return true;
			}
		}
		return false;
	}

	private static boolean connectionState(@Nullable String state) {
		return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
				|| state.equals("57P03"));
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
