package se.trygghet.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * Renders charts to SVG with a table of the same numbers. Swedish unless the locale is English. The same chart in the
 * same language always gives the same bytes, so a rendered chart can be cached or compared in tests.
 */
@Component
public class Charts {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

	private static final double PNG_SCALE = 1.5;

	public SvgChart render(Chart chart) {
		return render(chart, SWEDISH);
	}

	public SvgChart render(Chart chart, Locale locale) {
		ChartTexts texts = ChartTexts.of(locale);
		ValueFormat format = new ValueFormat(chart.scale(), texts.locale);
		String id = id(chart, texts);
		String description = description(chart, texts, format);
		String svg = SvgMarkup.of(ChartDrawing.of(chart, texts.locale), id, chart.title(), description);
		return new SvgChart(id, chart.title(), description, svg, table(chart, texts, format));
	}

	/**
	 * The chart as a PNG picture, drawn by the same code as the SVG at one and a half times its size: 960 pixels, or
	 * 160 dpi across the 6 inches of a page. At twice the size, encoding took about 20 ms a chart (measured), which a
	 * report's 25 charts felt. Its text alternative is the caller's to give, as for any picture in a document.
	 */
	public PngChart png(Chart chart, Locale locale) {
		ChartDrawing drawing = ChartDrawing.of(chart, ChartTexts.of(locale).locale);
		int width = (int) Math.round(ChartDrawing.WIDTH * PNG_SCALE);
		int height = (int) Math.round(drawing.height() * PNG_SCALE);
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g2 = image.createGraphics();
		try {
			g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			g2.scale(PNG_SCALE, PNG_SCALE);
			drawing.draw(g2);
		}
		finally {
			g2.dispose();
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
			ImageIO.write(image, "png", out);
			return new PngChart(out.toByteArray(), width, height);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("A PNG is written to memory", ex);
		}
	}

	/**
	 * "Linjediagram: Trygghet i bostadsområdet, 2019–2023, tre serier: Totalt, Kvinnor och Män. Mål 2026: 70 %." The
	 * SVG's {@code <desc>}: what a screen reader says before the user opens the table.
	 */
	static String description(Chart chart, ChartTexts texts, ValueFormat format) {
		List<String> categories = chart.categories();
		String kind;
		String span;
		if (chart instanceof LineChart) {
			kind = texts.lineChart;
			span = categories.size() == 1 ? categories.get(0)
					: categories.get(0) + "–" + categories.get(categories.size() - 1);
		}
		else {
			kind = ((BarChart) chart).orientation() == BarChart.Orientation.HORIZONTAL ? texts.horizontalBarChart
					: texts.barChart;
			span = texts.categoryCount(categories.size());
		}
		List<String> names = chart.series().stream().map(Series::name).toList();
		String text = kind + ": " + chart.title() + ", " + span + ", " + texts.seriesCount(names.size()) + ": "
				+ texts.list(names) + ".";
		Target target = chart instanceof LineChart line ? line.target() : null;
		return target == null ? text : text + " " + format.labelled(target.label(), target.value()) + ".";
	}

	static ChartTable table(Chart chart, ChartTexts texts, ValueFormat format) {
		List<String> headers = new ArrayList<>();
		headers.add(chart.categoryLabel());
		chart.series().forEach(series -> headers.add(series.name()));
		List<ChartTable.Row> rows = new ArrayList<>();
		boolean missing = false;
		for (int i = 0; i < chart.categories().size(); i++) {
			List<String> cells = new ArrayList<>();
			for (Series series : chart.series()) {
				Double value = series.values().get(i);
				missing |= value == null;
				cells.add(format.format(value));
			}
			rows.add(new ChartTable.Row(chart.categories().get(i), cells));
		}
		List<String> notes = new ArrayList<>();
		if (missing) {
			notes.add(texts.missingNote);
		}
		if (chart instanceof LineChart line && line.target() != null) {
			notes.add(format.labelled(line.target().label(), line.target().value()));
		}
		return new ChartTable(chart.title() + " (" + chart.scale().label() + ")", texts.toggleLabel, headers, rows,
				notes);
	}

	/**
	 * An id from the chart's content rather than a counter or the clock, so output is reproducible. Records print
	 * every component, doubles print exactly, and enums print their names, so the text is stable across JVMs.
	 */
	private static String id(Chart chart, ChartTexts texts) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((texts.name() + '|' + chart).getBytes(StandardCharsets.UTF_8));
			return "chart-" + HexFormat.of().formatHex(digest, 0, 6);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

}
