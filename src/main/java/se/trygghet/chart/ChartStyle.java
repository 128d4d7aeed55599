package se.trygghet.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jfree.chart.text.TextUtils;

/**
 * How charts look. Colour is never the only signal: series i has the i-th colour, the i-th dash pattern and the i-th
 * marker shape, and the legend names it. The colours are the Okabe–Ito palette, safe for the common forms of colour
 * blindness, darkened where needed to reach 4.5:1 against white.
 */
final class ChartStyle {

	static {
		// Spring Boot sets this too, but charts are also drawn without it (tests, PDF jobs); it must be set before AWT
		// first looks at the screen
		if (System.getProperty("java.awt.headless") == null) {
			System.setProperty("java.awt.headless", "true");
		}
		// JFreeChart draws rotated text (the value axis' label, slanted years) as glyph outlines by default, to work
		// round a JDK bug fixed long ago; as real text it stays readable by search and assistive technology. This is
		// JFreeChart-wide, and this module is its only user.
		TextUtils.setUseDrawRotatedStringWorkaround(false);
	}

	/** The family the PDF embeds; the same file is used here so that text is measured as it will be drawn. */
	static final String FONT_FAMILY = "DejaVu Sans";

	static final Color INK = new Color(0x1a, 0x1a, 0x1a);

	static final Color AXIS = new Color(0x59, 0x59, 0x59);

	static final Color GRID = new Color(0xd9, 0xd9, 0xd9);

	/** Okabe–Ito blue, vermillion, bluish green, reddish purple and orange; all at least 4.5:1 on white. */
	private static final List<Color> COLOURS = List.of(new Color(0x00, 0x72, 0xb2), new Color(0xc3, 0x56, 0x00),
			new Color(0x00, 0x87, 0x62), new Color(0xa3, 0x60, 0x85), new Color(0x9e, 0x6d, 0x00));

	/** Solid, dashed, dotted, dash-dot and long dash; null is a solid line. */
	private static final List<float[]> DASHES = java.util.Arrays.asList(null, new float[] { 9, 4 },
			new float[] { 2.5f, 3 }, new float[] { 10, 3, 2.5f, 3 }, new float[] { 18, 4 });

	/** The target's own pattern, unlike any series': long dash, short gap, dot. */
	private static final float[] TARGET_DASH = { 14, 3, 3, 3, 3, 3 };

	private static final Font REGULAR = load("/fonts/DejaVuSans.ttf");

	private static final Font BOLD = load("/fonts/DejaVuSans-Bold.ttf");

	static final Font TICK_FONT = REGULAR.deriveFont(12f);

	static final Font LABEL_FONT = REGULAR.deriveFont(13f);

	static final Font LEGEND_FONT = REGULAR.deriveFont(13f);

	static final Font VALUE_FONT = BOLD.deriveFont(12f);

	private ChartStyle() {
	}

	static Color colour(int series) {
		return COLOURS.get(series);
	}

	static Stroke line(int series) {
		return new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, DASHES.get(series), 0f);
	}

	static Stroke outline(int series) {
		return new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, DASHES.get(series), 0f);
	}

	static Stroke target() {
		return new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, TARGET_DASH, 0f);
	}

	/** Circle, square, triangle, diamond, downward triangle; about 9 px across. */
	static Shape marker(int series) {
		double s = 4.5;
		return switch (series) {
			case 0 -> new Ellipse2D.Double(-s, -s, 2 * s, 2 * s);
			case 1 -> new Rectangle2D.Double(-s + 0.5, -s + 0.5, 2 * s - 1, 2 * s - 1);
			case 2 -> polygon(0, -s - 0.5, s + 0.5, s, -s - 0.5, s);
			case 3 -> polygon(0, -s - 1, s + 1, 0, 0, s + 1, -s - 1, 0);
			default -> polygon(-s - 0.5, -s, s + 0.5, -s, 0, s + 0.5);
		};
	}

	private static Shape polygon(double... xy) {
		Path2D.Double path = new Path2D.Double();
		path.moveTo(xy[0], xy[1]);
		for (int i = 2; i < xy.length; i += 2) {
			path.lineTo(xy[i], xy[i + 1]);
		}
		path.closePath();
		return path;
	}

	/**
	 * Loads a font from the classpath and registers it with AWT, so that charts look the same whether or not the
	 * machine has DejaVu installed. Registration fails harmlessly when the system already has the font.
	 */
	private static Font load(String resource) {
		try (InputStream in = ChartStyle.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Font " + resource + " is missing from the classpath");
			}
			Font font = Font.createFont(Font.TRUETYPE_FONT, in);
			GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
			return font;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException("Font " + resource + " cannot be read", ex);
		}
	}

}
