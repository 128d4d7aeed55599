package se.trygghet.residentreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;

/** Open311 GeoReport v2 as the specification words it: fields, statuses, errors, JSON and XML. */
@PlatformIntegrationTest
class Open311Tests {

	static final List<String> REQUEST_FIELDS = List.of("service_request_id", "status", "status_notes",
			"service_name", "service_code", "description", "agency_responsible", "service_notice",
			"requested_datetime", "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat",
			"long", "media_url");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Open311Keys keys;

	@Autowired
	CaseHandling handling;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	String key() {
		TestUsers.signIn(Role.ADMIN);
		try {
			return keys.create("Trygg-appen " + UUID.randomUUID());
		}
		finally {
			TestUsers.signOut();
		}
	}

	@Test
	void describesItselfAndItsServicesInJsonAndXml() throws Exception {
		mvc.perform(get("/open311/v2/discovery.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changeset").isString())
			.andExpect(jsonPath("$.contact").isString())
			.andExpect(jsonPath("$.key_service").isString())
			.andExpect(jsonPath("$.endpoints[0].specification").value("http://wiki.open311.org/GeoReport_v2"))
			.andExpect(jsonPath("$.endpoints[0].formats", Matchers.hasItems("text/xml", "application/json")));
		mvc.perform(get("/open311/v2/services.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].service_code").value("belysning"))
			.andExpect(jsonPath("$[0].service_name").value("Belysning"))
			.andExpect(jsonPath("$[0].metadata").value(false))
			.andExpect(jsonPath("$[0].type").value("batch"))
			.andExpect(jsonPath("$[0].keywords").exists())
			.andExpect(jsonPath("$[0].group").exists())
			.andExpect(jsonPath("$[0].description").exists())
			.andExpect(jsonPath("$.length()").value(8));
		mvc.perform(get("/open311/v2/services.xml"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/xml"))
			.andExpect(content().string(Matchers.containsString(
					"<services><service><service_code>belysning</service_code><service_name>Belysning</service_name>")));
		mvc.perform(get("/open311/v2/services/klotter.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.service_code").value("klotter"))
			.andExpect(jsonPath("$.attributes").isArray());
		mvc.perform(get("/open311/v2/services/ingen.json"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].code").value(404))
			.andExpect(jsonPath("$[0].description").isString());
	}

	@Test
	void refusesAPostWithoutAValidKeyInTheSpecsErrorFormat() throws Exception {
		mvc.perform(post("/open311/v2/requests.json").param("service_code", "belysning")
			.param("lat", "59.61").param("long", "16.54").param("api_key", "fel"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$[0].code").value(403))
			.andExpect(jsonPath("$[0].description").value("api_key missing or invalid"));
		mvc.perform(post("/open311/v2/requests.xml").param("service_code", "belysning"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(Matchers.containsString("<errors><error><code>403</code>")));
	}

	@Test
	void takesAPartnersReportAndGivesItsIdOnlyOnceModerationPublishedIt() throws Exception {
		String key = key();
		mvc.perform(post("/open311/v2/requests.json").param("api_key", key).param("service_code", "belysning")
			.param("lat", "59.3293").param("long", "18.0686").param("description", "I Stockholm"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].code").value(400))
			.andExpect(jsonPath("$[0].description", Matchers.containsString("outside the municipality")));
		mvc.perform(post("/open311/v2/requests.json").param("api_key", key).param("service_code", "okänd")
			.param("lat", "59.61").param("long", "16.54"))
			.andExpect(status().isNotFound());

		String body = mvc.perform(post("/open311/v2/requests.json").param("api_key", key)
			.param("service_code", "belysning").param("lat", "59.6120").param("long", "16.5460")
			.param("description", "Gatlyktan vid Anna Anderssons hus är trasig").param("email", "app@example.se"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].token").isString())
			.andExpect(jsonPath("$[0].service_request_id").doesNotExist())
			.andReturn().getResponse().getContentAsString();
		String token = body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
		mvc.perform(get("/open311/v2/tokens/" + token + ".json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].token").value(token))
			.andExpect(jsonPath("$[0].service_request_id").doesNotExist());

		var report = jdbc.sql("select id, number from resident_report where open311_token = :t")
			.param("t", UUID.fromString(token)).query((rs, n) -> new Object[] { rs.getObject(1, UUID.class),
					rs.getLong(2) }).single();
		ResidentReportId id = new ResidentReportId((UUID) report[0]);
		String number = Long.toString((Long) report[1]);
		mvc.perform(get("/open311/v2/requests/" + number + ".json")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].code").value(404));

		TestUsers.signIn(Role.COORDINATOR);
		handling.moderate(id, "Gatlyktan vid huset är trasig", true, false, 0);
		handling.changeStatus(id, ReportStatus.MOTTAGEN, "Tekniska förvaltningen byter lampan.", null, null, 1);
		TestUsers.signOut();

		mvc.perform(get("/open311/v2/tokens/" + token + ".json"))
			.andExpect(jsonPath("$[0].service_request_id").value(number));
		String one = mvc.perform(get("/open311/v2/requests/" + number + ".json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].service_request_id").value(number))
			.andExpect(jsonPath("$[0].status").value("open"))
			.andExpect(jsonPath("$[0].status_notes").value("Tekniska förvaltningen byter lampan."))
			.andExpect(jsonPath("$[0].description").value("Gatlyktan vid huset är trasig"))
			.andExpect(jsonPath("$[0].agency_responsible").value("Tekniska nämnden"))
			.andExpect(jsonPath("$[0].service_code").value("belysning"))
			.andExpect(jsonPath("$[0].lat").value(59.612))
			.andExpect(jsonPath("$[0].long").value(16.546))
			.andExpect(jsonPath("$[0].requested_datetime", Matchers.matchesPattern(
					"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}")))
			.andReturn().getResponse().getContentAsString();
		for (String field : REQUEST_FIELDS) {
			assertThat(one).contains("\"" + field + "\":");
		}
		assertThat(one).doesNotContain("app@example.se").doesNotContain("Anna Andersson");
		mvc.perform(get("/open311/v2/requests.json").param("service_request_id", number + ",999999"))
			.andExpect(jsonPath("$.length()").value(1));
		mvc.perform(get("/open311/v2/requests.json").param("status", "closed").param("service_code", "belysning"))
			.andExpect(jsonPath("$[?(@.service_request_id == '" + number + "')]").isEmpty());
		mvc.perform(get("/open311/v2/requests.json").param("status", "open").param("service_code", "belysning,klotter"))
			.andExpect(jsonPath("$[?(@.service_request_id == '" + number + "')]").isNotEmpty());
		mvc.perform(get("/open311/v2/requests/" + number + ".xml"))
			.andExpect(content().string(Matchers.containsString("<service_requests><request><service_request_id>"
					+ number + "</service_request_id><status>open</status>")));
	}

	@Test
	void refusesADateSpanLongerThanNinetyDaysAndAnUnknownStatus() throws Exception {
		mvc.perform(get("/open311/v2/requests.json").param("start_date", "2026-01-01T00:00:00+01:00")
			.param("end_date", "2026-06-01T00:00:00+02:00"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].code").value(400))
			.andExpect(jsonPath("$[0].description", Matchers.containsString("90 days")));
		mvc.perform(get("/open311/v2/requests.json").param("status", "fixed"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/open311/v2/requests.json").param("start_date", "igår"))
			.andExpect(status().isBadRequest());
	}

}
