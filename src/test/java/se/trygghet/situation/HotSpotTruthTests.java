package se.trygghet.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.TestTimes;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaLevel;
import se.trygghet.area.Sweref99Point;
import se.trygghet.area.Wgs84Point;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.incident.IncidentFileImport;
import se.trygghet.incident.IncidentReporting;
import se.trygghet.incident.NewIncident;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hot spots say the same in every channel and count every incident: a point given in SWEREF 99 TM is kept as
 * given and counted in the cell docs/HOTSPOTS.md names, a cell on the municipality's edge is part of the analysis,
 * and the number of significant cells is the true one wherever it is shown, in Swedish number format.
 */
@PlatformIntegrationTest
class HotSpotTruthTests {

	static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	/** A year no other test writes: twenty far-apart clusters of 40 incidents, 180 significant cells at 250 or 500 m. */
	static final int CLUSTER_YEAR = 2012;

	static final int CLUSTERS = 20;

	static final int PER_CLUSTER = 40;

	@Autowired
	MockMvc mvc;

	@Autowired
	IncidentFileImport fileImport;

	@Autowired
	IncidentReporting reporting;

	@Autowired
	AreaCatalog areas;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Kartlaggning kartlaggning;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	JsonNode hotSpots(String query) throws Exception {
		String body = mvc.perform(get("/api/v1/hotspots?" + query).with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonMapper.builder().build().readTree(body);
	}

	/** The count the API gives a cell, 0 when the cell is not among its features. */
	static int countIn(JsonNode geoJson, String cell) {
		for (JsonNode feature : geoJson.get("features")) {
			if (feature.get("id").asString().equals(cell)) {
				return feature.get("properties").get("count").asInt();
			}
		}
		return 0;
	}

	static String recentDays(String categories) {
		return "from=" + TestTimes.yesterday() + "&to=" + TestTimes.today().plusDays(1) + "&categories=" + categories;
	}

	@Test
	void keepsAFilesSwerefCoordinatesExactlyAndCountsAPointOnACellLineInTheCellNorthEastOfIt() throws Exception {
		// E 590250 and N 6610000 are both lines of the 250 m grid; through WGS84 and back N became 6609999.999999999
		String query = recentDays("ordningsstorning");
		JsonNode before = hotSpots(query);
		String id = "cell-line-" + UUID.randomUUID();
		String csv = "id;kategori;tid;e;n;organisation;allvarlighet\n" + id + ";ordningsstorning;" + TestTimes.yesterday()
				+ " 22:10;590250;6610000;Bevakningsbolag;2\n";
		TestUsers.signIn(Role.ANALYST);
		IncidentFileImport.Outcome outcome = fileImport.importFile(csv.getBytes(StandardCharsets.UTF_8));
		assertThat(outcome.problems()).isEmpty();
		assertThat(outcome.added()).isEqualTo(1);
		double[] stored = jdbc.sql("select east, north from incident where source = 'FILE' and external_id = :id")
			.param("id", id)
			.query((rs, n) -> new double[] { rs.getDouble(1), rs.getDouble(2) })
			.single();
		assertThat(stored).containsExactly(590_250.0, 6_610_000.0);

		// cell = (⌊E / 250⌋, ⌊N / 250⌋) = (2361, 26440): the square whose south-west corner the point is
		JsonNode after = hotSpots(query);
		assertThat(countIn(after, "2361-26440")).isEqualTo(countIn(before, "2361-26440") + 1);
		assertThat(countIn(after, "2361-26439")).isEqualTo(countIn(before, "2361-26439"));
		assertThat(countIn(after, "2360-26440")).isEqualTo(countIn(before, "2360-26440"));
	}

	@Test
	void countsAnIncidentInACellWhoseCentreLiesOutsideTheMunicipality() throws Exception {
		AreaCatalog.AreaRef kommun = areas.atLevel(reporting.municipality(), AreaLevel.KOMMUN).get(0);
		Geometry boundary = areas.boundary(kommun.id()).orElseThrow();
		Sweref99Point inside = insideAnEdgeCellWhoseCentreIsOutside(boundary, 250);
		String cell = (long) Math.floor(inside.east() / 250) + "-" + (long) Math.floor(inside.north() / 250);
		String query = recentDays("fordonsbrand");
		JsonNode before = hotSpots(query);
		TestUsers.signIn(Role.ANALYST);
		Wgs84Point place = inside.toWgs84();
		reporting.report(new NewIncident("fordonsbrand", TestTimes.yesterday().atTime(3, 0).atZone(SWEDEN).toInstant(),
				place.latitude(), place.longitude(), "Räddningstjänsten", null, 3, null));
		JsonNode after = hotSpots(query);
		assertThat(countIn(after, cell)).as("cell %s on the municipality's edge", cell)
			.isEqualTo(countIn(before, cell) + 1);
	}

	/**
	 * A point well inside the municipality in a cell whose centre lies outside it: walks the boundary and takes the
	 * first such cell that overlaps the municipality by at least a fifth.
	 */
	static Sweref99Point insideAnEdgeCellWhoseCentreIsOutside(Geometry boundary, int size) {
		GeometryFactory factory = boundary.getFactory();
		Coordinate[] ring = boundary.getCoordinates();
		for (int i = 1; i < ring.length; i++) {
			double length = ring[i - 1].distance(ring[i]);
			for (double at = 0; at < length; at += size / 5.0) {
				double e = ring[i - 1].x + (ring[i].x - ring[i - 1].x) * at / length;
				double n = ring[i - 1].y + (ring[i].y - ring[i - 1].y) * at / length;
				long c = (long) Math.floor(e / size);
				long r = (long) Math.floor(n / size);
				Geometry square = factory.toGeometry(new Envelope(c * size, (c + 1) * size, r * size, (r + 1) * size));
				if (boundary.covers(factory.createPoint(new Coordinate((c + 0.5) * size, (r + 0.5) * size)))) {
					continue;
				}
				Geometry overlap = square.intersection(boundary);
				if (overlap.getArea() < 0.2 * size * size) {
					continue;
				}
				Coordinate p = overlap.getInteriorPoint().getCoordinate();
				if (boundary.contains(factory.createPoint(p)) && Math.floor(p.x / size) == c && Math.floor(p.y / size) == r) {
					return new Sweref99Point(p.x, p.y);
				}
			}
		}
		throw new IllegalStateException("No edge cell with its centre outside the municipality");
	}

	/** Twenty clusters, 2 km apart in the middle of Västerås, each 40 incidents at one place, in {@link #CLUSTER_YEAR}. */
	void clusters() {
		if (jdbc.sql("select exists (select 1 from incident where external_id like 'truth-cluster-%')")
			.query(Boolean.class)
			.single()) {
			return;
		}
		for (int k = 0; k < CLUSTERS; k++) {
			Sweref99Point point = new Sweref99Point(582_100 + 2_000 * (k % 5), 6_608_100 + 2_000 * (k / 5));
			Wgs84Point place = point.toWgs84();
			for (int i = 0; i < PER_CLUSTER; i++) {
				jdbc.sql("""
						insert into incident (id, municipality, category, occurred_at, latitude, longitude, east, north,
						                      organisation, severity, source, external_id, reported_by, reported_at)
						values (:id, '1980', 'klotter', :at, :lat, :lon, :e, :n, 'Test', 1, 'FILE', :ext, 'test', now())
						""")
					.param("id", UUID.randomUUID())
					.param("at", Timestamp.from(LocalDate.of(CLUSTER_YEAR, 6, 1 + i % 28).atTime(12, 0).atZone(SWEDEN)
						.toInstant()))
					.param("lat", place.latitude())
					.param("lon", place.longitude())
					.param("e", point.east())
					.param("n", point.north())
					.param("ext", "truth-cluster-" + k + "-" + i)
					.update();
			}
		}
	}

	static final String CLUSTER_QUERY = "from=" + CLUSTER_YEAR + "-01-01&to=" + (CLUSTER_YEAR + 1) + "-01-01";

	static int significantFeatures(JsonNode geoJson) {
		int significant = 0;
		for (JsonNode feature : geoJson.get("features")) {
			significant += feature.get("properties").get("bin").asInt() != 0 ? 1 : 0;
		}
		return significant;
	}

	@Test
	void statesTheTrueNumberOfSignificantCellsOnThePageAndInTheApiBeyondTheTablesRowLimit() throws Exception {
		clusters();
		JsonNode api = hotSpots(CLUSTER_QUERY + "&cellSize=250");
		int significant = significantFeatures(api);
		assertThat(significant).as("nine significant cells around each cluster").isEqualTo(9 * CLUSTERS);
		assertThat(api.get("significantCells").asInt()).isEqualTo(significant);
		assertThat(api.get("hotSpots").asInt()).isEqualTo(significant);
		assertThat(api.get("outsideStudyArea").asInt()).isZero();

		String page = mvc.perform(get("/situation/hotspots?" + CLUSTER_QUERY + "&cellSize=250")
			.with(TestUsers.as(Role.ANALYST))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Matcher onPage = Pattern.compile("data-significant=\"(\\d+)\"").matcher(page);
		assertThat(onPage.find()).as("the page states the number of significant cells").isTrue();
		assertThat(Integer.parseInt(onPage.group(1))).as("the same number as the API").isEqualTo(significant);
		assertThat(page).contains("varav " + significant + " signifikanta");
		String table = page.substring(page.indexOf("id=\"hotspot-table\""), page.indexOf("</table>", page.indexOf("id=\"hotspot-table\"")));
		assertThat(Pattern.compile("<tr>\\s*<th scope=\"row\"").matcher(table).results().count())
			.as("the table's row limit").isEqualTo(100);
		assertThat(page).contains("100 av " + significant);
	}

	@Test
	void writesTheHotSpotTableInSwedishNumbersWithTheAreaEachCellLiesIn() throws Exception {
		clusters();
		String page = mvc.perform(get("/situation/hotspots?" + CLUSTER_QUERY + "&cellSize=250")
			.with(TestUsers.as(Role.ANALYST))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String table = page.substring(page.indexOf("id=\"hotspot-table\""), page.indexOf("</table>", page.indexOf("id=\"hotspot-table\"")));
		assertThat(table).contains("&lt; 0,001").containsPattern("<td[^>]*>\\d+,\\d\\d</td>")
			.doesNotContainPattern("\\d\\.\\d").doesNotContain("E-");
		// every row names the area the cell lies in beside its code
		assertThat(Pattern.compile("<td class=\"cell-area\">\\s*</td>").matcher(table).find()).isFalse();
		assertThat(table).contains("class=\"cell-area\"");
	}

	@Test
	void statesTheTrueNumberOfSignificantCellsInTheJointLagesbildPageAndDocuments() throws Exception {
		clusters();
		JsonNode api = hotSpots(CLUSTER_QUERY + "&cellSize=" + Kartlaggning.CELL_SIZE);
		int significant = significantFeatures(api);
		assertThat(significant).isEqualTo(9 * CLUSTERS).isGreaterThan(Kartlaggning.MAX_CELLS_LISTED);
		String sentence = significant + " signifikanta celler";
		// the map of the documents (SVG in the PDF, the same as PNG in Word) draws every one of them
		String svg = kartlaggning.forYear(CLUSTER_YEAR, java.util.Locale.forLanguageTag("sv")).mapSvg();
		String drawn = svg.substring(svg.indexOf("-cells\">"), svg.indexOf("</g>", svg.indexOf("-cells\">")));
		assertThat(Pattern.compile("<rect ").matcher(drawn).results().count()).isEqualTo(significant);

		String page = mvc.perform(get("/situation/joint/" + CLUSTER_YEAR).with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(sentence).contains("&lt; 0,001");

		byte[] pdf = mvc.perform(get("/situation/joint/" + CLUSTER_YEAR + "/pdf").with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		String pdfText;
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			pdfText = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
		}
		assertThat(pdfText).contains(sentence).contains("< 0,001").doesNotContain("docs/HOTSPOTS.md");

		byte[] docx = mvc.perform(get("/situation/joint/" + CLUSTER_YEAR + "/docx").with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			String word = extractor.getText();
			assertThat(word).contains(sentence).contains("< 0,001").doesNotContain("docs/HOTSPOTS.md");
			List<String> pValues = new ArrayList<>();
			Pattern.compile("\\t(0\\.\\d+)\\t").matcher(word).results().forEach(m -> pValues.add(m.group(1)));
			assertThat(pValues).as("no decimal points in the Swedish document").isEmpty();
		}
	}

	@Test
	void answersASelectionThePageCannotUseWithAMessageAndNoFigures() throws Exception {
		for (String query : List.of("from=2026-03-01&to=2026-02-01", "cellSize=abc", "cellSize=300", "from=2026-13-01",
				"categories=inget-sadant", "weekdays=9")) {
			String page = mvc.perform(get("/situation/hotspots?" + query).with(TestUsers.as(Role.ANALYST)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).as(query).contains("id=\"hotspot-problem\"").doesNotContain("data-significant");
		}
		String reversed = mvc.perform(get("/situation/hotspots?from=2026-03-01&to=2026-02-01")
			.with(TestUsers.as(Role.ANALYST))).andReturn().getResponse().getContentAsString();
		assertThat(reversed).contains("Från-datumet måste ligga före till-datumet");
	}

}
