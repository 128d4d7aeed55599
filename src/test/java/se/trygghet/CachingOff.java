package se.trygghet;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole platform as {@link PlatformIntegrationTest} starts it, with every cache off ({@code spring.cache.type=none},
 * see {@code system}'s {@code Caches}): each value is made afresh on every request. A test class of a cached page
 * extended with this must pass unchanged, since a cache may only save work. All such classes share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PlatformIntegrationTest
@TestPropertySource(properties = "spring.cache.type=none")
public @interface CachingOff {

}
