package se.trygghet.residentreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.trygghet.PlatformIntegrationTest;

/**
 * "Sök adress eller plats" on the resident's form, without an account: found places as links that fill in the place
 * (with htmx, or as the whole form without JavaScript), a cap on the query's length checked before anything else, and
 * a search allowance per client of its own. Against the demo address register (central Västerås, invented points).
 */
@PlatformIntegrationTest
class ResidentPlaceSearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static MockHttpServletRequestBuilder search(String client, String query) {
		return get("/rapportera/adress").param("q", query).with(r -> {
			r.setRemoteAddr(client);
			return r;
		});
	}

	static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	long counted() {
		return jdbc.sql("select count(*) from resident_submission").query(Long.class).single();
	}

	@Test
	void answersHtmxWithThePlacesFoundEachALinkThatFillsInThePlace() throws Exception {
		String fragment = body(mvc.perform(search(ResidentReportTests.client(), "stora gatan 1").header("HX-Request", "true"))
			.andExpect(status().isOk()));
		assertThat(fragment).doesNotContain("<html").contains("id=\"place-list\"");
		assertThat(fragment).contains("Stora gatan 1, Västerås").contains("Stora gatan 12, Västerås").contains("Demodata");
		assertThat(fragment).containsPattern(
				"href=\"/rapportera\\?latitude=59\\.\\d{6}&amp;longitude=16\\.\\d{6}&amp;plats=Stora%20gatan%201,%20V%C3%A4ster%C3%A5s\"");
	}

	@Test
	void worksWithoutJavaScriptTheFormShownWithThePlacesAndAChosenPlaceFilledIn() throws Exception {
		String page = body(mvc.perform(search(ResidentReportTests.client(), "Vasaparken")).andExpect(status().isOk()));
		assertThat(page).contains("<form id=\"address-search\"").contains("id=\"resident-report-form\"")
			.contains("value=\"Vasaparken\"").contains("1 plats hittades.");
		String chosen = body(mvc.perform(get("/rapportera").param("latitude", "59.611")
			.param("longitude", "16.545")
			.param("plats", "Vasaparken, Västerås")).andExpect(status().isOk()));
		assertThat(chosen).contains("id=\"latitude\" name=\"latitude\" value=\"59.611\"")
			.contains("id=\"longitude\" name=\"longitude\" value=\"16.545\"")
			.contains("Vald plats: Vasaparken, Västerås");
	}

	@Test
	void refusesAQueryOverTheLengthCapBeforeCountingOrSearchingIt() throws Exception {
		long before = counted();
		String fragment = body(mvc.perform(search(ResidentReportTests.client(), "Stora gatan " + "x".repeat(100))
			.header("HX-Request", "true")).andExpect(status().isBadRequest()));
		assertThat(fragment).contains("Skriv högst 100 tecken.");
		assertThat(counted()).isEqualTo(before);
		// nor is a query too short to search counted
		body(mvc.perform(search(ResidentReportTests.client(), "s").header("HX-Request", "true")).andExpect(status().isOk()));
		assertThat(counted()).isEqualTo(before);
	}

	@Test
	void answersTooManyRequestsAfterThirtySearchesAMinuteWithoutTakingTheClientsReports() throws Exception {
		String client = ResidentReportTests.client();
		for (int i = 0; i < 30; i++) {
			mvc.perform(search(client, "stora gatan " + i).header("HX-Request", "true")).andExpect(status().isOk());
		}
		String refused = body(mvc.perform(search(client, "stora gatan").header("HX-Request", "true"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "60")));
		assertThat(refused).contains("Du har sökt många gånger på kort tid").doesNotContain("place-list");
		// another client searches on
		mvc.perform(search(ResidentReportTests.client(), "stora gatan").header("HX-Request", "true"))
			.andExpect(status().isOk());
		// and the same client may still report: searches are counted apart from reports
		mvc.perform(ResidentReportTests.form(client, ResidentReportTests.somewhere(), "nedskrapning", "Skräp vid bänken")
			.param("confirmedNew", "true")).andExpect(status().is3xxRedirection());
	}

}
