package se.trygghet.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;
import se.trygghet.area.AreaLevel;
import se.trygghet.chart.ExportedTables;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.plan.IndicatorId;
import se.trygghet.plan.PlanCatalog;

/**
 * An indicator's values taken to Excel and CSV from its page, by gender: the download holds the page's rows and
 * values for the reader's audience. A committee reporter sees what the public sees, so the small count of women (and
 * the value it could be worked out from) stays empty in their download, while an analyst's holds it.
 */
@PlatformIntegrationTest
class IndicatorTableExportTests {

	static final String SOURCE = "Exporttest";

	static final String INDICATOR = "Antal våldsärenden inom Individ- och familjeförvaltningen";

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

	@AfterEach
	void removeTheYear() {
		jdbc.sql("delete from measurement where source = :source").param("source", SOURCE).update();
		jdbc.sql("update indicator_revision set revision = revision + 1").update();
	}

	@Test
	void downloadsTheValuesTableAsThePageShowsItToEachAudienceWithDisclosureControl() throws Exception {
		IndicatorId indicator = IndicatorFixtures.vasteras(plans, catalog, Audience.INTERNAL, INDICATOR).id();
		AreaId kommun = areas.area("1980", AreaLevel.KOMMUN, "1980").orElseThrow().id();
		List<NewMeasurement> year = new ArrayList<>();
		// 2 women of 40: too few to show, and the total minus men, girls and boys would give them back
		Map.of("", 40, "kon=kvinnor", 2, "kon=man", 20, "kon=flickor", 8, "kon=pojkar", 10)
			.forEach((breakdown, n) -> year.add(new NewMeasurement(indicator, "2034", kommun, breakdown, SOURCE,
					BigDecimal.valueOf(n), MeasurementStatus.NORMAL, null, null, null, "1", null, false)));
		TestUsers.signIn(Role.COORDINATOR);
		try {
			assertThat(measurements.upsert(year).written()).isTrue();
		}
		finally {
			TestUsers.signOut();
		}

		List<List<String>> reporters = compared(indicator, Role.COMMITTEE_REPORTER);
		List<List<String>> analysts = compared(indicator, Role.ANALYST);
		int women = reporters.get(0).indexOf("Kvinnor");
		assertThat(row(reporters, "2034").get(women)).isEmpty();
		assertThat(row(reporters, "2034").get(women + 2)).isEmpty();
		assertThat(row(analysts, "2034").get(women)).isEqualTo("2");
		assertThat(row(analysts, "2034").get(women + 2)).isEqualTo("8");
	}

	@Test
	void downloadsEachFocusAreasIndicatorsAsTheirCardsShowThemToAReaderOfPublicValues() throws Exception {
		String html = mvc.perform(get("/indicators").param("focusArea", "2").with(TestUsers.as(Role.COMMITTEE_REPORTER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Element area = Jsoup.parse(html).selectFirst("article.focus-area");
		java.util.regex.Pattern latest = java.util.regex.Pattern
			.compile("^(\\.\\.|[−-]?[\\d\u00a0 ]+(?:,\\d+)?)(?: .+?)? \\(([^,)]+)(, preliminärt)?\\)$");
		List<List<String>> shown = new ArrayList<>();
		for (Element card : area.select("li.indicator-card")) {
			String name = card.selectFirst("h3 a").text()
					+ (card.selectFirst(".badge.demo") == null ? "" : " (" + card.selectFirst(".badge.demo").text() + ")");
			var values = card.select("dl.facts > dd");
			java.util.regex.Matcher m = latest.matcher(values.get(0).text());
			boolean any = m.matches();
			assertThat(any || values.get(0).text().equals("Inget värde ännu")).as(values.get(0).text()).isTrue();
			shown.add(List.of(area.selectFirst("h2").text(), name, any ? ExportedTables.canonical(m.group(1)) : "",
					any ? m.group(2) : "", any && m.group(3) != null ? "Preliminärt" : "",
					values.get(1).select("span").get(1).text(), values.get(2).text()));
		}
		assertThat(shown).isNotEmpty();
		String csvLink = area.select(".table-exports a.export-csv").attr("href");
		assertThat(csvLink).startsWith("/indicators/table/csv?plan=").endsWith("&focusArea=2");
		for (String link : List.of(csvLink, csvLink.replace("/csv?", "/xlsx?"))) {
			byte[] file = mvc.perform(get(link).with(TestUsers.as(Role.COMMITTEE_REPORTER)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			List<List<String>> rows = link.contains("/csv?") ? ExportedTables.csv(file) : ExportedTables.xlsx(file);
			// the unit (column 3) is written in the card's value text
			assertThat(rows.subList(1, rows.size()).stream().map(r -> withoutColumn(r, 3)).toList()).isEqualTo(shown);
		}
	}

	/**
	 * The page's values table as this role sees it, checked to equal both downloads cell by cell (the footnote column
	 * aside, which holds the page's marks), and returned.
	 */
	private List<List<String>> compared(IndicatorId indicator, Role role) throws Exception {
		String html = mvc.perform(get("/indicators/" + indicator.value()).param("breakdown", "kon")
			.with(TestUsers.as(role))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		var page = Jsoup.parse(html);
		Element table = page.getElementById("indicator-data");
		for (Element mark : table.select("sup")) {
			mark.remove();
		}
		List<List<String>> shown = ExportedTables.page(table).stream().skip(1).toList();
		List<String> headers = ExportedTables.page(table).get(0);
		String base = "/indicators/" + indicator.value() + "/table/";
		assertThat(page.select("#breakdown .table-exports a.export-csv").attr("href"))
			.isEqualTo(base + "csv?breakdown=kon");
		for (String format : List.of("xlsx", "csv")) {
			byte[] file = mvc.perform(get(base + format).param("breakdown", "kon").with(TestUsers.as(role)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			List<List<String>> rows = format.equals("csv") ? ExportedTables.csv(file) : ExportedTables.xlsx(file);
			int marks = rows.get(0).size() - 2;
			assertThat(withoutColumn(rows.get(0), marks)).isEqualTo(headers);
			assertThat(rows.subList(1, rows.size()).stream().map(r -> withoutColumn(r, marks)).toList())
				.isEqualTo(shown);
			if (format.equals("xlsx")) {
				assertThat(ExportedTables.decimals(file, 1, 1)).isZero();
			}
			else {
				String text = new String(file, StandardCharsets.UTF_8);
				assertThat(text).contains(role == Role.COMMITTEE_REPORTER ? "röjandekontroll" : "före röjandekontroll");
			}
		}
		List<List<String>> all = new ArrayList<>();
		all.add(headers);
		all.addAll(shown);
		return all;
	}

	private static List<String> row(List<List<String>> rows, String period) {
		return rows.stream().filter(r -> r.get(0).equals(period)).findFirst().orElseThrow();
	}

	private static List<String> withoutColumn(List<String> row, int column) {
		List<String> rest = new ArrayList<>(row);
		rest.remove(column);
		return rest;
	}

}
