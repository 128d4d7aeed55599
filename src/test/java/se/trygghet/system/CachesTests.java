package se.trygghet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import se.trygghet.PlatformIntegrationTest;

/** Every cache goes through Spring's cache abstraction over Caffeine, named and bounded in application.properties. */
@PlatformIntegrationTest
class CachesTests {

	@Autowired
	CacheManager manager;

	@Autowired
	Caches caches;

	@Test
	void boundsEveryCacheItHasAndMakesNoOther() {
		assertThat(manager).isInstanceOf(CaffeineCacheManager.class);
		assertThat(manager.getCacheNames()).contains("plan-views", "plan-api", "plan-pages", "template-fragments",
				"public-pages", "public-versions", "indicator-summaries", "indicator-disclosure", "indicator-api",
				"area-geojson", "area-partitions", "api-token-uses");
		for (String name : manager.getCacheNames()) {
			Cache<Object, Object> cache = ((CaffeineCache) manager.getCache(name)).getNativeCache();
			assertThat(cache.policy().eviction()).as(name + " has a maximum size").isPresent();
		}
		assertThatThrownBy(() -> caches.named("no-such-cache")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("app.cache.spec.no-such-cache");
	}

	@Test
	void makesAValueOncePerKey() {
		Caches.NamedCache cache = caches.named("template-fragments");
		AtomicInteger made = new AtomicInteger();
		Object key = java.util.List.of("CachesTests", System.nanoTime());
		assertThat(cache.<String>get(key, () -> "made " + made.incrementAndGet())).isEqualTo("made 1");
		assertThat(cache.<String>get(key, () -> "made " + made.incrementAndGet())).isEqualTo("made 1");
		assertThat(cache.<String>get(java.util.List.of(key, 2), () -> "made " + made.incrementAndGet()))
			.isEqualTo("made 2");
	}

}
