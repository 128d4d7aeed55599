package se.trygghet.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.incident.IncidentReporting;
import se.trygghet.incident.NewIncident;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The map layers' API: kernel density cells and clustered incidents. */
@PlatformIntegrationTest
class HotSpotLayersApiTests {

	static final String SECRET = "Hemlig beskrivning av klustret vid torget";

	@Autowired
	MockMvc mvc;

	@Autowired
	IncidentReporting reporting;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	@Test
	void answersKernelDensityCellsPerSquareKilometreWithTheirClasses() throws Exception {
		String body = mvc.perform(get("/api/v1/hotspots/density?cellSize=250&bandwidth=750").with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", Matchers.startsWith("application/geo+json")))
			.andExpect(jsonPath("$.type").value("FeatureCollection"))
			.andExpect(jsonPath("$.bandwidth").value(750))
			.andExpect(jsonPath("$.kernel").value("quartic"))
			.andExpect(jsonPath("$.classes.length()").value(5))
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode json = JsonMapper.builder().build().readTree(body);
		assertThat(json.get("features").size()).as("the demo incidents give a surface").isPositive();
		double top = json.get("classes").get(4).get("to").asDouble();
		for (JsonNode feature : json.get("features")) {
			double density = feature.get("properties").get("density").asDouble();
			int k = feature.get("properties").get("class").asInt();
			assertThat(density).isPositive().isLessThanOrEqualTo(top * 1.000001);
			// the class is the one whose limits hold the density
			assertThat(density).isGreaterThan(json.get("classes").get(k - 1).get("from").asDouble() * 0.999999)
				.isLessThanOrEqualTo(json.get("classes").get(k - 1).get("to").asDouble() * 1.000001);
		}
	}

	@Test
	void answersBadDensityParametersAsProblems() throws Exception {
		for (String query : List.of("bandwidth=50", "bandwidth=9000", "cellSize=100&bandwidth=5000", "bandwidth=bred",
				"cellSize=1000&bandwidth=400", "from=2026-13-01", "categories=inget")) {
			mvc.perform(get("/api/v1/hotspots/density?" + query).with(TestUsers.as(Role.ANALYST)))
				.andExpect(status().isBadRequest())
				.andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")));
		}
	}

	@Test
	void clustersAddUpToTheIncidentsInTheViewAndNeverTellDescriptionsOrReporters() throws Exception {
		TestUsers.signIn(Role.ANALYST);
		Instant yesterday = clock.instant().minusSeconds(86_400);
		for (int i = 0; i < 3; i++) {
			reporting.report(new NewIncident("klotter", yesterday, 59.6150, 16.5450, "Polisen", null, 2, SECRET));
		}
		reporting.report(new NewIncident("skadegorelse", yesterday, 59.6162, 16.5475, "Polisen", null, 3, SECRET));
		TestUsers.signOut();
		double west = 16.54;
		double south = 59.61;
		double east = 16.56;
		double north = 59.62;
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Stockholm")));
		Instant from = today.minusYears(1).atStartOfDay(ZoneId.of("Europe/Stockholm")).toInstant();
		Instant to = today.plusDays(1).atStartOfDay(ZoneId.of("Europe/Stockholm")).toInstant();
		// counted here from every incident, not with the endpoint's query
		long inView = jdbc.sql("select latitude, longitude, occurred_at from incident where latitude is not null")
			.query((rs, n) -> new double[] { rs.getDouble(1), rs.getDouble(2), rs.getTimestamp(3).getTime() })
			.list()
			.stream()
			.filter(p -> p[1] >= west && p[1] <= east && p[0] >= south && p[0] <= north && p[2] >= from.toEpochMilli()
					&& p[2] < to.toEpochMilli())
			.count();
		assertThat(inView).isGreaterThanOrEqualTo(4);
		String bbox = west + "," + south + "," + east + "," + north;
		for (int zoom : List.of(8, 13, 16, 20)) {
			String body = mvc.perform(get("/api/v1/incidents/clusters?bbox=" + bbox + "&zoom=" + zoom)
				.with(TestUsers.as(Role.ANALYST)))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", Matchers.startsWith("application/geo+json")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(body).doesNotContain(SECRET).doesNotContain("description").doesNotContain("test-analyst")
				.doesNotContain("reported");
			JsonNode json = JsonMapper.builder().build().readTree(body);
			long sum = 0;
			for (JsonNode feature : json.get("features")) {
				JsonNode properties = feature.get("properties");
				sum += properties.get("count").asLong();
				if (properties.get("count").asLong() == 1) {
					assertThat(properties.has("category") && properties.has("occurredAt") && properties.has("severity"))
						.isTrue();
				}
				else {
					assertThat(properties.has("category")).isFalse();
				}
			}
			assertThat(sum).as("zoom " + zoom).isEqualTo(inView);
			assertThat(json.get("total").asLong()).isEqualTo(inView);
			long byArea = 0;
			for (JsonNode row : json.get("byArea")) {
				byArea += row.get("count").asLong();
			}
			assertThat(byArea).isEqualTo(inView);
			if (zoom == 8) {
				// at a county's zoom a cell is 18 km across: the 1 km view touches at most four of them
				assertThat(json.get("cellSize").asDouble()).isCloseTo(18_344.9, org.assertj.core.api.Assertions.within(0.1));
				assertThat(json.get("features").size()).isBetween(1, 4);
			}
		}
		// at street level the three at the same spot stay together and the fourth, 170 m away, stands alone
		String street = mvc.perform(get("/api/v1/incidents/clusters?bbox=16.5445,59.6145,16.5480,59.6165&zoom=18"
				+ "&categories=skadegorelse,klotter&from=" + today.minusDays(2) + "&to=" + today.plusDays(1))
			.with(TestUsers.as(Role.ANALYST))).andReturn().getResponse().getContentAsString();
		assertThat(street).contains("\"category\":\"skadegorelse\"");
	}

	@Test
	void answersBadClusterParametersAsProblems() throws Exception {
		for (String query : List.of("", "zoom=12", "bbox=16.5,59.6,16.6,59.7", "bbox=16.5,59.6,16.6&zoom=12",
				"bbox=16.6,59.6,16.5,59.7&zoom=12", "bbox=a,b,c,d&zoom=12", "bbox=16.5,59.6,16.6,59.7&zoom=30",
				"bbox=16.5,59.6,16.6,59.7&zoom=nära", "bbox=16.5,59.6,16.6,59.7&zoom=12&to=2020-01-01")) {
			mvc.perform(get("/api/v1/incidents/clusters?" + query).with(TestUsers.as(Role.ANALYST)))
				.andExpect(status().isBadRequest())
				.andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")));
		}
	}

	@Test
	void keepsBothLayersFromFieldReporters() throws Exception {
		mvc.perform(get("/api/v1/incidents/clusters?bbox=16.5,59.6,16.6,59.7&zoom=12")
			.with(TestUsers.as("falt-anna", Role.FIELD_REPORTER))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/hotspots/density").with(TestUsers.as("falt-anna", Role.FIELD_REPORTER)))
			.andExpect(status().isForbidden());
	}

}
