package se.trygghet.system;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * Retries of calls to outside services, one way for every client: Spring's {@link RetryTemplate} runs the attempts
 * and retries only a {@link Transient} failure (a timeout, no connection, HTTP 429 or 5xx: another attempt may get
 * another answer); anything else is thrown at once. Before each retry it waits {@code backoff}, doubling with each
 * further retry, or as long as the server's {@code Retry-After} asked ({@link #retryAfter}: seconds or an HTTP date),
 * never longer than {@code maxBackoff}.
 * <p>
 * The wait goes through a {@link Sleeper} inside the back-off, and the template itself is told to wait nothing: the
 * template sleeps with {@code Thread.sleep}, and tests must be able to note the waits instead of spending them.
 * <p>
 * Thread-safe; one instance may serve a client for the whole application.
 */
public final class HttpRetries {

	/** Waits between attempts; tests put in one that notes the waits instead of spending them. */
	@FunctionalInterface
	public interface Sleeper {

		void sleep(Duration wait) throws InterruptedException;

	}

	/** Told before each wait: what failed, the attempt that failed (the first is 1) and how long the wait will be. */
	@FunctionalInterface
	public interface RetryNotice {

		void beforeWait(Transient failure, int attempt, Duration wait);

	}

	/** An attempt's failure that another attempt may mend, with the wait the server asked for, if it asked. */
	public static class Transient extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final @Nullable Duration retryAfter;

		public Transient(String message, @Nullable Throwable cause, @Nullable Duration retryAfter) {
			super(message, cause);
			this.retryAfter = retryAfter;
		}

		public @Nullable Duration retryAfter() {
			return retryAfter;
		}

	}

	/** Every attempt failed with a {@link Transient} failure, or the wait before the next was interrupted. */
	public static final class Exhausted extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final Transient last;

		private final int attempts;

		private final boolean interrupted;

		Exhausted(Transient last, int attempts, boolean interrupted) {
			super(last.getMessage(), last);
			this.last = last;
			this.attempts = attempts;
			this.interrupted = interrupted;
		}

		/** The last attempt's failure. */
		public Transient last() {
			return last;
		}

		/** How many attempts were made. */
		public int attempts() {
			return attempts;
		}

		/** Whether the wait for another attempt was interrupted (the thread's interrupt flag is set again). */
		public boolean interrupted() {
			return interrupted;
		}

	}

	private final int maxAttempts;

	private final Duration backoff;

	private final Duration maxBackoff;

	private final Sleeper sleeper;

	/**
	 * @param maxAttempts attempts in all, the first included (1 means no retry)
	 * @param backoff the wait before the first retry; it doubles for each further retry
	 * @param maxBackoff the longest wait, also when {@code Retry-After} asks for more
	 */
	public HttpRetries(int maxAttempts, Duration backoff, Duration maxBackoff, Sleeper sleeper) {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("At least one attempt: " + maxAttempts);
		}
		if (backoff.isNegative() || maxBackoff.compareTo(backoff) < 0) {
			throw new IllegalArgumentException(
					"The backoff must be zero or more and at most the max backoff: " + backoff + ", " + maxBackoff);
		}
		this.maxAttempts = maxAttempts;
		this.backoff = backoff;
		this.maxBackoff = maxBackoff;
		this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
	}

	/** Waits by sleeping the thread. */
	public static Sleeper threadSleep() {
		return wait -> Thread.sleep(wait.toMillis());
	}

	/**
	 * The attempt's answer, once one attempt gives it.
	 *
	 * @throws Exhausted when every attempt failed with a {@link Transient} failure, or the wait was interrupted
	 * @throws RuntimeException any other failure of an attempt, at once and as it was thrown
	 */
	public <T> T execute(Supplier<T> attempt, RetryNotice notice) {
		Attempts<T> attempts = new Attempts<>(attempt, notice);
		RetryTemplate template = new RetryTemplate(RetryPolicy.builder()
			.predicate(Transient.class::isInstance)
			.backOff(attempts)
			.build());
		try {
			return template.execute(attempts);
		}
		catch (RetryException ex) {
			if (ex.getCause() instanceof Transient last) {
				throw new Exhausted(last, attempts.made, attempts.interrupted);
			}
			if (ex.getCause() instanceof RuntimeException other) {
				throw other;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	/** The wait before the next attempt after attempt {@code failed} (the first is 1) failed. */
	Duration waitAfter(int failed, @Nullable Duration retryAfter) {
		Duration wait = retryAfter != null ? retryAfter : backoff.multipliedBy(1L << Math.min(failed - 1, 20));
		return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
	}

	/**
	 * A {@code Retry-After} header's wait from now: delay-seconds or an HTTP date (RFC 9110), a date already past
	 * being no wait; null when there is no header or it cannot be read.
	 */
	public static @Nullable Duration retryAfter(@Nullable String header, Clock clock) {
		String value = header == null ? "" : header.strip();
		if (value.matches("[0-9]{1,9}")) {
			return Duration.ofSeconds(Long.parseLong(value));
		}
		try {
			Duration until = Duration.between(clock.instant(),
					ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
			return until.isNegative() ? Duration.ZERO : until;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** One call's attempts: what the template runs, and its back-off, which knows the last failure. */
	private final class Attempts<T> implements Retryable<T>, BackOff {

		private final Supplier<T> attempt;

		private final RetryNotice notice;

		int made;

		boolean interrupted;

		@Nullable Transient last;

		Attempts(Supplier<T> attempt, RetryNotice notice) {
			this.attempt = attempt;
			this.notice = notice;
		}

		@Override
		public T execute() {
			made++;
			try {
				return attempt.get();
			}
			catch (Transient ex) {
				last = ex;
				throw ex;
			}
		}

		@Override
		public BackOffExecution start() {
			return () -> {
				Transient failure = last;
				if (made >= maxAttempts || failure == null) {
					return BackOffExecution.STOP;
				}
				Duration wait = waitAfter(made, failure.retryAfter());
				notice.beforeWait(failure, made, wait);
				try {
					sleeper.sleep(wait);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					interrupted = true;
					return BackOffExecution.STOP;
				}
				return 0;
			};
		}

	}

}
