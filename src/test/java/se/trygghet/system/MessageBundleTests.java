package se.trygghet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Swedish and English must offer the same texts, so no page falls back to a key or to the other language, and the
 * templates must hand them their arguments in a form that reads right.
 */
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

	/**
	 * A key given twice is loaded as its last value only, so the first text silently never shows (a refusal once read
	 * "Nästa plan är redan framtagen:", a heading's text). Merged blocks of keys make that easy to do.
	 */
	@Test
	void givesEveryKeyOnce() throws Exception {
		for (String name : List.of("messages.properties", "messages_en.properties")) {
			Map<String, Integer> seen = new HashMap<>();
			List<String> twice = new ArrayList<>();
			try (InputStream in = MessageBundleTests.class.getResourceAsStream("/" + name)) {
				List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
				boolean continued = false;
				for (int i = 0; i < lines.size(); i++) {
					String line = lines.get(i);
					boolean entry = !continued && !line.isBlank() && !line.stripLeading().startsWith("#")
							&& !line.stripLeading().startsWith("!");
					continued = line.endsWith("\\");
					if (entry) {
						String key = line.split("[=:]", 2)[0].strip();
						Integer first = seen.putIfAbsent(key, i + 1);
						if (first != null) {
							twice.add(name + ": " + key + " on lines " + first + " and " + (i + 1));
						}
					}
				}
			}
			assertThat(twice).isEmpty();
		}
	}

	/** A message expression's start: {@code #{key(}. */
	static final Pattern MESSAGE_CALL = Pattern.compile("#\\{[\\w.]+\\(");

	/** An argument that is a year: a property or method named year or ending in Year, e.g. promise.year(). */
	static final Pattern YEAR = Pattern.compile("[\\w.()]*\\.(year|\\w*(?<!Per)Year)(\\(\\))?");

	/**
	 * A message formats a number argument with grouping ("Medborgarlöfte 2 026"), so a year goes in as text
	 * ({@code #strings.toString(...)}), never as the number it is stored as.
	 */
	@Test
	void passesYearsToMessagesAsTextSoTheirDigitsAreNeverGrouped() throws Exception {
		List<String> grouped = new ArrayList<>();
		for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath:templates/**/*.html")) {
			String html = template.getContentAsString(StandardCharsets.UTF_8);
			Matcher call = MESSAGE_CALL.matcher(html);
			while (call.find()) {
				for (String argument : arguments(html, call.end())) {
					if (YEAR.matcher(argument).matches()) {
						grouped.add(template.getFilename() + ": " + argument);
					}
				}
			}
		}
		assertThat(grouped).isEmpty();
	}

	/** The bare ${...} arguments of a message call whose argument list starts at {@code from}. */
	private static List<String> arguments(String html, int from) {
		int depth = 1;
		int end = from;
		while (end < html.length() && depth > 0) {
			char c = html.charAt(end++);
			depth += c == '(' ? 1 : c == ')' ? -1 : 0;
		}
		List<String> arguments = new ArrayList<>();
		Matcher expression = Pattern.compile("\\$\\{([^{}]*)\\}").matcher(html.substring(from, Math.max(from, end - 1)));
		while (expression.find()) {
			arguments.add(expression.group(1).strip());
		}
		return arguments;
	}

}
