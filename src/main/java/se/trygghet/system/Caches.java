package se.trygghet.system;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The platform's caches, the one way to keep a value that is costly to make: Spring's cache abstraction over Caffeine.
 * Each cache has a name and a bound, both written in one place, {@code app.cache.spec.<name>} in
 * {@code application.properties} (Caffeine's spec, e.g. {@code maximumSize=64}); a name without a spec fails the start.
 * A key holds the version of every piece of data its value was made from (a plan's revision, the indicator revision,
 * the area revision, the round's versions…), read from the database when asked, so a change on any node is seen at the
 * next request and nothing is invalidated by hand. {@code spring.cache.type=none} turns every cache off: each value
 * is then made afresh, which must give the same answer, since a cache here only saves work.
 * <p>
 * Read models and application services keep caches, never controllers: a module asks for its cache by name
 * ({@link #named}) and reads through {@link NamedCache#get}.
 */
@Component
public class Caches {

	/** Where the specs are: {@code app.cache.spec.<name>=<Caffeine spec>}. */
	static final String SPECS = "app.cache.spec";

	private final CacheManager manager;

	Caches(CacheManager manager) {
		this.manager = manager;
	}

	/** The cache of this name; fails when it has no spec (an unbounded cache is not allowed). */
	public NamedCache named(String name) {
		Cache cache = manager.getCache(name);
		if (cache == null) {
			throw new IllegalStateException("No cache named '" + name + "': give it a bound in " + SPECS + "." + name);
		}
		return new NamedCache(cache);
	}

	/** One named cache. */
	public static final class NamedCache {

		private final Cache cache;

		NamedCache(Cache cache) {
			this.cache = cache;
		}

		/**
		 * The value for this key, made by {@code load} when the cache does not have it. Two requests that miss at the
		 * same moment may both make it (as a map's get-then-put would), which keeps a slow load from holding up other
		 * keys; a load's own exception reaches the caller as it is.
		 */
		@SuppressWarnings("unchecked")
		public <V> V get(Object key, Supplier<V> load) {
			Cache.ValueWrapper hit = cache.get(key);
			if (hit != null) {
				return (V) hit.get();
			}
			V value = load.get();
			cache.put(key, value);
			return value;
		}

		/** The value kept for this key, or null. */
		@SuppressWarnings("unchecked")
		public <V> @Nullable V find(Object key) {
			Cache.ValueWrapper hit = cache.get(key);
			return hit == null ? null : (V) hit.get();
		}

		/** Keeps a value made elsewhere. */
		public void put(Object key, Object value) {
			cache.put(key, value);
		}

		/** The cache's name, as in its spec. */
		public String name() {
			return cache.getName();
		}

	}

	/**
	 * Spring Boot's Caffeine cache manager, given exactly the caches that have a spec: no other name makes a cache.
	 * Caching itself is on ({@link EnableCaching}) so that Boot sets up the manager {@code spring.cache.type} names.
	 */
	@Configuration(proxyBeanMethods = false)
	@EnableCaching
	static class Config {

		@Bean
		CacheManagerCustomizer<CaffeineCacheManager> namedAndBoundedCaches(Environment environment) {
			Map<String, String> specs = Binder.get(environment)
				.bind(SPECS, Bindable.mapOf(String.class, String.class))
				.orElse(Map.of());
			// a class rather than a lambda, so that Boot sees it is for Caffeine's manager only
			return new CacheManagerCustomizer<CaffeineCacheManager>() {

				@Override
				public void customize(CaffeineCacheManager manager) {
					manager.setCacheNames(List.of());
					specs.forEach((name, spec) -> manager.registerCustomCache(name, Caffeine.from(spec).build()));
				}

			};
		}

	}

}
