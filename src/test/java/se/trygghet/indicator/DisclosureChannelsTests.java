package se.trygghet.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;
import se.trygghet.area.AreaLevel;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.plan.IndicatorId;
import se.trygghet.plan.PlanCatalog;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One year of a count by gender for the municipality and by area for a kommundel that three stadsdelar divide, each
 * with one value too small to show. The public must not see the small values, nor the values they could be worked out
 * from, and every channel must withhold the same ones: the indicator page as the public sees it, the public site, the
 * API's JSON, the CSV and the XLSX export.
 */
@PlatformIntegrationTest
class DisclosureChannelsTests {

	static final String SOURCE = "Röjandeskyddstest";

	static final String MUNICIPALITY = "9990";

	static final String INDICATOR = "Antal våldsärenden inom Individ- och familjeförvaltningen";

	/** What the public may not see of 2030, as "area code breakdown". */
	static final Set<String> WITHHELD = Set.of("1980 kon=kvinnor", "1980 kon=flickor", "rk-1 total", "rk-3 total");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Measurements measurements;

	@Autowired
	AreaCatalog areas;

	@Autowired
	PlanCatalog plans;

	@Autowired
	IndicatorCatalog catalog;

	@Autowired
	JsonMapper json;

	@AfterEach
	void removeTheYearAndTheAreas() {
		jdbc.sql("delete from measurement where source = :source").param("source", SOURCE).update();
		jdbc.sql("delete from area where municipality = :m and parent_id is not null").param("m", MUNICIPALITY).update();
		jdbc.sql("delete from area where municipality = :m").param("m", MUNICIPALITY).update();
		jdbc.sql("update area_revision set revision = revision + 1").update();
		jdbc.sql("update indicator_revision set revision = revision + 1").update();
	}

