package se.trygghet.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo profile's invented unit costs and price index: there, so that the demo shows estimates, and marked as demo
 * on the costs page, in its API and in the joint lägesbild's Word file; added once, however often the demo starts.
 * Klotter is the demo's own: no other test enters a unit cost for it.
 */
@PlatformIntegrationTest
class CostDemoTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationContext context;

	@Test
	void showsTheInventedUnitCostsMarkedAsDemoOnThePageAndInTheApi() throws Exception {
		int lastYear = LocalDate.now(clock).getYear() - 1;
		String page = HtmlUtils.htmlUnescape(mvc.perform(get("/costs").with(TestUsers.as(Role.VIEWER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		String row = row(page, "<tr data-category=\"klotter\" data-kind=\"RESPONSE\">");
		assertThat(row).contains("Demo: påhittat värde, inte en publicerad källa")
			.contains("<span class=\"badge demo\">Demodata</span>")
			.doesNotContain("saknas");
		assertThat(page).contains("<p class=\"alert alert-info cost-demo\">Uppskattningen bygger på påhittade demovärden");
		// the index too is invented, and says so beside its source
		assertThat(page).contains("Demo: påhittat index");

		JsonNode api = JsonMapper.builder()
			.build()
			.readTree(mvc.perform(get("/api/v1/costs/" + lastYear).with(TestUsers.as(Role.VIEWER)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
		assertThat(api.path("demo").asBoolean()).isTrue();
		JsonNode klotter = null;
		for (JsonNode c : api.path("categories")) {
			if (c.path("code").asString().equals("klotter")) {
				klotter = c;
			}
		}
		assertThat(klotter).isNotNull();
		for (CostKind kind : CostKind.values()) {
			assertThat(klotter.path("byKind").path(kind.name()).path("low").isNull()).as("klotter %s", kind).isFalse();
		}
	}

	@Test
	void saysInTheJointLagesbildsWordFileThatTheEstimateRestsOnDemoValues() throws Exception {
		int lastYear = LocalDate.now(clock).getYear() - 1;
		byte[] docx = mvc.perform(get("/situation/joint/" + lastYear + "/docx").with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var doc = new XWPFDocument(new java.io.ByteArrayInputStream(docx));
				var text = new XWPFWordExtractor(doc)) {
			assertThat(text.getText()).contains("Uppskattningen bygger på påhittade demovärden (demodata).");
		}
	}

	@Test
	void addsNothingAgainWhenTheDemoStartsAnotherTime() throws Exception {
		List<ApplicationRunner> demoCosts = context.getBeansOfType(ApplicationRunner.class)
			.values()
			.stream()
			.filter(r -> r.getClass().getSimpleName().equals("DemoCosts"))
			.toList();
		assertThat(demoCosts).hasSize(1);
		long history = count("select count(*) from unit_cost_history");
		long demoIndex = count("select count(*) from price_index where demo");
		assertThat(count("select count(*) from unit_cost where demo and category = 'klotter'")).isEqualTo(3);
		demoCosts.get(0).run(new DefaultApplicationArguments());
		assertThat(count("select count(*) from unit_cost_history")).isEqualTo(history);
		assertThat(count("select count(*) from price_index where demo")).isEqualTo(demoIndex);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private static String row(String page, String start) {
		int from = page.indexOf(start);
		assertThat(from).as(start).isNotNegative();
		return page.substring(from, page.indexOf("</tr>", from));
	}

}
