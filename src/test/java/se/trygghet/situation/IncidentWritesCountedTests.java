package se.trygghet.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.TestTimes;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;
import se.trygghet.area.AreaLevel;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.incident.IncidentFileImport;
import se.trygghet.incident.IncidentReporting;
import se.trygghet.incident.NewIncident;

/**
 * A write is counted by the very next count, whichever way it came in (the form, a file, a partner system, the demo
 * data, or straight into the table as another node writes it), and so are deletions and changes; clearing a
 * description changes no count. Each step asks the same questions again, so an answer kept from before the write
 * would show.
 */
@PlatformIntegrationTest
class IncidentWritesCountedTests {

	static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	static final Pattern SECRET = Pattern.compile("(tp_[A-Za-z0-9_-]{43})");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AreaCatalog areas;

	@Autowired
	IncidentReporting reporting;

	@Autowired
	IncidentFileImport fileImport;

	@Autowired
	HotSpots hotSpots;

	@Autowired
	SituationPictures pictures;

	@Autowired
	IncidentCounts counts;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	/** The same three counts each time: the hot-spot map, the week's situation picture and the district. */
	List<Long> counted(LocalDate day, String category) {
		String m = reporting.municipality();
		HotSpots.Analysis map = hotSpots.analysis(m, new HotSpots.Query(day, day.plusDays(1), Set.of(category), 250));
		SituationPictures.Picture week = pictures.picture(m, SituationPeriod.weekOf(day));
		return List.of(map.counted(), (long) week.totals().get(category).count(),
				counts.count(new IncidentCounts.InArea(centrum()), day, day.plusDays(1), Set.of(category)));
	}

	static List<Long> plus(List<Long> before, long added) {
		return before.stream().map(n -> n + added).toList();
	}

	AreaId centrum() {
		return areas.atLevel(reporting.municipality(), AreaLevel.STADSDEL)
			.stream()
			.filter(a -> a.name().equals("Centrum"))
			.findFirst()
			.orElseThrow()
			.id();
	}

