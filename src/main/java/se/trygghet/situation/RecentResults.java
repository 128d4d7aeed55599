package se.trygghet.situation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Results kept by a key that names everything they were computed from (the query, the area revision, the version of
 * the {@link IncidentProjection} they were counted from), for at most a while, which only bounds the memory: a write
 * on any node changes the projection's version and so the key. Concurrent requests for a missing key wait for one
 * computation instead of each running it. Switched off ({@code app.situation.result-cache=false}), every request
 * computes its own result: the counts are fast without it, and the benchmarks measure them so.
 */
final class RecentResults<K, V> {

	private record Kept<V>(V value, Instant expires) {
	}

	private final Clock clock;

	private final Duration lifetime;

	private final int capacity;

	private final boolean enabled;

	private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();

	RecentResults(Clock clock, Duration lifetime, int capacity, boolean enabled) {
		this.clock = clock;
		this.lifetime = lifetime;
		this.capacity = capacity;
		this.enabled = enabled;
	}

	boolean enabled() {
		return enabled;
	}

	V get(K key, Supplier<V> compute) {
		if (!enabled) {
			return compute.get();
		}
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
