package se.trygghet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.cache.support.NoOpCacheManager;
import se.trygghet.CachingOff;

/**
 * {@code spring.cache.type=none} turns every cache off: every value is made afresh. The page tests that run the same
 * way ({@code *WithoutCachesTests}) show that nothing depends on a cache but speed.
 */
@CachingOff
class CachingOffTests {

	@Autowired
	CacheManager manager;

	@Autowired
	Caches caches;

	@Test
	void keepsNothingWhenCachingIsOff() {
		assertThat(manager).isInstanceOf(NoOpCacheManager.class);
		Caches.NamedCache cache = caches.named("plan-views");
		AtomicInteger made = new AtomicInteger();
		assertThat(cache.<Integer>get(List.of("CachingOffTests"), made::incrementAndGet)).isEqualTo(1);
		assertThat(cache.<Integer>get(List.of("CachingOffTests"), made::incrementAndGet)).isEqualTo(2);
		cache.put("kept?", "no");
		assertThat(cache.<String>find("kept?")).isNull();
	}

}
