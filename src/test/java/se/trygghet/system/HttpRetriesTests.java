package se.trygghet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The one way calls to outside services are tried again: doubling waits, or as Retry-After asks, within the cap. */
class HttpRetriesTests {

	static final Clock NIGHT = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneOffset.UTC);

	final List<Duration> waits = new ArrayList<>();

	final List<Integer> noticed = new ArrayList<>();

	HttpRetries retries(int maxAttempts) {
		return new HttpRetries(maxAttempts, Duration.ofSeconds(2), Duration.ofSeconds(60), waits::add);
	}

	/** An attempt that fails with these failures in turn, then answers "ok". */
	static java.util.function.Supplier<String> failing(RuntimeException... failures) {
		AtomicInteger calls = new AtomicInteger();
		return () -> {
			int call = calls.getAndIncrement();
			if (call < failures.length) {
				throw failures[call];
			}
			return "ok";
		};
	}

	static HttpRetries.Transient busy(String retryAfter) {
		return new HttpRetries.Transient("answered HTTP 503", null, HttpRetries.retryAfter(retryAfter, NIGHT));
	}

	@Test
	void readsRetryAfterAsSecondsOrAsAnHttpDate() {
		assertThat(HttpRetries.retryAfter("120", NIGHT)).isEqualTo(Duration.ofSeconds(120));
		assertThat(HttpRetries.retryAfter(" 7 ", NIGHT)).isEqualTo(Duration.ofSeconds(7));
		assertThat(HttpRetries.retryAfter("Mon, 02 Mar 2026 02:00:03 GMT", NIGHT)).isEqualTo(Duration.ofSeconds(3));
		assertThat(HttpRetries.retryAfter("Mon, 02 Mar 2026 01:59:00 GMT", NIGHT)).as("already past")
			.isEqualTo(Duration.ZERO);
		assertThat(HttpRetries.retryAfter("soon", NIGHT)).isNull();
		assertThat(HttpRetries.retryAfter(null, NIGHT)).isNull();
	}

	@Test
	void waitsAsRetryAfterAsksAsSecondsOrDateWithinTheCapAndDoublesOtherwise() {
		String answer = retries(5).execute(failing(busy("Mon, 02 Mar 2026 02:00:03 GMT"), busy("5"), busy("3600"),
				new HttpRetries.Transient("timed out", null, null)), (failure, attempt, wait) -> noticed.add(attempt));

		assertThat(answer).isEqualTo("ok");
		assertThat(waits).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(5), Duration.ofSeconds(60),
				Duration.ofSeconds(16));
		assertThat(noticed).containsExactly(1, 2, 3, 4);
	}

	@Test
	void givesUpAfterTheLastAttemptWithItsFailure() {
		HttpRetries.Transient last = busy("1");

		assertThatThrownBy(() -> retries(3).execute(failing(busy("1"), busy("1"), last), (f, a, w) -> {
		})).isInstanceOfSatisfying(HttpRetries.Exhausted.class, ex -> {
			assertThat(ex.last()).isSameAs(last);
			assertThat(ex.attempts()).isEqualTo(3);
			assertThat(ex.interrupted()).isFalse();
		});
		assertThat(waits).hasSize(2);
	}

	@Test
	void throwsAnyOtherFailureAtOnce() {
		IllegalStateException notFound = new IllegalStateException("HTTP 404");

		assertThatThrownBy(() -> retries(4).execute(failing(busy("1"), notFound), (f, a, w) -> {
		})).isSameAs(notFound);
		assertThat(waits).containsExactly(Duration.ofSeconds(1));
	}

	@Test
	void stopsWhenTheWaitIsInterrupted() {
		HttpRetries interrupted = new HttpRetries(4, Duration.ofSeconds(2), Duration.ofSeconds(60), wait -> {
			throw new InterruptedException();
		});

		try {
			assertThatThrownBy(() -> interrupted.execute(failing(busy("1")), (f, a, w) -> {
			})).isInstanceOfSatisfying(HttpRetries.Exhausted.class, ex -> assertThat(ex.interrupted()).isTrue());
			assertThat(Thread.currentThread().isInterrupted()).isTrue();
		}
		finally {
			Thread.interrupted();
		}
	}

}
