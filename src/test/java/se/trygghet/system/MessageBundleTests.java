package se.trygghet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Swedish and English must offer the same texts, so no page falls back to a key or to the other language. */
class MessageBundleTests {

	static Properties load(String name) throws Exception {
		Properties properties = new Properties();
		try (InputStream in = MessageBundleTests.class.getResourceAsStream("/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void hasEveryKeyInBothLanguages() throws Exception {
		Properties swedish = load("messages.properties");
		Properties english = load("messages_en.properties");
		assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(swedish.stringPropertyNames());
		for (String key : swedish.stringPropertyNames()) {
			long placeholders = swedish.getProperty(key).chars().filter(c -> c == '{').count();
			assertThat(english.getProperty(key).chars().filter(c -> c == '{').count()).as(key).isEqualTo(placeholders);
		}
	}

}
