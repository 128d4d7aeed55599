package se.trygghet.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hot-spot map takes the grid's squares once (/api/v1/hotspots/grid) and each selection's count and bin per
 * square (/api/v1/hotspots/counts); joined, they are exactly the cells, totals and names /api/v1/hotspots gives.
 */
@PlatformIntegrationTest
class HotSpotMapApiTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	JsonNode json(String path) throws Exception {
		return JSON.readTree(mvc.perform(get(path).with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void theGridAndTheCountsPerCellJoinToTheCellsAndTotalsOfTheGeoJson() throws Exception {
		for (String query : List.of("cellSize=250", "cellSize=500&categories=klotter,brand&weekdays=6,7&hours=18-3",
				"cellSize=1000&hours=8-16")) {
			JsonNode geoJson = json("/api/v1/hotspots?" + query);
			JsonNode counts = json("/api/v1/hotspots/counts?" + query);
			JsonNode grid = json("/api/v1/hotspots/grid?" + query.replaceAll("&.*", ""));
			for (String total : List.of("cellSize", "studyAreaCells", "incidents", "outsideStudyArea", "significantCells",
					"hotSpots", "coldSpots")) {
				assertThat(counts.get(total)).as(query + " " + total).isEqualTo(geoJson.get(total));
			}
			assertThat(counts.get("grid")).isEqualTo(grid.get("grid"));
			assertThat(grid.get("features")).hasSize(geoJson.get("studyAreaCells").asInt());
			assertThat(counts.get("counts")).hasSize(geoJson.get("studyAreaCells").asInt());
			Map<String, String> joined = new HashMap<>();
			for (int i = 0; i < grid.get("features").size(); i++) {
				JsonNode square = grid.get("features").get(i);
				int count = counts.get("counts").get(i).asInt();
				int bin = counts.get("bins").get(i).asInt();
				if (count != 0 || bin != 0) {
					joined.put(square.get("id").asString(), square.get("properties").get("area").asString() + " " + count
							+ " " + bin + " " + square.get("geometry"));
				}
			}
			Map<String, String> cells = new HashMap<>();
			geoJson.get("features").forEach(f -> cells.put(f.get("id").asString(), f.get("properties").get("area")
				.asString() + " " + f.get("properties").get("count").asInt() + " " + f.get("properties").get("bin").asInt()
					+ " " + f.get("geometry")));
			assertThat(joined).as(query).isEqualTo(cells);
		}
	}

	/** The GeoJSON is gzipped by the controller itself (at level 1, FastGzip), not only by Tomcat's connector. */
	@Test
	void theGeoJsonTravelsGzippedToClientsThatAcceptItAndDecodesToThePlainAnswer() throws Exception {
		String path = "/api/v1/hotspots?cellSize=500&categories=klotter,brand";
		byte[] plain = mvc.perform(get(path).with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Content-Encoding"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		for (String accepted : List.of("gzip", "br;q=1.0, gzip;q=0.8, *;q=0.1", "*")) {
			org.springframework.mock.web.MockHttpServletResponse gzipped = mvc
				.perform(get(path).header("Accept-Encoding", accepted).with(TestUsers.as(Role.ANALYST)))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Encoding", "gzip"))
				.andExpect(header().string("Vary", org.hamcrest.Matchers.containsString("Accept-Encoding")))
				.andReturn()
				.getResponse();
			try (java.util.zip.GZIPInputStream body = new java.util.zip.GZIPInputStream(
					new java.io.ByteArrayInputStream(gzipped.getContentAsByteArray()))) {
				assertThat(body.readAllBytes()).as(accepted).isEqualTo(plain);
			}
		}
		mvc.perform(get(path).header("Accept-Encoding", "gzip;q=0, *").with(TestUsers.as(Role.ANALYST)))
			.andExpect(header().doesNotExist("Content-Encoding"));
	}

	@Test
	void theGridIsKeptByTheBrowserAndAskedAgainOnlyWhetherItStillHolds() throws Exception {
		String etag = mvc.perform(get("/api/v1/hotspots/grid?cellSize=500").with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/geo+json")))
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-cache")))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		// weak, or Tomcat would not gzip the grid (server.compression leaves answers with a strong ETag as they are)
		assertThat(etag).startsWith("W/\"");
		mvc.perform(get("/api/v1/hotspots/grid?cellSize=500").header("If-None-Match", etag).with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isNotModified());
		mvc.perform(get("/api/v1/hotspots/grid?cellSize=50").with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")));
	}

}
