package se.trygghet.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.area.AreaCatalog;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The costs page and its API: amounts brought to the price year by the index the coordinators keep, a missing unit
 * cost shown as missing (never 0) and named under the totals, the same figures on the page and in the API, and bad
 * input refused on its field or as problem+json. Each test works on a year and categories of its own.
 */
@PlatformIntegrationTest
class CostPagesTests {

	private static final Locale SV = Locale.forLanguageTag("sv");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AreaCatalog areas;

	@Autowired
	Clock clock;

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void bringsAUnitCostFromItsPriceYearToThePriceYearShownByTheIndex() throws Exception {
		int thisYear = LocalDate.now(clock).getYear();
		index(thisYear, "400");
		index(2011, "200");
		saveUnit("brand", CostKind.CONSEQUENCE, "1 000", "2 000", 2011, "Kommunens egen skattning").andExpect(
				status().is3xxRedirection());
		incidents("brand", 3, 2004);
		String page = page(2004);
		// 1 000–2 000 kr in 2011 prices is 2 000–4 000 kr in this year's (index 400 / 200), and 3 incidents cost thrice
		assertThat(cell(page, "brand", "CONSEQUENCE")).isEqualTo("6 000–12 000 kr");
		assertThat(page).contains("2\u00a0000–4\u00a0000 kr").contains("Belopp i " + thisYear + " års priser");
	}

	@Test
	void saysThatTheIndexLacksAYearRatherThanGuessIt() throws Exception {
		int thisYear = LocalDate.now(clock).getYear();
		index(thisYear, "400");
		saveUnit("fordonsbrand", CostKind.RESPONSE, "500", "900", 1995, "Äldre skattning").andExpect(
				status().is3xxRedirection());
		incidents("fordonsbrand", 2, 2004);
		String page = page(2004);
		assertThat(cell(page, "fordonsbrand", "RESPONSE")).isEqualTo("saknas");
		assertThat(HtmlUtils.htmlUnescape(page)).contains("Fordonsbrand – samhällets reaktion (prisindex för 1995 saknas)")
			.contains("Prisindex för 1995 saknas");
	}

	@Test
	void showsAMissingUnitCostAsMissingAndNamesItUnderTheTotalsNeverAsZero() throws Exception {
		incidents("hot-vald", 4, 2004);
		String page = page(2004);
		assertThat(cell(page, "hot-vald", "CONSEQUENCE")).isEqualTo("saknas");
		assertThat(cell(page, "hot-vald", "RESPONSE")).isEqualTo("saknas");
		assertThat(HtmlUtils.htmlUnescape(page)).contains("Enhetskostnad saknas för:")
			.contains("Hot/våld – brottets följder");
		JsonNode api = api(2004);
		JsonNode hot = category(api, "hot-vald");
		assertThat(hot.path("count").asLong()).isEqualTo(4);
		assertThat(hot.path("total").path("low").isNull()).isTrue();
		assertThat(hot.path("total").path("high").isNull()).isTrue();
		assertThat(api.path("total").path("complete").asBoolean()).isFalse();
		assertThat(api.path("total").path("missing").toString()).contains("hot-vald/CONSEQUENCE");
	}

	@Test
	void showsTheSameFiguresOnThePageAsInTheApi() throws Exception {
		index(LocalDate.now(clock).getYear(), "400");
		saveUnit("nedskrapning", CostKind.ANTICIPATION, "100", "300", LocalDate.now(clock).getYear(), "Egen skattning")
			.andExpect(status().is3xxRedirection());
		incidents("nedskrapning", 10, 2004);
		String page = page(2004);
		JsonNode api = api(2004);
		for (JsonNode category : api.path("categories")) {
			String code = category.path("code").asString();
			for (CostKind kind : CostKind.values()) {
				assertThat(cell(page, code, kind.name())).as("%s %s", code, kind)
					.isEqualTo(text(category.path("byKind").path(kind.name())));
			}
		}
		// 10 × 100–300 kr
		assertThat(cell(page, "nedskrapning", "ANTICIPATION")).isEqualTo("1 000–3 000 kr");
		assertThat(grandTotal(page)).isEqualTo(text(api.path("total")));
	}

