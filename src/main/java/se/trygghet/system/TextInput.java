package se.trygghet.system;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.StringNode;

/**
 * The one rule for text that comes in: control characters are removed, except tab, line feed and carriage return.
 * That is C0 (U+0000–U+001F), DEL (U+007F) and C1 (U+0080–U+009F). PostgreSQL refuses NUL in text outright (the
 * request failed with a 500), and the others are invisible, break CSV and XML exports and PDFs, and never mean
 * anything in a description of a place. Removing them rather than refusing the whole text is deliberate: they arrive
 * by copy and paste from other programs, the person cannot see them, and a message about an invisible character would
 * not help anyone correct it.
 *
 * <p>Applied where text enters, once per channel: every request parameter (forms, query strings, the text parts of a
 * multipart form) by {@link TextInputFilter}; every JSON or YAML document (API bodies, plan and area files, feeds)
 * through a mapper built with {@link #cleaning(MapperBuilder)}, which Spring's own mapper is too; and the cells of
 * imported CSV and XLSX files, whose readers call {@link #clean(String)}.
 */
public final class TextInput {

	private TextInput() {
	}

	/** The text without control characters other than tab, line feed and carriage return; the same object if none. */
	public static String clean(String text) {
		int first = firstControl(text);
		if (first < 0) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length() - 1);
		kept.append(text, 0, first);
		for (int i = first + 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!removed(c)) {
				kept.append(c);
			}
		}
		return kept.toString();
	}

	/** {@link #clean(String)}, passing null through. */
	public static @Nullable String cleanOrNull(@Nullable String text) {
		return text == null ? null : clean(text);
	}

	static boolean removed(char c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
	}

	private static int firstControl(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (removed(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * A JSON (or YAML) mapper whose strings come out clean: those read into a tree ({@code readTree}, which every
	 * reader here uses) and those bound to a type alike.
	 */
	public static <B extends MapperBuilder<?, B>> B cleaning(B builder) {
		return builder.nodeFactory(CleanNodes.INSTANCE).addModule(MODULE);
	}

	static final SimpleModule MODULE = new SimpleModule("text-input").addDeserializer(String.class,
			new CleanStrings());

	private static final class CleanNodes extends JsonNodeFactory {

		static final CleanNodes INSTANCE = new CleanNodes();

		@Override
		public StringNode stringNode(@Nullable String text) {
			return super.stringNode(text == null ? null : clean(text));
		}

	}

	private static final class CleanStrings extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String text = super.deserialize(parser, context);
			return text == null ? null : clean(text);
		}

	}

}