	/** Into the table, as another node (or anything but this node) writes. */
	UUID insert(String category, LocalDate day, String externalId) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into incident (id, municipality, category, occurred_at, latitude, longitude, east, north, area_id,
				                      organisation, severity, description, source, external_id, reported_by, reported_at)
				values (:id, '1980', :c, :at, 59.6150, 16.5450, 588200, 6610000, :area, 'Test', 1, 'Text', 'FILE', :ext,
				        'another node', now())
				""")
			.param("id", id)
			.param("c", category)
			.param("at", Timestamp.from(day.atTime(12, 0).atZone(SWEDEN).toInstant()))
			.param("area", centrum().value())
			.param("ext", externalId)
			.update();
		return id;
	}

	String issueToken() throws Exception {
		String page = mvc.perform(post("/admin/api-tokens").with(csrf())
			.with(TestUsers.as(Role.ADMIN))
			.param("name", "Counted at once " + UUID.randomUUID())
			.param("organisation", "Räddningstjänsten"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher secret = SECRET.matcher(page);
		assertThat(secret.find()).isTrue();
		return secret.group(1);
	}

	@Test
	void countsAWriteAtOnceWhicheverWayItCameIn() throws Exception {
		LocalDate day = TestTimes.yesterday();
		String category = "fordonsbrand";
		List<Long> before = counted(day, category);
		java.time.Instant noon = day.atTime(12, 0).atZone(SWEDEN).toInstant();

		TestUsers.signIn(Role.ANALYST);
		reporting.report(new NewIncident(category, noon, 59.6150, 16.5450, "Polisen", null, 2, null));
		assertThat(counted(day, category)).as("a report from the form").isEqualTo(plus(before, 1));

		String file = "id;kategori;tid;latitud;longitud;organisation;allvarlighet\n"
				+ "counted-1;" + category + ";" + day + " 10:00;59.6150;16.5450;Polisen;2\n"
				+ "counted-2;" + category + ";" + day + " 11:00;59.6150;16.5450;Polisen;2\n";
		assertThat(fileImport.importFile(file.getBytes(StandardCharsets.UTF_8)).added()).isEqualTo(2);
		assertThat(counted(day, category)).as("a file").isEqualTo(plus(before, 3));

		String token = issueToken();
		mvc.perform(post("/api/v1/incidents").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"externalId": "%s", "category": "%s", "occurredAt": "%s", "latitude": 59.6150, "longitude": 16.5450,
					 "severity": 2}
					""".formatted(UUID.randomUUID(), category, OffsetDateTime.ofInstant(noon, SWEDEN))))
			.andExpect(status().isCreated());
		assertThat(counted(day, category)).as("a partner system").isEqualTo(plus(before, 4));

		TestUsers.signIn(Role.ANALYST);
		// as incident's DemoIncidents writes them: marked demo
		UUID demo = insert(category, day, "counted-demo-" + UUID.randomUUID());
		jdbc.sql("update incident set demo = true, source = 'DEMO' where id = :id").param("id", demo).update();
		assertThat(counted(day, category)).as("demo data").isEqualTo(plus(before, 5));

		insert(category, day, "counted-elsewhere-" + UUID.randomUUID());
		assertThat(counted(day, category)).as("a write on another node").isEqualTo(plus(before, 6));
	}

	@Test
	void countsDeletionsAndChangesAtOnceWhileClearingADescriptionChangesNoCount() {
		// a day no other test writes
		LocalDate day = LocalDate.of(2010, 5, 5);
		List<Long> graffiti = counted(day, "klotter");
		List<Long> fires = counted(day, "brand");
		UUID first = insert("klotter", day, "deleted-" + UUID.randomUUID());
		UUID second = insert("klotter", day, "changed-" + UUID.randomUUID());
		UUID third = insert("klotter", day, "cleared-" + UUID.randomUUID());
		assertThat(counted(day, "klotter")).isEqualTo(plus(graffiti, 3));

		jdbc.sql("delete from incident where id = :id").param("id", first).update();
		assertThat(counted(day, "klotter")).as("after a deletion").isEqualTo(plus(graffiti, 2));

		jdbc.sql("update incident set category = 'brand' where id = :id").param("id", second).update();
		assertThat(counted(day, "klotter")).as("after a change of category").isEqualTo(plus(graffiti, 1));
		assertThat(counted(day, "brand")).as("after a change of category").isEqualTo(plus(fires, 1));

		// the write incident's retention job makes (IncidentIntakeTests runs the job itself): the description cleared
		assertThat(jdbc.sql("update incident set description = null where id = :id").param("id", third).update())
			.isEqualTo(1);
		assertThat(counted(day, "klotter")).as("after the description was cleared").isEqualTo(plus(graffiti, 1));
	}

	@Test
	void theKeptHotSpotMapCountsIncidentsImportedAfterItWasFirstShown() {
		TestUsers.signIn(Role.ANALYST);
		HotSpots.Query year = new HotSpots.Query(LocalDate.now().minusYears(1), LocalDate.now().plusDays(1), Set.of(),
				250);
		int before = countedIn(hotSpots.geoJson(reporting.municipality(), year));
		assertThat(countedIn(hotSpots.geoJson(reporting.municipality(), year))).isEqualTo(before);

		StringBuilder csv = new StringBuilder("id;kategori;tid;latitud;longitud;organisation;allvarlighet\n");
		for (int i = 0; i < 7; i++) {
			csv.append("kept-map-").append(i).append(";klotter;").append(TestTimes.yesterday())
				.append(String.format(" 08:%02d", i)).append(";59.6150;16.5450;Polisen;2\n");
		}
		fileImport.importFile(csv.toString().getBytes(StandardCharsets.UTF_8));

		assertThat(countedIn(hotSpots.geoJson(reporting.municipality(), year))).isEqualTo(before + 7);
	}

	private static int countedIn(byte[] utf8) {
		String geoJson = new String(utf8, StandardCharsets.UTF_8);
		return Pattern.compile("\"count\":(\\d+)").matcher(geoJson).results().mapToInt(m -> Integer.parseInt(m.group(1))).sum();
	}

}
