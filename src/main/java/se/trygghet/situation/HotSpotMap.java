package se.trygghet.situation;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import se.trygghet.area.Sweref99Point;

/**
 * The hot-spot map as an image for documents: the municipality's area boundaries and the Gi* cells of each significant
 * bin, drawn in SWEREF 99 TM (metres, so the map is true to scale and grid north is up). Bins differ by colour AND by
 * hatching — hot spots hatched "/", cold spots "\", denser for higher confidence — and a legend names each bin in
 * words, so the map reads in black and white and for those who do not tell red from blue. The same input gives the
 * same bytes: coordinates are printed with fixed decimals in a root locale, cells are drawn in grid order and the ids
 * come from the content.
 */
final class HotSpotMap {

	/** About 170 mm at 96 px per inch: the text width of an A4 page, so a PDF shows it at its own size. */
	static final int MAP_WIDTH = 640;

	static final int MAX_MAP_HEIGHT = 640;

	private static final int PAD = 12;

	private static final List<Integer> BINS = List.of(3, 2, 1, -1, -2, -3);

	private static final Map<Integer, String> FILL = Map.of(3, "#b2182b", 2, "#ef8a62", 1, "#fddbc7", -1, "#d1e5f0",
			-2, "#67a9cf", -3, "#2166ac");

	private HotSpotMap() {
	}

	/** An area to outline; the municipality's own boundary is drawn heavier than its parts. */
	public record Outline(String name, List<List<Sweref99Point>> rings, boolean municipality) {

		public Outline {
			rings = List.copyOf(rings);
		}

	}

	/**
	 * The words on the map. {@code bins} names bins 3, 2, 1, -1, -2, -3 (e.g. "Hot spot, 99 % säkerhet");
	 * {@code boundaries} and {@code municipality} name the two kinds of line, {@code notSignificant} the empty cells.
	 */
	public record Texts(String title, String description, Map<Integer, String> bins, String notSignificant, String boundaries,
			String municipality, String legend, String north, String kilometres) {
	}

