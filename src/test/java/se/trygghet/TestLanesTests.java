package se.trygghet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The fast lane ({@code ./mvnw test}) starts no Spring context, no database and no browser: every test class that
 * does carries a tag that sends it to the integration-test lane (Failsafe), which Surefire leaves out (pom.xml,
 * {@code lanes.slow-tags}). A context is recognised by Spring's test bootstrap on the class, its superclasses or its
 * annotations ({@code @SpringBootTest}, {@code @WebMvcTest}, {@link PlatformIntegrationTest}); a database or a browser
 * by the class referring to zonky's server, Spring Boot's application builder or Selenium.
 */
class TestLanesTests {

	/** The tags Surefire excludes and Failsafe runs; the same list as {@code lanes.slow-tags} in pom.xml. */
	static final Set<String> SLOW_TAGS = Set.of("integration", "browser", "architecture");

	/** As class files name them (written with dots here, so that this class does not name them itself). */
	private static final List<String> SLOW_REFERENCES = Stream
		.of("io.zonky.test.db.postgres.embedded.EmbeddedPostgres",
				"org.springframework.boot.builder.SpringApplicationBuilder", "org.openqa.selenium.")
		.map(name -> name.replace('.', '/'))
		.toList();

	@Test
	void everyTestThatStartsSpringADatabaseOrABrowserIsTaggedForTheIntegrationLane() throws Exception {
		List<Class<?>> tests = testClasses();
		// the walk must see the suite, not an empty directory
		assertThat(tests).hasSizeGreaterThan(100).contains(AuthorizationTests.class, TestLanesTests.class);
		assertThat(tests).filteredOn(TestLanesTests::startsSomethingSlow)
			.as("test classes that start Spring, a database or a browser without a tag in " + SLOW_TAGS)
			.allMatch(TestLanesTests::inSlowLane);
	}

	@Test
	void theFastLaneStillHoldsTheUnitTests() throws Exception {
		assertThat(testClasses()).filteredOn(type -> !inSlowLane(type))
			.contains(TestLanesTests.class, load("se.trygghet.system.DecimalsTests"))
			.doesNotContain(AuthorizationTests.class, load("se.trygghet.system.EarlyEmbeddedPostgresTests"));
	}

	/** The rule itself: a context test without a tag is caught, and the platform's annotation carries the tag. */
	@Test
	void catchesASpringTestWithoutATag() throws Exception {
		assertThat(startsSomethingSlow(UntaggedContextTest.class)).isTrue();
		assertThat(inSlowLane(UntaggedContextTest.class)).isFalse();
		assertThat(startsSomethingSlow(AuthorizationTests.class)).isTrue();
		assertThat(inSlowLane(AuthorizationTests.class)).isTrue();
		assertThat(startsSomethingSlow(load("se.trygghet.system.EarlyEmbeddedPostgresTests"))).isTrue();
		assertThat(startsSomethingSlow(TestLanesTests.class)).isFalse();
	}

	@ExtendWith(SpringExtension.class)
	static class UntaggedContextTest {

	}

	static boolean inSlowLane(Class<?> type) {
		for (Class<?> level = type; level != null; level = level.getEnclosingClass()) {
			if (AnnotationSupport.findRepeatableAnnotations(level, Tag.class)
				.stream()
				.anyMatch(tag -> SLOW_TAGS.contains(tag.value()))) {
				return true;
			}
		}
		return false;
	}

	static boolean startsSomethingSlow(Class<?> type) {
		boolean springContext = AnnotationSupport.isAnnotated(type, BootstrapWith.class)
				|| AnnotationSupport.findRepeatableAnnotations(type, ExtendWith.class)
					.stream()
					.anyMatch(extend -> List.of(extend.value()).contains(SpringExtension.class));
		return springContext || refersToSlowThings(type);
	}

	/** Whether the class file names zonky's server, Boot's application builder or Selenium among its constants. */
	private static boolean refersToSlowThings(Class<?> type) {
		var resource = type.getResourceAsStream(type.getName().substring(type.getName().lastIndexOf('.') + 1) + ".class");
		if (resource == null) {
			return false;
		}
		try (resource) {
			String constants = new String(resource.readAllBytes(), StandardCharsets.ISO_8859_1);
			return SLOW_REFERENCES.stream().anyMatch(constants::contains);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The classes of the test output whose names end in Tests or Test, as Surefire picks them: top-level classes, and
	 * the {@code @Nested} classes JUnit runs inside them.
	 */
	static List<Class<?>> testClasses() throws IOException, URISyntaxException {
		Path root = Path.of(TestLanesTests.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		try (Stream<Path> files = Files.walk(root)) {
			return files.map(root::relativize)
				.map(Path::toString)
				.filter(name -> name.endsWith("Tests.class") || name.endsWith("Test.class"))
				.map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
				.sorted()
				.<Class<?>>map(TestLanesTests::load)
				.filter(type -> !type.isAnnotation() && !type.isInterface())
				.filter(type -> type.getEnclosingClass() == null || type.isAnnotationPresent(Nested.class))
				.toList();
		}
	}

	private static Class<?> load(String name) {
		try {
			return Class.forName(name, false, TestLanesTests.class.getClassLoader());
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
