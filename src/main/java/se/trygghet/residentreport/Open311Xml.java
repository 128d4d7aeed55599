package se.trygghet.residentreport;

import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Open311's XML: the same maps the JSON answers are made of, written as elements. A list is wrapped in the root
 * element with one {@code item} element per entry; a list of strings inside a map (an endpoint's formats) becomes
 * one element per string, named by the singular of its key.
 */
final class Open311Xml {

	private Open311Xml() {
	}

	static String write(String root, @Nullable String item, Object body) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
		xml.append('<').append(root).append('>');
		if (body instanceof Collection<?> list) {
			for (Object entry : list) {
				element(xml, item == null ? "item" : item, entry);
			}
		}
		else if (body instanceof Map<?, ?> map) {
			fields(xml, map);
		}
		xml.append("</").append(root).append('>');
		return xml.toString();
	}

	private static void fields(StringBuilder xml, Map<?, ?> map) {
		map.forEach((key, value) -> {
			String name = key.toString();
			if (value instanceof Collection<?> list) {
				xml.append('<').append(name).append('>');
				String singular = name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
				list.forEach(entry -> element(xml, singular, entry));
				xml.append("</").append(name).append('>');
			}
			else {
				element(xml, name, value);
			}
		});
	}

	private static void element(StringBuilder xml, String name, @Nullable Object value) {
		xml.append('<').append(name).append('>');
		if (value instanceof Map<?, ?> map) {
			fields(xml, map);
		}
		else if (value != null) {
			xml.append(escape(value.toString()));
		}
		xml.append("</").append(name).append('>');
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&apos;");
				default -> {
					// characters XML 1.0 cannot carry at all are dropped rather than breaking the document
					if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

}
