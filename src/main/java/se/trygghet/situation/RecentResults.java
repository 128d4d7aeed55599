package se.trygghet.situation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Results kept by a key that names everything they were computed from (the query, the area revision, this node's
 * {@link IncidentChanges}), for at most a while, so that changes on other nodes show within that time. Concurrent
 * requests for a missing key wait for one computation instead of each running it: twenty users opening the hot-spot
 * map of a million incidents at once cost one aggregation, not twenty.
 */
final class RecentResults<K, V> {

	private record Kept<V>(V value, Instant expires) {
	}

	private final Clock clock;

	private final Duration lifetime;

	private final int capacity;

	private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();

	RecentResults(Clock clock, Duration lifetime, int capacity) {
		this.clock = clock;
		this.lifetime = lifetime;
		this.capacity = capacity;
	}

	V get(K key, Supplier<V> compute) {
		Kept<V> found = kept.get(key);
		if (found != null && found.expires().isAfter(clock.instant())) {
			return found.value();
		}
		if (kept.size() >= capacity) {
			// keys of older versions are never asked for again; dropping everything now and then is enough
			kept.clear();
		}
		return kept.compute(key, (k, old) -> old != null && old.expires().isAfter(clock.instant()) ? old
				: new Kept<>(compute.get(), clock.instant().plus(lifetime))).value();
	}

}
