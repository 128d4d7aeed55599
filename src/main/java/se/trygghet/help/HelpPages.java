package se.trygghet.help;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.trygghet.identity.CurrentUser;
import se.trygghet.system.Decimals;
import se.trygghet.system.NotFoundException;

/**
 * What a help page and the help index show, in the reader's language. A topic's texts are the messages
 * {@code help.topic.<name>.title}, {@code .lead} and the paragraphs {@code .1}, {@code .2}, … up to the first that is
 * missing; a paragraph names a number as {@code {name}}, and the number is the one a module gives through
 * {@link HelpFigures}. A text naming a number no module gives fails the page rather than show a gap or a guess.
 */
@Component
class HelpPages {

	/** Where staff read help, and where residents read the topics they meet. */
	static final String STAFF = "/help";

	static final String PUBLIC = "/oppen/hjalp";

	private static final Pattern FIGURE = Pattern.compile("\\{([a-z][a-z0-9.-]*)}");

	private final MessageSource messages;

	private final Map<String, Object> figures;

	HelpPages(MessageSource messages, List<HelpFigures> sources) {
		this.messages = messages;
		Map<String, Object> all = new HashMap<>();
		for (HelpFigures source : sources) {
			source.figures().forEach((name, value) -> {
				if (!(value instanceof Number) && !(value instanceof List<?> list && list.stream().allMatch(Number.class::isInstance))) {
					throw new IllegalStateException("Help figure " + name + " is neither a number nor a list of them");
				}
				if (all.putIfAbsent(name, value) != null) {
					throw new IllegalStateException("Two modules give the help figure " + name);
				}
			});
		}
		this.figures = Map.copyOf(all);
	}

	public record Link(String href, String title) {
	}

	public record Page(String key, String title, String lead, List<String> paragraphs, List<Link> related, List<Link> places,
			Link index) {
	}

	/** The index: the reader's own roles first (none on the public site), then every method and every role. */
	public record Index(List<Link> yourRoles, List<Link> methods, List<Link> roles) {
	}

	Page page(String key, boolean publicSite, Locale locale) {
		HelpTopic topic = HelpTopic.of(key)
			.filter(t -> !publicSite || t.isPublic())
			.orElseThrow(() -> new NotFoundException("Hjälpsidan"));
		String prefix = "help.topic." + topic.key();
		List<String> paragraphs = new ArrayList<>();
		for (int n = 1;; n++) {
			@Nullable String text = messages.getMessage(prefix + "." + n, null, null, locale);
			if (text == null) {
				break;
			}
			paragraphs.add(withFigures(text, locale));
		}
		List<Link> related = topic.related()
			.stream()
			.map(k -> HelpTopic.of(k).orElseThrow(() -> new IllegalStateException("No help topic " + k)))
			.filter(t -> !publicSite || t.isPublic())
			.map(t -> link(t, publicSite, locale))
			.toList();
		List<Link> places = topic.places()
			.stream()
			.filter(p -> !publicSite || p.path().startsWith("/oppen") || p.path().startsWith("/rapportera"))
			.map(p -> new Link(p.path(), messages.getMessage(p.labelKey(), null, locale)))
			.toList();
		return new Page(topic.key(), title(topic, locale), withFigures(messages.getMessage(prefix + ".lead", null, locale), locale),
				paragraphs, related, places, new Link(publicSite ? PUBLIC : STAFF, messages.getMessage("help.index.title", null, locale)));
	}

	Index index(@Nullable CurrentUser reader, boolean publicSite, Locale locale) {
		List<Link> yours = reader == null || publicSite ? List.of()
				: HelpTopic.forRoles(reader.roles()).stream().map(t -> link(t, false, locale)).toList();
		List<Link> methods = new ArrayList<>();
		List<Link> roles = new ArrayList<>();
		for (HelpTopic topic : HelpTopic.values()) {
			if (publicSite && !topic.isPublic()) {
				continue;
			}
			(topic.kind() == HelpTopic.Kind.METHOD ? methods : roles).add(link(topic, publicSite, locale));
		}
		return new Index(yours, methods, roles);
	}

	private Link link(HelpTopic topic, boolean publicSite, Locale locale) {
		return new Link((publicSite ? PUBLIC : STAFF) + "/" + topic.key(), title(topic, locale));
	}

	private String title(HelpTopic topic, Locale locale) {
		return messages.getMessage("help.topic." + topic.key() + ".title", null, locale);
	}

	/** The text with each {@code {name}} replaced by that figure as the reader's language writes it. */
	String withFigures(String text, Locale locale) {
		Matcher m = FIGURE.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			Object value = figures.get(m.group(1));
			if (value == null) {
				throw new IllegalStateException("A help text names the figure " + m.group(1) + ", which no module gives");
			}
			m.appendReplacement(out, Matcher.quoteReplacement(written(value, locale)));
		}
		m.appendTail(out);
		return out.toString();
	}

	private String written(Object value, Locale locale) {
		if (value instanceof List<?> list) {
			List<String> items = list.stream().map(v -> written(v, locale)).toList();
			if (items.size() < 2) {
				return String.join("", items);
			}
			return String.join(", ", items.subList(0, items.size() - 1)) + " "
					+ messages.getMessage("help.and", null, locale) + " " + items.get(items.size() - 1);
		}
		BigDecimal number = new BigDecimal(value.toString()).stripTrailingZeros();
		return Decimals.format(number.doubleValue(), Math.max(0, number.scale()), locale);
	}

	/** The figures every module gives, by name: what the help texts may quote. */
	Map<String, Object> figures() {
		return figures;
	}

}
