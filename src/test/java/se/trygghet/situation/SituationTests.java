package se.trygghet.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.TestTimes;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.incident.IncidentReporting;
import se.trygghet.incident.NewIncident;

/** Incidents in, situation pictures and hot spots out, against the demo areas of Västerås. */
@PlatformIntegrationTest
class SituationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IncidentReporting reporting;

	@Autowired
	SituationPictures pictures;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}


	@Test
	void countsThisWeeksIncidentsPerAreaAndCategoryBesideTheWeeksBefore() {
		TestUsers.signIn(Role.ANALYST);
		SituationPeriod thisWeek = SituationPeriod.weekOf(TestTimes.today());
		var before = pictures.picture(reporting.municipality(), thisWeek);
		for (int i = 0; i < 3; i++) {
			// now, not a minute ago: a minute ago is last week in the first minute of a Monday
			reporting.report(new NewIncident("fordonsbrand", Instant.now(), 59.6150, 16.5450,
					"Räddningstjänsten", null, 3, null));
		}
		var after = pictures.picture(reporting.municipality(), thisWeek);
		assertThat(after.totals().get("fordonsbrand").count())
			.isEqualTo(before.totals().get("fordonsbrand").count() + 3);
		assertThat(after.rows()).anySatisfy(row -> assertThat(row.areaName()).isEqualTo("Centrum"));
	}


	@Test
	void flagsAnIncreaseOnlyWhenAPoissonCountThatHighIsUnlikely() {
		// λ = 0.25 (floor): P(X ≥ 3) ≈ 0.0022
		assertThat(SituationPictures.unlikelyByChance(3, 0)).isTrue();
		// too few to say anything
		assertThat(SituationPictures.unlikelyByChance(2, 0)).isFalse();
		// λ = 4: P(X ≥ 8) ≈ 0.051, P(X ≥ 9) ≈ 0.021
		assertThat(SituationPictures.unlikelyByChance(8, 4)).isFalse();
		assertThat(SituationPictures.unlikelyByChance(9, 4)).isTrue();
		// fewer than before is never an increase
		assertThat(SituationPictures.unlikelyByChance(3, 5)).isFalse();
	}


	@Test
	void readsWeeksQuartersTertialsAndYearsWithWhatTheyAreComparedWith() {
		SituationPeriod week = SituationPeriod.parse("2026-W01");
		assertThat(week.start()).isEqualTo(LocalDate.of(2025, 12, 29));
		assertThat(week.before()).extracting(SituationPeriod::key)
			.containsExactly("2025-W52", "2025-W51", "2025-W50", "2025-W49");
		assertThat(week.yearEarlier().key()).isEqualTo("2025-W01");
		assertThat(SituationPeriod.parse("2026-W53").yearEarlier().key()).isEqualTo("2025-W52");
		SituationPeriod quarter = SituationPeriod.parse("2026-Q1");
		assertThat(quarter.before()).extracting(SituationPeriod::key).containsExactly("2025-Q4");
		assertThat(quarter.yearEarlier().key()).isEqualTo("2025-Q1");
		assertThat(SituationPeriod.parse("2026-T3").start()).isEqualTo(LocalDate.of(2026, 9, 1));
		assertThat(SituationPeriod.parse("2026").before().get(0).key()).isEqualTo("2025");
		assertThat(SituationPeriod.parse("2026-Q4").next().key()).isEqualTo("2027-Q1");
		assertThatThrownBy(() -> SituationPeriod.parse("2026-W60")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> SituationPeriod.parse("vecka 3")).isInstanceOf(IllegalArgumentException.class);
	}


	@Test
	void answersHotSpotsAsGeoJsonCellsAndBadParametersAsProblems() throws Exception {
		mvc.perform(get("/api/v1/hotspots").with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("FeatureCollection"))
			.andExpect(jsonPath("$.cellSize").value(250))
			.andExpect(jsonPath("$.features[0].properties.bin").exists())
			.andExpect(jsonPath("$.features[0].properties.pFdr").exists());
		mvc.perform(get("/api/v1/hotspots?cellSize=10").with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")));
		mvc.perform(get("/api/v1/hotspots?from=igår").with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/hotspots?categories=inget").with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isBadRequest());
	}

	private void incidentAt(java.time.LocalDateTime swedishTime) {
		jdbc.sql("""
				insert into incident (id, municipality, category, occurred_at, latitude, longitude, east, north,
				                      organisation, severity, source, external_id, reported_by, reported_at)
				values (:id, '1980', 'klotter', :at, 59.6150, 16.5450, 588000, 6610000, 'Test', 1, 'FILE', :ext, 'test', now())
				""")
			.param("id", java.util.UUID.randomUUID())
			.param("at", java.sql.Timestamp.from(swedishTime.atZone(java.time.ZoneId.of("Europe/Stockholm")).toInstant()))
			.param("ext", "weekday-test-" + java.util.UUID.randomUUID())
			.update();
	}

	private int hotSpotCount(String filters) throws Exception {
		String body = mvc.perform(get("/api/v1/hotspots?from=2015-01-01&to=2015-02-01" + filters)
			.with(TestUsers.as(Role.ANALYST))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<Integer> counts = com.jayway.jsonpath.JsonPath.read(body, "$.features[*].properties.count");
		return counts.stream().mapToInt(Integer::intValue).sum();
	}


	@Test
	void narrowsHotSpotsToWeekdaysAndHoursInSwedishTimeAndRefusesImpossibleOnes() throws Exception {
		// a Saturday evening and a Monday morning in January 2015, a month no other test writes
		incidentAt(java.time.LocalDateTime.of(2015, 1, 10, 20, 30));
		incidentAt(java.time.LocalDateTime.of(2015, 1, 12, 8, 15));
		assertThat(hotSpotCount("")).isEqualTo(2);
		assertThat(hotSpotCount("&weekdays=6,7")).isEqualTo(1);
		assertThat(hotSpotCount("&hours=18-23")).isEqualTo(1);
		assertThat(hotSpotCount("&hours=22-4")).as("a span across midnight").isZero();
		assertThat(hotSpotCount("&weekdays=1&hours=8-8")).isEqualTo(1);
		mvc.perform(get("/api/v1/hotspots?weekdays=8").with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")));
		mvc.perform(get("/api/v1/hotspots?hours=25-3").with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isBadRequest());
	}


	@Test
	void answersAMalformedPeriodYearOrIdInThePathAsABadRequestNeverAServerError() throws Exception {
		for (String period : List.of("2026-W99", "not-a-week", "2026-Q5")) {
			mvc.perform(post("/situation/{w}/note", period).with(csrf())
				.with(TestUsers.as(Role.ANALYST))
				.param("assessment", "Lugnt")
				.param("version", "-1")).andExpect(status().isBadRequest());
			mvc.perform(get("/situation/{w}/pdf", period).with(TestUsers.as(Role.ANALYST)))
				.andExpect(status().isBadRequest());
		}
		mvc.perform(get("/situation/joint/tjugo").with(TestUsers.as(Role.ANALYST))).andExpect(status().isBadRequest());
		mvc.perform(get("/situation/joint/1850").with(TestUsers.as(Role.ANALYST))).andExpect(status().isNotFound());
		mvc.perform(post("/situation/joint/2026/problems/{p}/remove", "inget-id").with(csrf())
			.with(TestUsers.as(Role.ANALYST))
			.param("version", "0")).andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select count(*) from situation_week where assessment = 'Lugnt'").query(Integer.class)
			.single()).isZero();
	}


	@Test
	void savesTheWeeksAssessmentAndRefusesAStaleSave() throws Exception {
		String week = "2026-W10";
		mvc.perform(post("/situation/{w}/note", week).with(csrf())
			.with(TestUsers.as(Role.ANALYST))
			.param("assessment", "Fler fordonsbränder i Bäckby.")
			.param("focusPlaces", "Bäckby centrum")
			.param("version", "-1")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/situation/{w}/note", week).with(csrf())
			.with(TestUsers.as(Role.ANALYST))
			.param("assessment", "En äldre flik")
			.param("version", "-1")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select assessment from situation_week where iso_week = :w").param("w", week)
			.query(String.class).single()).isEqualTo("Fler fordonsbränder i Bäckby.");
		mvc.perform(get("/situation?period=" + week).with(TestUsers.as(Role.COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Fler fordonsbränder i Bäckby.")));
	}

}
