package se.trygghet.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Area;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class ChartsTests {

	final Charts charts = new Charts();

	@Test
	void rendersIdenticalSvgForIdenticalInput() {
		SvgChart first = charts.render(ChartFixtures.safetyByGender());
		SvgChart second = new Charts().render(ChartFixtures.safetyByGender());

		assertThat(second.svg()).isEqualTo(first.svg());
		assertThat(second.id()).isEqualTo(first.id()).matches("chart-[0-9a-f]{12}");
		assertThat(charts.render(ChartFixtures.completionPerCommittee()).id()).isNotEqualTo(first.id());
		assertThat(charts.render(ChartFixtures.safetyByGender(), Locale.ENGLISH).id()).isNotEqualTo(first.id());
	}

	@Test
	void makesTheSvgAnAccessibleImage() {
		SvgChart chart = charts.render(ChartFixtures.safetyByGender());
		Element svg = SvgDocuments.parse(chart.svg());

		assertThat(svg.getAttribute("role")).isEqualTo("img");
		assertThat(svg.getAttribute("aria-labelledby")).isEqualTo(chart.id() + "-title " + chart.id() + "-desc");
		Element title = SvgDocuments.elements(svg, "title").get(0);
		Element desc = SvgDocuments.elements(svg, "desc").get(0);
		assertThat(title.getAttribute("id")).isEqualTo(chart.id() + "-title");
		assertThat(title.getTextContent()).isEqualTo("Känner sig trygga i sitt bostadsområde");
		assertThat(desc.getAttribute("id")).isEqualTo(chart.id() + "-desc");
		assertThat(desc.getTextContent()).isEqualTo(chart.description())
			.isEqualTo("Linjediagram: Känner sig trygga i sitt bostadsområde, 2019–2023, tre serier: Totalt, Kvinnor "
					+ "och Män. Mål 2026: 70,0\u00a0%.");
		assertThat(SvgDocuments.elements(svg, "text")).allSatisfy(text -> {
			assertThat(text.getAttribute("font-family")).startsWith("\"DejaVu Sans\"");
			assertThat(text.getAttribute("font-size")).isIn("12px", "13px");
		});
	}

	@Test
	void describesBarChartsByTheirCategoriesAndSeries() {
		assertThat(charts.render(ChartFixtures.completionPerCommittee()).description())
			.isEqualTo("Liggande stapeldiagram: Klara rapporter per nämnd, 5 kategorier, en serie: Andel klara.");
		assertThat(charts.render(ChartFixtures.incidentsPerWeek(), Locale.ENGLISH).description())
			.isEqualTo("Bar chart: Anmälda händelser per vecka, 4 categories, two series: Skadegörelse and Stöld.");
	}

	@Test
	void distinguishesSeriesByDashAndMarkerNotOnlyColour() {
		Element svg = SvgDocuments.parse(charts.render(ChartFixtures.safetyByGender()).svg());

		Map<String, String> dashByColour = new LinkedHashMap<>();
		Map<String, String> markerByColour = new LinkedHashMap<>();
		for (int i = 0; i < 3; i++) {
			String colour = rgb(ChartStyle.colour(i));
			for (Element group : SvgDocuments.elements(svg, "g")) {
				if (colour.equals(group.getAttribute("stroke"))) {
					dashByColour.put(colour, group.getAttribute("stroke-dasharray"));
				}
				if (colour.equals(group.getAttribute("fill"))) {
					// the marker's outline as path commands without coordinates: circle, square or triangle
					String path = SvgDocuments.elements(group, "path").get(0).getAttribute("d");
					markerByColour.put(colour, path.replaceAll("[^A-Za-z]", ""));
				}
			}
		}

		assertThat(dashByColour).hasSize(3);
		assertThat(dashByColour.values()).doesNotHaveDuplicates();
		assertThat(markerByColour).hasSize(3);
		assertThat(markerByColour.values()).doesNotHaveDuplicates();
		assertThat(SvgDocuments.texts(svg)).contains("Totalt", "Kvinnor", "Män", "Mål 2026: 70,0\u00a0%",
				"Andel av de svarande (%)");
	}

	@Test
	void givesEverySeriesItsOwnColourDashAndMarker() {
		List<float[]> dashes = new ArrayList<>();
		List<Area> markers = new ArrayList<>();
		for (int i = 0; i < Chart.MAX_SERIES; i++) {
			dashes.add(((BasicStroke) ChartStyle.line(i)).getDashArray());
			markers.add(new Area(ChartStyle.marker(i)));
		}

		for (int i = 0; i < Chart.MAX_SERIES; i++) {
			for (int j = i + 1; j < Chart.MAX_SERIES; j++) {
				assertThat(ChartStyle.colour(i)).isNotEqualTo(ChartStyle.colour(j));
				assertThat(Arrays.equals(dashes.get(i), dashes.get(j))).as("dash %d and %d", i, j).isFalse();
				assertThat(markers.get(i).equals(markers.get(j))).as("marker %d and %d", i, j).isFalse();
			}
		}
	}

	@Test
	void usesColoursWithEnoughContrastOnWhite() {
		for (int i = 0; i < Chart.MAX_SERIES; i++) {
			assertThat(contrastOnWhite(ChartStyle.colour(i))).as("colour %d", i).isGreaterThanOrEqualTo(4.5);
		}
		assertThat(contrastOnWhite(ChartStyle.INK)).isGreaterThanOrEqualTo(7);
	}

	@Test
	void escapesSeriesNamesInsideTheSvg() {
		String title = "Tryggt & säkert <script>alert(\"x\")</script>";
		String name = "Kvinnor \"18–29\" <b>bold</b> & 'co'";
		LineChart chart = new LineChart(title, "År", List.of("<i>2022</i>", "2023"), Scale.count("Antal"),
				List.of(Series.of(name, 1.0, 2.0), Series.of("Män", 2.0, 3.0)));

		String svg = charts.render(chart).svg();

		assertThat(svg).doesNotContain("<script", "<b>", "<i>").contains("&lt;script&gt;");
		Element root = SvgDocuments.parse(svg);
		assertThat(SvgDocuments.elements(root, "title").get(0).getTextContent()).isEqualTo(title);
		assertThat(SvgDocuments.elements(root, "desc").get(0).getTextContent()).contains(title, name);
		assertThat(SvgDocuments.texts(root)).contains(name, "<i>2022</i>");
	}

	@Test
	void marksMissingValuesInTheTableWithTwoDots() {
		ChartTable table = charts.render(ChartFixtures.safetyByGender()).table();

		assertThat(table.caption()).isEqualTo("Känner sig trygga i sitt bostadsområde (Andel av de svarande (%))");
		assertThat(table.columnHeaders()).containsExactly("År", "Totalt", "Kvinnor", "Män");
		assertThat(table.rows()).extracting(ChartTable.Row::header).containsExactly("2019", "2020", "2021", "2022", "2023");
		assertThat(table.rows().get(2).cells()).containsExactly("62,4\u00a0%", "..", "69,0\u00a0%");
		assertThat(table.notes()).containsExactly(".. = uppgift saknas eller är för osäker för att visas",
				"Mål 2026: 70,0\u00a0%");
		assertThat(table.toggleLabel()).isEqualTo("Visa siffrorna som tabell");
	}

	@Test
	void formatsNumbersTheSwedishWayUnlessEnglishIsAsked() {
		LineChart chart = new LineChart("Skadegörelse", "År", List.of("2023"), new Scale("Kronor", "kr", 2, null),
				List.of(Series.of("Kostnad", 1234567.125)));

		assertThat(charts.render(chart).table().rows().get(0).cells()).containsExactly("1\u00a0234\u00a0567,13\u00a0kr");
		assertThat(charts.render(chart, Locale.GERMAN).table().rows().get(0).cells())
			.containsExactly("1\u00a0234\u00a0567,13\u00a0kr");
		assertThat(charts.render(chart, Locale.ENGLISH).table().rows().get(0).cells())
			.containsExactly("1,234,567.13\u00a0kr");
		assertThat(charts.render(ChartFixtures.safetyByGender(), Locale.forLanguageTag("en-US")).table().rows().get(0).cells())
			.containsExactly("61.2%", "55.0%", "67.3%");
		assertThat(charts.render(ChartFixtures.safetyByGender(), Locale.ENGLISH).table().notes())
			.contains(".. = value missing or too uncertain to show");
	}

	@Test
	void roundsHalfUpAsOfficialStatisticsDo() {
		SvgChart chart = charts.render(ChartFixtures.completionPerCommittee());

		assertThat(chart.table().rows().get(4).cells()).containsExactly("88\u00a0%");
		assertThat(SvgDocuments.texts(SvgDocuments.parse(chart.svg()))).contains("88\u00a0%");
	}

	@Test
	void printsTheNumberAtEachBarsEndWithoutRunningTheAxisPastItsBound() {
		List<String> texts = SvgDocuments.texts(SvgDocuments.parse(charts.render(ChartFixtures.completionPerCommittee()).svg()));

		assertThat(texts).contains("100\u00a0%", "75\u00a0%", "40\u00a0%", "0\u00a0%", "Kommunstyrelsen", "100");
		assertThat(texts).doesNotContain("110", "120");
	}

	@Test
	void growsHorizontalBarChartsWithTheirCategories() {
		BarChart few = ChartFixtures.completionPerCommittee();
		BarChart more = new BarChart(few.title(), few.categoryLabel(),
				List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J"), few.scale(),
				List.of(new Series("Andel klara", java.util.Collections.nCopies(10, 50.0))), few.orientation(), true);

		assertThat(height(charts.render(more))).isGreaterThan(height(charts.render(few)));
	}

	@Test
	void namesEveryOtherWeekWhenAYearOfWeeksIsTooManyToLabel() {
		List<String> weeks = IntStream.rangeClosed(1, 52).mapToObj(week -> "v. " + week).toList();
		List<Double> counts = IntStream.rangeClosed(1, 52).mapToObj(week -> (double) (week % 7)).toList();
		SvgChart chart = charts.render(new BarChart("Händelser per vecka", "Vecka", weeks, Scale.count("Antal"),
				List.of(new Series("Skadegörelse", counts)), BarChart.Orientation.VERTICAL, false));

		assertThat(SvgDocuments.texts(SvgDocuments.parse(chart.svg()))).contains("v. 1", "v. 3", "v. 51")
			.doesNotContain("v. 2", "v. 52");
		assertThat(chart.table().rows()).hasSize(52);
	}

	@Test
	void keepsToPlainSvgThatBatikCanDraw() {
		for (Chart chart : List.<Chart>of(ChartFixtures.safetyByGender(), ChartFixtures.completionPerCommittee(),
				ChartFixtures.incidentsPerWeek())) {
			String svg = charts.render(chart).svg();
			String body = svg.substring(svg.indexOf('>') + 1);

			assertThat(body).doesNotContain("style=", "xlink", "jfreesvg", "var(", "<image", "<script", "<foreignObject");
			assertThat(body.replace("url(#", "")).doesNotContain("url(");
		}
	}

	@Test
	void drawsTheSameChartAsAPictureForDocumentsThatCannotHoldSvg() throws Exception {
		SvgChart svg = charts.render(ChartFixtures.safetyByGender());
		PngChart png = charts.png(ChartFixtures.safetyByGender(), Locale.forLanguageTag("sv"));
		java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.png()));

		assertThat(image.getWidth()).isEqualTo(png.width()).isEqualTo(960);
		assertThat(image.getHeight()).isEqualTo(png.height()).isEqualTo(height(svg) * 3 / 2);
		assertThat(png.heightFor(6.0)).isCloseTo(6.0 * height(svg) / 640, org.assertj.core.data.Offset.offset(1e-9));
		// drawn, not blank: the first series' colour is on it
		int blue = ChartStyle.colour(0).getRGB();
		assertThat(IntStream.range(0, image.getWidth() * image.getHeight())
			.anyMatch(i -> image.getRGB(i % image.getWidth(), i / image.getWidth()) == blue)).isTrue();
	}

	@Test
	void givesTheSvgForAPdfItsTextAlternativeAsTheAltAttribute() {
		SvgChart chart = charts.render(ChartFixtures.safetyByGender());
		String alternative = "Trygghet \"i\" <området>: 70 % år 2023 & 'mål'";
		Element svg = SvgDocuments.parse(chart.svgForPdf(alternative));

		assertThat(svg.getAttribute("alt")).isEqualTo(alternative);
		assertThat(svg.getAttribute("id")).isEqualTo(chart.id());
		assertThat(chart.svgForPdf(alternative).replace(" alt='" + SvgMarkup.escape(alternative) + "'", ""))
			.isEqualTo(chart.svg());
	}

	private static int height(SvgChart chart) {
		return Integer.parseInt(SvgDocuments.parse(chart.svg()).getAttribute("height"));
	}

	private static String rgb(Color colour) {
		return "rgb(" + colour.getRed() + "," + colour.getGreen() + "," + colour.getBlue() + ")";
	}

	/** WCAG 2.1's contrast ratio against white. */
	private static double contrastOnWhite(Color colour) {
		double luminance = 0.2126 * linear(colour.getRed()) + 0.7152 * linear(colour.getGreen())
				+ 0.0722 * linear(colour.getBlue());
		return 1.05 / (luminance + 0.05);
	}

	private static double linear(int channel) {
		double c = channel / 255.0;
		return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

}
