package se.trygghet;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.PlatformTransactionManager;
import se.trygghet.identity.CurrentUsers;

/**
 * A controller on its own (Spring MVC's test slice, no database): for tests where what the controller does with a
 * request is the point. Every slice also gets the application's web-wide components (the layout's advice, filters,
 * interceptors such as residentreport's rate limit); the beans they need from the rest of the application are stubbed
 * here, in one place. Tagged {@code integration}: a slice is a Spring context, so it runs in the integration-test lane.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
@Tag("integration")
@MockitoBean(types = { CurrentUsers.class, JdbcClient.class, PlatformTransactionManager.class })
public @interface MvcSliceTest {

	/** The controllers under test. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value();

}
