package se.trygghet;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole platform on a random port against a fresh embedded PostgreSQL. Every test class with this annotation
 * shares one context and one database, so tests that change the plan work on their own imported copy. Tagged
 * {@code integration}: such tests run in Maven's integration-test phase (Failsafe), not in the fast lane.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
@Tag("integration")
@AutoConfigureMockMvc
public @interface PlatformIntegrationTest {

}
