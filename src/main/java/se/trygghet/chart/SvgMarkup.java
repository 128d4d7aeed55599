package se.trygghet.chart;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.util.DoubleConverter;

/**
 * Draws a chart into SVG and makes the markup fit for inline use in pages and PDFs: a root element that is an
 * accessible image ({@code role="img"}, {@code <title>}, {@code <desc>}), ids derived from the chart instead of
 * JFreeSVG's clock-based ones, and presentation attributes instead of {@code style} attributes, so that the figure
 * also draws under a Content-Security-Policy without {@code 'unsafe-inline'} and in Batik.
 */
final class SvgMarkup {

	/** DejaVu Sans where it is installed or embedded (the PDF), else the browser's sans-serif. */
	private static final String FONT_FAMILY_CSS = "\"" + ChartStyle.FONT_FAMILY + "\", sans-serif";

	private static final Pattern STYLE = Pattern.compile(" style='([^']*)'");

	private SvgMarkup() {
	}

	static String of(ChartDrawing drawing, String id, String title, String description) {
		int width = ChartDrawing.WIDTH;
		int height = drawing.height();
		SVGGraphics2D g2 = new SVGGraphics2D(width, height);
		g2.setDefsKeyPrefix(id + "-");
		g2.setGeomDoubleConverter(new DoubleConverter(2));
		g2.setTransformDoubleConverter(new DoubleConverter(4));
		g2.setFontFunction(family -> FONT_FAMILY_CSS);
		drawing.draw(g2);
		String element = g2.getSVGElement();
		// JFreeSVG's root element is replaced by ours; its body refers to nothing outside itself
		String body = element.substring(element.indexOf('>') + 1, element.lastIndexOf("</svg>"));
		return "<svg xmlns='http://www.w3.org/2000/svg' id='" + id + "' width='" + width + "' height='" + height
				+ "' viewBox='0 0 " + width + " " + height + "' role='img' aria-labelledby='" + id + "-title " + id
				+ "-desc' style='max-width:100%;height:auto'>" + "<title id='" + id + "-title'>" + escape(title)
				+ "</title><desc id='" + id + "-desc'>" + escape(description) + "</desc>" + presentationAttributes(body)
				+ "</svg>";
	}

	/**
	 * {@code style='fill: rgb(0,0,0); font-size: 12px'} becomes {@code fill='rgb(0,0,0)' font-size='12px'}: every
	 * property JFreeSVG writes has a presentation attribute of the same name. The root's own style only lets the
	 * figure shrink on narrow screens; where a policy blocks it, the figure keeps its size.
	 */
	static String presentationAttributes(String markup) {
		Matcher matcher = STYLE.matcher(markup);
		StringBuilder out = new StringBuilder(markup.length());
		while (matcher.find()) {
			StringBuilder attributes = new StringBuilder();
			for (String declaration : matcher.group(1).split(";")) {
				int colon = declaration.indexOf(':');
				if (colon > 0) {
					attributes.append(' ')
						.append(declaration.substring(0, colon).strip())
						.append("='")
						.append(declaration.substring(colon + 1).strip())
						.append('\'');
				}
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(attributes.toString()));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	/** Text from users (titles, series names) as XML character data or attribute values. */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&apos;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
