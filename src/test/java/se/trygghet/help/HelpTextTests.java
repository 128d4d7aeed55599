package se.trygghet.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/**
 * The help texts quote no number of their own, every topic has its texts in both languages, and every help link a
 * template writes names a topic that exists (a public one on the public site).
 */
class HelpTextTests {

	static final Pattern LINK = Pattern.compile("fragments/help :: (link|publicLink)\\('([^']*)'\\)");

	static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = HelpTextTests.class.getResourceAsStream("/" + name);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	@Test
	void writesNoDigitInAnyHelpTextSoEveryNumberComesFromTheCode() throws IOException {
		for (String name : List.of("messages.properties", "messages_en.properties")) {
			Properties messages = bundle(name);
			List<String> withDigits = messages.stringPropertyNames()
				.stream()
				.filter(k -> k.startsWith("help."))
				.filter(k -> messages.getProperty(k)
					.replaceAll("\\{[a-z][a-z0-9.-]*}", "")
					.replace("Open311", "") // a name, not a number
					.matches("(?s).*[0-9].*"))
				.sorted()
				.toList();
			assertThat(withDigits).as(name + ": a number in a help text is written {name} and given by HelpFigures")
				.isEmpty();
		}
	}

	@Test
	void hasATitleLinkLeadAndTextForEveryTopicInSwedishAndEnglish() throws IOException {
		for (String name : List.of("messages.properties", "messages_en.properties")) {
			Properties messages = bundle(name);
			for (HelpTopic topic : HelpTopic.values()) {
				for (String part : List.of("title", "link", "lead", "1")) {
					assertThat(messages.getProperty("help.topic." + topic.key() + "." + part))
						.as(name + ": " + topic.key() + "." + part)
						.isNotBlank();
				}
			}
		}
	}

	@Test
	void linksFromTemplatesOnlyToTopicsThatExistAndFromThePublicSiteOnlyToPublicOnes() throws IOException {
		List<String> links = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Matcher m = LINK.matcher(Files.readString(file));
				while (m.find()) {
					String key = m.group(2);
					links.add(key);
					assertThat(HelpTopic.of(key)).as(file + " links help topic " + key).isPresent();
					if (m.group(1).equals("publicLink")) {
						assertThat(HelpTopic.of(key).orElseThrow().isPublic()).as(file + ": " + key + " is public")
							.isTrue();
					}
				}
			}
		}
		// the terms the issue names are linked where they appear
		assertThat(links).contains("gi-star", "fdr", "kde", "poisson-flag", "did", "wdq", "verdicts", "disclosure",
				"reporter");
	}

	@Test
	void linksOnlyToRelatedTopicsThatExist() {
		for (HelpTopic topic : HelpTopic.values()) {
			assertThat(topic.related()).allSatisfy(k -> assertThat(HelpTopic.of(k)).as(topic + " → " + k).isPresent());
		}
	}

	@Test
	void writesFiguresAsTheReadersLanguageDoesAndRefusesAFigureNoModuleGives() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("help.and", new Locale("sv"), "och");
		messages.addMessage("help.and", Locale.ENGLISH, "and");
		HelpFigures sizes = () -> Map.of("sizes", List.of(250, 500, 1000), "floor", new BigDecimal("0.25"),
				"percent", new BigDecimal("5.00"));
		HelpPages pages = new HelpPages(messages, List.of(sizes));
		assertThat(pages.withFigures("{sizes} m, {floor}, {percent} %", new Locale("sv")))
			.isEqualTo("250, 500 och 1\u00a0000 m, 0,25, 5 %");
		assertThat(pages.withFigures("{sizes} m, {floor}, {percent} %", Locale.ENGLISH))
			.isEqualTo("250, 500 and 1,000 m, 0.25, 5 %");
		assertThatThrownBy(() -> pages.withFigures("{unknown}", Locale.ENGLISH)).hasMessageContaining("unknown");
		assertThatThrownBy(() -> new HelpPages(messages, List.of(sizes, sizes))).hasMessageContaining("Two modules");
	}

}