	static String svg(List<Outline> outlines, List<GetisOrd.CellStatistic> cells, int cellSize, Texts texts) {
		double[] box = bounds(outlines, cells, cellSize);
		double dx = Math.max(box[2] - box[0], 1);
		double dy = Math.max(box[3] - box[1], 1);
		double scale = Math.min((MAP_WIDTH - 2 * PAD) / dx, (MAX_MAP_HEIGHT - 2 * PAD) / dy);
		int mapHeight = (int) Math.ceil(dy * scale) + 2 * PAD;
		// the legend goes under the map, bins in the left column and the lines in the right
		int legendTop = mapHeight + 24;
		int height = legendTop + 26 + 22 * BINS.size() + 6;
		int width = MAP_WIDTH;
		Projection at = new Projection(box[0], box[3], scale);
		String id = "hotspot-map-" + digest(outlines, cells, cellSize, texts);

		StringBuilder svg = new StringBuilder(64 * 1024);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" id=\"").append(id)
			.append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
			.append("-desc\" width=\"").append(width).append("\" height=\"").append(height)
			.append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
			.append("\" font-family=\"DejaVu Sans, sans-serif\">");
		svg.append("<title id=\"").append(id).append("-title\">").append(escape(texts.title())).append("</title>");
		svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(texts.description())).append("</desc>");
		svg.append("<defs>");
		for (int bin : BINS) {
			svg.append(pattern(id, bin));
		}
		svg.append("</defs>");
		svg.append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height)
			.append("\" fill=\"#ffffff\"/>");

		// cells first, so the boundaries stay visible on top of them
		svg.append("<g id=\"").append(id).append("-cells\">");
		List<GetisOrd.CellStatistic> significant = cells.stream()
			.filter(c -> c.bin() != 0)
			.sorted(Comparator.comparingLong((GetisOrd.CellStatistic c) -> c.cell().row())
				.thenComparingLong(c -> c.cell().column()))
			.toList();
		double side = cellSize * scale;
		for (GetisOrd.CellStatistic c : significant) {
			double x = at.x(c.cell().column() * (double) cellSize);
			double y = at.y((c.cell().row() + 1) * (double) cellSize);
			svg.append("<rect x=\"").append(f(x)).append("\" y=\"").append(f(y)).append("\" width=\"").append(f(side))
				.append("\" height=\"").append(f(side)).append("\" fill=\"url(#").append(id).append("-bin")
				.append(binId(c.bin())).append(")\" stroke=\"#333333\" stroke-width=\"0.4\"/>");
			if (side >= 16) {
				svg.append("<text x=\"").append(f(x + side / 2)).append("\" y=\"").append(f(y + side / 2 + 3.5))
					.append("\" font-size=\"9\" text-anchor=\"middle\" fill=\"#000000\">")
					.append(c.bin() > 0 ? "+" : "−").append(Math.abs(c.bin())).append("</text>");
			}
		}
		svg.append("</g>");

		svg.append("<g id=\"").append(id).append("-areas\" fill=\"none\" stroke=\"#000000\">");
		for (Outline outline : outlines) {
			for (List<Sweref99Point> ring : outline.rings()) {
				svg.append("<path stroke-width=\"").append(outline.municipality() ? "2" : "0.8").append("\"")
					.append(outline.municipality() ? "" : " stroke-dasharray=\"4 2\"").append(" d=\"");
				for (int i = 0; i < ring.size(); i++) {
					svg.append(i == 0 ? 'M' : 'L').append(f(at.x(ring.get(i).east()))).append(' ')
						.append(f(at.y(ring.get(i).north())));
				}
				svg.append("Z\"><title>").append(escape(outline.name())).append("</title></path>");
			}
		}
		svg.append("</g>");

		northArrow(svg, MAP_WIDTH - PAD - 20, PAD + 4, texts.north());
		scaleBar(svg, PAD, mapHeight + 8, dx, scale, texts.kilometres());
		legend(svg, id, PAD, legendTop, texts);
		return svg.append("</svg>").toString();
	}

	/** The map as a PNG for Word, drawn by Batik from the same SVG so both documents show the same picture. */
	static byte[] png(String svg, float width) {
		PNGTranscoder transcoder = new PNGTranscoder();
		transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, width);
		transcoder.addTranscodingHint(PNGTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024)) {
			transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out));
			return out.toByteArray();
		}
		catch (TranscoderException | java.io.IOException ex) {
			throw new IllegalStateException("The hot-spot map could not be drawn as PNG", ex);
		}
	}

	/** The width and height the SVG declares, for placing its PNG at the same proportions. */
	static int[] size(String svg) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("width=\"(\\d+)\" height=\"(\\d+)\"").matcher(svg);
		if (!m.find()) {
			throw new IllegalArgumentException("Not a hot-spot map");
		}
		return new int[] { Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) };
	}

	private record Projection(double west, double north, double scale) {

		double x(double east) {
			return PAD + (east - west) * scale;
		}

		double y(double northing) {
			return PAD + (north - northing) * scale;
		}

	}

	private static double[] bounds(List<Outline> outlines, List<GetisOrd.CellStatistic> cells, int cellSize) {
		double[] box = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		for (Outline outline : outlines) {
			for (List<Sweref99Point> ring : outline.rings()) {
				for (Sweref99Point p : ring) {
					extend(box, p.east(), p.north());
				}
			}
		}
		for (GetisOrd.CellStatistic c : cells) {
			extend(box, c.cell().column() * (double) cellSize, c.cell().row() * (double) cellSize);
			extend(box, (c.cell().column() + 1) * (double) cellSize, (c.cell().row() + 1) * (double) cellSize);
		}
		if (box[0] > box[2]) {
			// nothing to draw: an empty square of one kilometre keeps the scale bar meaningful
			return new double[] { 0, 0, 1000, 1000 };
		}
		return box;
	}

	private static void extend(double[] box, double east, double north) {
		box[0] = Math.min(box[0], east);
		box[1] = Math.min(box[1], north);
		box[2] = Math.max(box[2], east);
		box[3] = Math.max(box[3], north);
	}

	private static String binId(int bin) {
		return bin > 0 ? "p" + bin : "m" + -bin;
	}

	/**
	 * Hot spots hatched rising ("/"), cold spots falling ("\"); lines 12, 7 and 4 px apart for 90, 95 and 99 %.
	 * userSpaceOnUse makes the hatching run on across neighbouring cells.
	 */
	private static String pattern(String id, int bin) {
		int spacing = switch (Math.abs(bin)) {
			case 3 -> 4;
			case 2 -> 7;
			default -> 12;
		};
		String line = Math.abs(bin) == 3 ? "#ffffff" : "#000000";
		String path = bin > 0 ? "M0 " + spacing + " L" + spacing + " 0" : "M0 0 L" + spacing + " " + spacing;
		return "<pattern id=\"" + id + "-bin" + binId(bin) + "\" patternUnits=\"userSpaceOnUse\" width=\"" + spacing
				+ "\" height=\"" + spacing + "\"><rect width=\"" + spacing + "\" height=\"" + spacing + "\" fill=\""
				+ FILL.get(bin) + "\"/><path d=\"" + path + "\" stroke=\"" + line + "\" stroke-width=\"1\"/></pattern>";
	}

	private static void northArrow(StringBuilder svg, int x, int y, String north) {
		svg.append("<g><path d=\"M").append(x + 10).append(' ').append(y + 14).append(" L")
			.append(x + 3).append(' ').append(y + 36).append(" L").append(x + 10).append(' ').append(y + 30)
			.append(" L").append(x + 17).append(' ').append(y + 36)
			.append(" Z\" fill=\"#000000\"/><text x=\"").append(x + 10).append("\" y=\"").append(y + 11)
			.append("\" font-size=\"12\" font-weight=\"bold\" text-anchor=\"middle\">").append(escape(north))
			.append("</text></g>");
	}

	/** A bar of a round length (1, 2 or 5 × a power of ten) near a fifth of the map's width. */
	private static void scaleBar(StringBuilder svg, int x, int y, double widthMetres, double scale, String km) {
		double wanted = widthMetres / 5;
		double magnitude = Math.pow(10, Math.floor(Math.log10(wanted)));
		double metres = magnitude;
		for (double step : new double[] { 2, 5, 10 }) {
			if (step * magnitude <= wanted) {
				metres = step * magnitude;
			}
		}
		double length = metres * scale;
		String label = metres >= 1000 ? format(metres / 1000) + " " + km : format(metres) + " m";
		svg.append("<g><rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"")
			.append(f(length / 2)).append("\" height=\"5\" fill=\"#000000\"/><rect x=\"").append(f(x + length / 2))
			.append("\" y=\"").append(y).append("\" width=\"").append(f(length / 2))
			.append("\" height=\"5\" fill=\"#ffffff\" stroke=\"#000000\" stroke-width=\"1\"/><text x=\"")
			.append(f(x + length + 6)).append("\" y=\"").append(y + 6).append("\" font-size=\"11\">0–")
			.append(escape(label)).append("</text></g>");
	}

	private static void legend(StringBuilder svg, String id, int x, int y, Texts texts) {
		svg.append("<g><text x=\"").append(x).append("\" y=\"").append(y + 12)
			.append("\" font-size=\"12\" font-weight=\"bold\">").append(escape(texts.legend())).append("</text>");
		int row = y + 26;
		for (int bin : BINS) {
			svg.append("<rect x=\"").append(x).append("\" y=\"").append(row).append("\" width=\"18\" height=\"14\" ")
				.append("fill=\"url(#").append(id).append("-bin").append(binId(bin))
				.append(")\" stroke=\"#333333\" stroke-width=\"0.6\"/><text x=\"").append(x + 26).append("\" y=\"")
				.append(row + 11).append("\" font-size=\"11\">").append(bin > 0 ? "+" : "−").append(Math.abs(bin))
				.append(' ').append(escape(texts.bins().get(bin))).append("</text>");
			row += 22;
		}
		// the second column: what is not significant and what the lines are
		x += MAP_WIDTH / 2;
		row = y + 26;
		svg.append("<rect x=\"").append(x).append("\" y=\"").append(row)
			.append("\" width=\"18\" height=\"14\" fill=\"#ffffff\" stroke=\"#333333\" stroke-width=\"0.6\"/>")
			.append("<text x=\"").append(x + 26).append("\" y=\"").append(row + 11).append("\" font-size=\"11\">")
			.append(escape(texts.notSignificant())).append("</text>");
		row += 22;
		svg.append("<path d=\"M").append(x).append(' ').append(row + 7).append(" L").append(x + 18).append(' ')
			.append(row + 7).append("\" stroke=\"#000000\" stroke-width=\"2\"/><text x=\"").append(x + 26)
			.append("\" y=\"").append(row + 11).append("\" font-size=\"11\">").append(escape(texts.municipality()))
			.append("</text>");
		row += 22;
		svg.append("<path d=\"M").append(x).append(' ').append(row + 7).append(" L").append(x + 18).append(' ')
			.append(row + 7).append("\" stroke=\"#000000\" stroke-width=\"0.8\" stroke-dasharray=\"4 2\"/><text x=\"")
			.append(x + 26).append("\" y=\"").append(row + 11).append("\" font-size=\"11\">")
			.append(escape(texts.boundaries())).append("</text></g>");
	}

	private static String f(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	private static String format(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	private static String digest(List<Outline> outlines, List<GetisOrd.CellStatistic> cells, int cellSize,
			Texts texts) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			List<String> parts = new ArrayList<>();
			parts.add(texts.title() + texts.description() + new java.util.TreeMap<>(texts.bins()));
			parts.add(String.valueOf(cellSize));
			outlines.forEach(o -> parts.add(o.name() + o.rings().size()));
			cells.stream().filter(c -> c.bin() != 0).map(c -> c.cell() + ":" + c.bin()).sorted().forEach(parts::add);
			return HexFormat.of().formatHex(sha.digest(String.join("|", parts).getBytes(StandardCharsets.UTF_8)), 0, 6);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

}
