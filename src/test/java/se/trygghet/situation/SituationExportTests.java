package se.trygghet.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.TestTimes;
import se.trygghet.chart.ExportedTables;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;

/**
 * The situation picture's table taken to Excel and CSV from its page: every cell of the page's table (area ×
 * category, the totals) is a row of the download with the same count, flag, earlier mean and count a year before.
 */
@PlatformIntegrationTest
class SituationExportTests {

	@Autowired
	MockMvc mvc;

	@Test
	void downloadsTheSituationPicturesTableWithExactlyTheFiguresItsPageShows() throws Exception {
		// last week: the demo's rise of incidents, so some cells are flagged
		String period = SituationPeriod.weekOf(TestTimes.today()).previous().key();
		String html = mvc.perform(get("/situation").param("period", period).with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		var page = Jsoup.parse(html);
		assertThat(page.select(".table-exports a.export-xlsx").attr("href"))
			.isEqualTo("/situation/" + period + "/table/xlsx");
		Element table = page.getElementById("situation-matrix");
		List<String> categories = table.select("thead th").stream().skip(1).map(Element::text).toList();
		Pattern detail = Pattern.compile("före (\\S+) · året före (\\S+)");
		List<List<String>> shown = new ArrayList<>();
		for (Element tr : table.select("tbody tr, tfoot tr")) {
			Element th = tr.selectFirst("th");
			String area = th.selectFirst("span") == null ? th.text() : th.selectFirst("span").text();
			if (th.selectFirst(".badge") != null) {
				area += " (" + th.selectFirst(".badge").text() + ")";
			}
			List<Element> cells = tr.select("td");
			for (int c = 0; c < cells.size(); c++) {
				Element td = cells.get(c);
				Matcher m = detail.matcher(td.selectFirst("small").text());
				assertThat(m.matches()).isTrue();
				shown.add(canonical(area, categories.get(c), td.selectFirst("strong").text(),
						td.selectFirst(".flag") == null ? "" : td.selectFirst(".flag").text(), m.group(1), m.group(2)));
			}
		}
		assertThat(shown).hasSizeGreaterThan(categories.size());
		assertThat(shown).anySatisfy(row -> assertThat(row.get(3)).isEqualTo("▲ ökning"));

		String base = "/situation/" + period + "/table/";
		byte[] xlsx = mvc.perform(get(base + "xlsx").with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"lagesbild-"
					+ period.toLowerCase(Locale.ROOT) + ".xlsx\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] csv = mvc.perform(get(base + "csv").with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<String> headers = List.of("Område", "Kategori", "Antal", "Ökning", "Medel perioderna före",
				"Samma period året före");
		for (List<List<String>> file : List.of(ExportedTables.xlsx(xlsx), ExportedTables.csv(csv))) {
			assertThat(file.get(0)).isEqualTo(headers);
			assertThat(file.subList(1, file.size())).isEqualTo(shown);
		}
		// as many decimals as the page writes: the mean with one, the counts with none
		assertThat(ExportedTables.decimals(xlsx, 1, 4)).isEqualTo(1);
		assertThat(ExportedTables.decimals(xlsx, 1, 2)).isZero();
	}

	@Test
	void downloadsTheHotSpotTableOfTheSameSelectionWithExactlyItsRowsAndFigures() throws Exception {
		String html = mvc.perform(get("/situation/hotspots").with(TestUsers.as(Role.COORDINATOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		var page = Jsoup.parse(html);
		List<List<String>> shown = ExportedTables.page(page.getElementById("hotspot-table"));
		assertThat(shown).hasSizeGreaterThan(1);
		String csvLink = page.select(".table-exports a.export-csv").attr("href");
		String xlsxLink = page.select(".table-exports a.export-xlsx").attr("href");
		assertThat(csvLink).startsWith("/situation/hotspots/table/csv?from=").contains("&cellSize=250");
		byte[] xlsx = mvc.perform(get(xlsxLink).with(TestUsers.as(Role.COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.matchesPattern(
					"attachment; filename=\"hotspots-\\d{4}-\\d{2}-\\d{2}-\\d{4}-\\d{2}-\\d{2}-250m.xlsx\"")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] csv = mvc.perform(get(csvLink).with(TestUsers.as(Role.COORDINATOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(ExportedTables.xlsx(xlsx)).isEqualTo(shown);
		assertThat(ExportedTables.csv(csv)).isEqualTo(shown);
		assertThat(ExportedTables.decimals(xlsx, 1, 3)).isEqualTo(2);
	}

	@Test
	void roundsTheEarlierMeanHalfUpOnThePageAsInTheDownload() {
		// a mean of four weeks with a tie: half up, as every figure of the platform, not half even
		assertThat(new SituationPictures.Cell(3, 0.25, 0, false).earlierMeanText(Locale.forLanguageTag("sv")))
			.isEqualTo("0,3");
	}

	private static List<String> canonical(String... cells) {
		return java.util.Arrays.stream(cells).map(ExportedTables::canonical).toList();
	}

}