	@Test
	void withholdsTheSameValuesOnThePagesInTheApiAndInBothExports() throws Exception {
		importAreas();
		IndicatorId indicator = IndicatorFixtures.vasteras(plans, catalog, Audience.INTERNAL, INDICATOR).id();
		AreaId kommun = areas.area("1980", AreaLevel.KOMMUN, "1980").orElseThrow().id();
		AreaId kommundel = area(AreaLevel.KOMMUNDEL, "rk");
		List<NewMeasurement> year = new ArrayList<>();
		// 2 women of 40: the total minus men, girls and boys would give them back
		Map.of("", 40, "kon=kvinnor", 2, "kon=man", 20, "kon=flickor", 8, "kon=pojkar", 10)
			.forEach((breakdown, n) -> year.add(value(indicator, kommun, breakdown, n)));
		// 2 of 18 live in the first stadsdel: the kommundel minus the other two would give them back
		year.add(value(indicator, kommundel, "", 18));
		Map.of("rk-1", 2, "rk-2", 9, "rk-3", 7)
			.forEach((code, n) -> year.add(value(indicator, area(AreaLevel.STADSDEL, code), "", n)));
		TestUsers.signIn(Role.COORDINATOR);
		try {
			assertThat(measurements.upsert(year).written()).isTrue();
		}
		finally {
			TestUsers.signOut();
		}
		String api = "/api/v1/indicators/" + indicator.value() + "/measurements?period=2030";

		JsonNode list = json.readTree(mvc.perform(get(api)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray());
		Set<String> inJson = new TreeSet<>();
		Map<String, String> reasons = new LinkedHashMap<>();
		for (JsonNode m : list.get("measurements")) {
			if ("SUPPRESSED".equals(m.get("status").asString())) {
				String key = m.get("areaCode").asString() + " " + m.get("breakdown").asString();
				inJson.add(key);
				reasons.put(key, m.get("reason").asString());
			}
		}
		assertThat(inJson).isEqualTo(new TreeSet<>(WITHHELD));
		assertThat(reasons.get("1980 kon=flickor"))
			.isEqualTo("Värdet är dolt för att ett annat dolt värde inte ska kunna räknas fram ur de värden som visas.");
		assertThat(reasons.get("rk-1 total")).contains("färre än 3");

		String csv = new String(mvc.perform(get(api + "&format=csv")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		Set<String> inCsv = new TreeSet<>();
		for (String line : csv.split("\r\n")) {
			String[] cells = line.split(";");
			if (cells[5].equals("\"..\"")) {
				inCsv.add(unquote(cells[3]) + " " + unquote(cells[4]));
			}
		}
		assertThat(inCsv).isEqualTo(inJson);

		Set<String> inXlsx = new TreeSet<>();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(mvc.perform(get(api + "&format=xlsx"))
			.andReturn().getResponse().getContentAsByteArray()))) {
			for (Row row : book.getSheetAt(0)) {
				if (row.getRowNum() > 0 && row.getCell(5).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
						&& row.getCell(5).getStringCellValue().equals("..")) {
					inXlsx.add(row.getCell(3).getStringCellValue() + " " + row.getCell(4).getStringCellValue());
				}
			}
		}
		assertThat(inXlsx).isEqualTo(inJson);

		// the indicator page as a committee reporter sees it: what the public sees
		Map<String, String> codes = Map.of("Totalt", "1980 total", "Kvinnor", "1980 kon=kvinnor", "Män", "1980 kon=man",
				"Flickor", "1980 kon=flickor", "Pojkar", "1980 kon=pojkar", "Västerås", "1980 total", "Röjby",
				"rk total", "Röjby väst", "rk-1 total", "Röjby mitt", "rk-2 total", "Röjby öst", "rk-3 total");
		Set<String> onPage = new TreeSet<>();
		for (String breakdown : List.of("kon", "area")) {
			String page = mvc.perform(get("/indicators/" + indicator.value() + "?breakdown=" + breakdown)
				.with(TestUsers.as(Role.COMMITTEE_REPORTER))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			withheld(page, "indicator-data", "2030").forEach(header -> onPage.add(codes.get(header)));
			assertThat(page).contains("Värdet är dolt för att ett annat dolt värde inte ska kunna räknas fram");
		}
		assertThat(onPage).isEqualTo(inJson);

		// the public site shows the areas of the latest year
		String site = mvc.perform(get("/oppen/indikatorer/" + indicator.value())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Set<String> onSite = new TreeSet<>();
		withheld(site, "by-area", null).forEach(name -> onSite.add(codes.get(name)));
		assertThat(onSite).containsExactly("rk-1 total", "rk-3 total");
		assertThat(site).contains("Värdet är dolt för att ett annat dolt värde inte ska kunna räknas fram");
	}

	private void importAreas() throws Exception {
		String file = "{\"type\": \"FeatureCollection\", \"features\": [" + feature("rk", "Röjby", "KOMMUNDEL", null, 0, 3)
				+ "," + feature("rk-1", "Röjby väst", "STADSDEL", "rk", 0, 1) + ","
				+ feature("rk-2", "Röjby mitt", "STADSDEL", "rk", 1, 1) + ","
				+ feature("rk-3", "Röjby öst", "STADSDEL", "rk", 2, 1) + "]}";
		mvc.perform(multipart("/areas/import")
			.file(new MockMultipartFile("file", "rojby.geojson", "application/geo+json",
					file.getBytes(StandardCharsets.UTF_8)))
			.param("municipality", MUNICIPALITY)
			.param("crs", "WGS84")
			.with(csrf())
			.with(TestUsers.as(Role.COORDINATOR))).andExpect(status().is3xxRedirection());
	}

	/** A strip of {@code width} hundredths of a degree, {@code from} hundredths east of the kommundel's west edge. */
	private static String feature(String code, String name, String level, @Nullable String parent, int from,
			int width) {
		double west = 16.40 + from * 0.01;
		double east = west + width * 0.01;
		double south = 59.50;
		double north = 59.52;
		return "{\"type\": \"Feature\", \"properties\": {\"code\": \"" + code + "\", \"name\": \"" + name
				+ "\", \"level\": \"" + level + "\"" + (parent == null ? "" : ", \"parent\": \"" + parent + "\"")
				+ "}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[" + west + ", " + south + "], [" + east
				+ ", " + south + "], [" + east + ", " + north + "], [" + west + ", " + north + "], [" + west + ", "
				+ south + "]]]}}";
	}

	private AreaId area(AreaLevel level, String code) {
		return areas.area(MUNICIPALITY, level, code).orElseThrow().id();
	}

	private static NewMeasurement value(IndicatorId indicator, AreaId area, String breakdown, int n) {
		return new NewMeasurement(indicator, "2030", area, breakdown, SOURCE, BigDecimal.valueOf(n),
				MeasurementStatus.NORMAL, null, null, null, "1", null, false);
	}

	private static String unquote(String cell) {
		return cell.replaceAll("^\"|\"$", "");
	}

	/**
	 * The headers of the cells shown as ".." with a note in a table: in the given row of a table whose columns are
	 * series, or (row null) the row headers of a two-column table.
	 */
	static List<String> withheld(String html, String id, @Nullable String row) {
		Matcher table = Pattern.compile("<table[^>]*id=\"" + id + "\".*?</table>", Pattern.DOTALL).matcher(html);
		assertThat(table.find()).as("table " + id).isTrue();
		List<String> headers = new ArrayList<>();
		Matcher header = Pattern.compile("<th scope=\"col\"[^>]*>(.*?)</th>").matcher(table.group());
		while (header.find()) {
			headers.add(header.group(1));
		}
		List<String> withheld = new ArrayList<>();
		Matcher rows = Pattern.compile("<tr>\\s*<th scope=\"row\"[^>]*>(.*?)</th>(.*?)</tr>", Pattern.DOTALL)
			.matcher(table.group());
		while (rows.find()) {
			if (row != null && !rows.group(1).equals(row)) {
				continue;
			}
			Matcher cell = Pattern.compile("<td[^>]*><span>(.*?)</span>(<sup>[0-9]+\\)</sup>)?").matcher(rows.group(2));
			for (int column = 1; cell.find(); column++) {
				if (cell.group(1).equals("..") && cell.group(2) != null) {
					withheld.add(row == null ? rows.group(1) : headers.get(column));
				}
			}
		}
		return withheld;
	}

}