	@Test
	void showsTheYearsCostOnTheJointLagesbildPageAndInItsWordFileAsOnTheCostsPage() throws Exception {
		index(LocalDate.now(clock).getYear(), "400");
		saveUnit("skadegorelse", CostKind.CONSEQUENCE, "4 000", "9 000", LocalDate.now(clock).getYear(),
				"Egen skattning").andExpect(status().is3xxRedirection());
		incidents("skadegorelse", 3, 2005);
		String total = grandTotal(page(2005));
		String joint = mvc.perform(get("/situation/joint/2005").with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(grandTotal(joint)).isEqualTo(total);
		byte[] docx = mvc.perform(get("/situation/joint/2005/docx").with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
				var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
			assertThat(text.getText().replace('\u00a0', ' ')).contains("Totalt: " + total)
				.contains("i princip omöjligt");
		}
	}

	@Test
	void refusesAHighAmountBelowTheLowOnItsFieldAndStoresNothing() throws Exception {
		String page = saveUnit("ovrigt", CostKind.CONSEQUENCE, "5 000", "1 000", 2020, "Egen skattning")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(HtmlUtils.htmlUnescape(page)).contains("Det höga beloppet kan inte vara lägre än det låga.")
			.contains("id=\"high-error\"");
		assertThat(jdbc.sql("select count(*) from unit_cost where category = 'ovrigt'").query(Long.class).single())
			.isZero();
	}

	@Test
	void keepsEveryVersionOfAUnitCostAndAuditsEachSave() throws Exception {
		saveUnit("otrygg-plats", CostKind.RESPONSE, "100", "200", 2020, "Första skattningen")
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/costs/units/otrygg-plats/RESPONSE").with(TestUsers.as(Role.COORDINATOR)).with(csrf())
			.param("low", "150").param("high", "250").param("priceYear", "2021").param("source", "Andra skattningen")
			.param("version", "0")).andExpect(status().is3xxRedirection());
		String page = mvc.perform(get("/costs/units/otrygg-plats/RESPONSE").with(TestUsers.as(Role.COORDINATOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Första skattningen").contains("Andra skattningen");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'cost.unit.saved' and subject_id = :s")
			.param("s", "otrygg-plats/RESPONSE")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void answersAYearOutsideTheRecordsOrNotAYearWithProblemJson() throws Exception {
		mvc.perform(get("/api/v1/costs/1800").with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")));
		mvc.perform(get("/api/v1/costs/tjugo").with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")));
	}

	@Test
	void linksToTheCostsPageFromTheMenuForTheRolesThatMayReadItAndNoOthers() throws Exception {
		for (Role role : Role.values()) {
			String help = mvc.perform(get("/help").with(TestUsers.as(role)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			boolean linked = help.contains("<a href=\"/costs\">Vad brott kostar</a>");
			int costs = mvc.perform(get("/costs").with(TestUsers.as(role))).andReturn().getResponse().getStatus();
			assertThat(linked).as("menu link to /costs for %s (GET /costs answers %s)", role, costs)
				.isEqualTo(costs == 200)
				.isEqualTo(java.util.Arrays.asList(CostAuthorization.READERS).contains(role.name()));
		}
	}

	@Test
	void givesTheApisCaveatInTheRequestsLanguageAsThePageDoes() throws Exception {
		String swedish = api(2004).path("caveat").asString();
		assertThat(swedish).contains("i princip omöjligt");
		assertThat(HtmlUtils.htmlUnescape(page(2004))).contains("<p class=\"cost-caveat\">" + swedish + "</p>");
		String english = JSON.readTree(mvc
			.perform(get("/api/v1/costs/2004").param("lang", "en").with(TestUsers.as(Role.VIEWER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).path("caveat").asString();
		assertThat(english).startsWith("Computing exact costs for different types of crime is in principle impossible");
	}

	/** The text a page cell shows for a range of the API. */
	private static String text(JsonNode range) {
		if (range.path("low").isNull()) {
			return "saknas";
		}
		String text = CostFormat.range(new CostRange(new BigDecimal(range.path("low").asString()),
				new BigDecimal(range.path("high").asString())), SV);
		return (range.path("complete").asBoolean() ? text : text + " (endast kända kostnader)").replace('\u00a0', ' ');
	}

	private String page(int year) throws Exception {
		return mvc.perform(get("/costs").param("year", String.valueOf(year)).with(TestUsers.as(Role.VIEWER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private JsonNode api(int year) throws Exception {
		return JSON.readTree(mvc.perform(get("/api/v1/costs/" + year).with(TestUsers.as(Role.VIEWER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private static JsonNode category(JsonNode api, String code) {
		for (JsonNode c : api.path("categories")) {
			if (c.path("code").asString().equals(code)) {
				return c;
			}
		}
		throw new AssertionError("no category " + code);
	}

	/** The text of a category's cell of one kind of cost in the table per category. */
	static String cell(String page, String category, String kind) {
		int row = page.indexOf("data-category=\"" + category + "\"", page.indexOf("cost-categories"));
		Matcher m = Pattern.compile("<td data-kind=\"" + kind + "\">([^<]*)</td>").matcher(page);
		assertThat(m.find(row)).as("%s %s on the page", category, kind).isTrue();
		return HtmlUtils.htmlUnescape(m.group(1)).replace('\u00a0', ' ');
	}

	static String grandTotal(String page) {
		Matcher m = Pattern.compile("<td class=\"cost-grand-total\">([^<]*)</td>").matcher(page);
		assertThat(m.find()).isTrue();
		return HtmlUtils.htmlUnescape(m.group(1)).replace('\u00a0', ' ');
	}

	private org.springframework.test.web.servlet.ResultActions saveUnit(String category, CostKind kind, String low,
			String high, int priceYear, String source) throws Exception {
		return CostFixtures.saveUnit(mvc, jdbc, category, kind, low, high, priceYear, source);
	}

	private void index(int year, String value) throws Exception {
		CostFixtures.index(mvc, year, value);
	}

	private void incidents(String category, int count, int year) {
		CostFixtures.incidents(jdbc, areas, category, count, "backby", LocalDate.of(year, 6, 1));
	}

}
