package se.trygghet.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Kept results can be switched off (app.situation.result-cache=false): then every request computes its own. */
class RecentResultsTests {

	@Test
	void computesEveryTimeWhenSwitchedOffAndOnceWhenOn() {
		AtomicInteger computed = new AtomicInteger();
		RecentResults<String, Integer> off = new RecentResults<>(Clock.systemUTC(), Duration.ofMinutes(1), 10, false);
		off.get("same", computed::incrementAndGet);
		off.get("same", computed::incrementAndGet);
		assertThat(computed).hasValue(2);

		RecentResults<String, Integer> on = new RecentResults<>(Clock.systemUTC(), Duration.ofMinutes(1), 10, true);
		on.get("same", computed::incrementAndGet);
		assertThat(on.get("same", computed::incrementAndGet)).isEqualTo(3);
		assertThat(computed).hasValue(3);
	}

}
