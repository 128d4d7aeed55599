package se.trygghet.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;
import se.trygghet.area.AreaLevel;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.plan.PlanCatalog;

/**
 * Which of several sources' values for the same year is shown: Kolada's before the plan's stated figure before demo,
 * and a source that lacks the figure hides none. The page and the API show the same one and say where it is from.
 * Years 1986 and 1987 hold nothing else.
 */
@PlatformIntegrationTest
class SourcePrecedenceTests {

	static final String VIOLENCE = "Antal anmälda våldsbrott";

	@Autowired
	Measurements measurements;

	@Autowired
	CurrentUsers currentUsers;

	@Autowired
	IndicatorCatalog catalog;

	@Autowired
	PlanCatalog plans;

	@Autowired
	AreaCatalog areas;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void showsKoladaBeforeThePlansFigureBeforeDemoAndTheSameValueOnThePageAndInTheApi() throws Exception {
		IndicatorCatalog.IndicatorSummary violence = IndicatorFixtures.vasteras(plans, catalog, Audience.INTERNAL,
				VIOLENCE);
		AreaId kommun = areas.atLevel("1980", AreaLevel.KOMMUN).get(0).id();
		write(List.of(
				NewMeasurement.of(violence.id(), "1986", kommun, "", KoladaImport.SOURCE, new BigDecimal("123"), false),
				NewMeasurement.of(violence.id(), "1986", kommun, "", IndicatorBootstrap.STATED_SOURCE,
						new BigDecimal("456"), false),
				NewMeasurement.of(violence.id(), "1986", kommun, "", "demo", new BigDecimal("789"), true),
				NewMeasurement.of(violence.id(), "1987", kommun, "", KoladaImport.SOURCE, null, false),
				NewMeasurement.of(violence.id(), "1987", kommun, "", IndicatorBootstrap.STATED_SOURCE,
						new BigDecimal("654"), false)));
		// whichever was imported last: the plan's figure for 1986, Kolada's missing one for 1987
		newest(violence, "1986", IndicatorBootstrap.STATED_SOURCE);
		newest(violence, "1987", KoladaImport.SOURCE);

		String page = mvc.perform(get("/indicators/" + violence.id().value()).with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(row(page, "1986")).contains(">123<").contains("Kolada").doesNotContain("456");
		assertThat(row(page, "1987")).contains(">654<").contains(IndicatorBootstrap.STATED_SOURCE);
		assertThat(page).contains("en mätning (Kolada, en importerad fil eller plattformens egen räkning) före "
				+ "handlingsplanens uppgift");

		String api = "/api/v1/indicators/" + violence.id().value() + "/measurements?breakdown=total&area="
				+ kommun.value() + "&period=";
		mvc.perform(get(api + "1986"))
			.andExpect(jsonPath("$.measurements.length()").value(1))
			.andExpect(jsonPath("$.measurements[0].value").value(123))
			.andExpect(jsonPath("$.measurements[0].source").value(KoladaImport.SOURCE));
		mvc.perform(get(api + "1987"))
			.andExpect(jsonPath("$.measurements[0].value").value(654))
			.andExpect(jsonPath("$.measurements[0].source").value(IndicatorBootstrap.STATED_SOURCE));
	}

	private void write(List<NewMeasurement> values) {
		assertThat(currentUsers.asSystem(Set.of(Role.COORDINATOR), Set.of(), () -> measurements.upsert(values))
			.written()).isTrue();
	}

	private void newest(IndicatorCatalog.IndicatorSummary indicator, String period, String source) {
		jdbc.sql("""
				update measurement set imported_at = imported_at + interval '1 hour'
				 where indicator_id = :indicator and period = :period and source = :source
				""").param("indicator", indicator.id().value()).param("period", period).param("source", source).update();
		// the pages are kept per revision, which an upsert bumps; this update went around it
		jdbc.sql("update indicator_revision set revision = revision + 1").update();
	}

	/** The row of the values table (not the chart's own table) for a year, as HTML. */
	private static String row(String page, String period) {
		String table = page.substring(page.indexOf("id=\"indicator-data\""));
		Matcher m = Pattern.compile("<th scope=\"row\">" + period + "</th>(.*?)</tr>", Pattern.DOTALL).matcher(table);
		assertThat(m.find()).as("a row for " + period).isTrue();
		return m.group(1);
	}

}
