package se.trygghet.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;

/** Areas of the same level under the same parent may share borders but not overlap. */
@PlatformIntegrationTest
class AreaOverlapTests {

	@Autowired
	AreaImport areaImport;

	@Autowired
	AreaCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	/** A square in SWEREF 99 TM metres, its south-west corner the given metres east and north of central Västerås. */
	static String square(String code, String name, String level, String parent, double east, double north,
			double side) {
		double e = AreaFixtures.EAST + east;
		double n = AreaFixtures.NORTH + north;
		return "{\"type\": \"Feature\", \"properties\": {\"code\": \"" + code + "\", \"name\": \"" + name
				+ "\", \"level\": \"" + level + "\"" + (parent == null ? "" : ", \"parent\": \"" + parent + "\"")
				+ "}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[" + e + ", " + n + "], [" + (e + side)
				+ ", " + n + "], [" + (e + side) + ", " + (n + side) + "], [" + e + ", " + (n + side) + "], [" + e
				+ ", " + n + "]]]}}";
	}

	AreaImport.Outcome upload(String municipality, String... features) {
		TestUsers.signIn(Role.COORDINATOR);
		return areaImport.importUpload(AreaFixtures.collection(features).getBytes(StandardCharsets.UTF_8),
				municipality, AreaFileReader.SourceCrs.SWEREF99TM, "test");
	}

	long areasOf(String municipality) {
		return jdbc.sql("select count(*) from area where municipality = :m").param("m", municipality)
			.query(Long.class).single();
	}

	@Test
	void acceptsSiblingsThatOnlyTouch() {
		AreaImport.Outcome outcome = upload("9901", square("a", "Norra", "STADSDEL", null, 0, 0, 1000),
				square("b", "Östra", "STADSDEL", null, 1000, 0, 1000),
				square("c", "Hörnet", "STADSDEL", null, 1000, 1000, 1000));
		assertThat(outcome.problems()).isEmpty();
		assertThat(outcome.created()).isEqualTo(3);
	}

	@Test
	void refusesOverlappingSiblingsInTheFileNamingBothAndWritesNothing() {
		AreaImport.Outcome outcome = upload("9902", square("a", "Norra", "STADSDEL", null, 0, 0, 1000),
				square("b", "Östra", "STADSDEL", null, 900, 0, 1000),
				square("c", "Långt bort", "STADSDEL", null, 5000, 0, 1000));
		assertThat(outcome.imported()).isFalse();
		assertThat(outcome.problems()).singleElement().satisfies(p -> {
			assertThat(p.code()).isEqualTo("area.overlap");
			assertThat(p.location()).isEqualTo("features[0]");
			// 100 m × 1 000 m
			assertThat(p.args()).containsExactly("Norra", "Östra", "100000");
		});
		assertThat(areasOf("9902")).isZero();
	}

	@Test
	void refusesAnAreaOverlappingAStoredSiblingTheFileDoesNotChange() {
		assertThat(upload("9903", square("a", "Norra", "STADSDEL", null, 0, 0, 1000)).problems()).isEmpty();
		AreaImport.Outcome outcome = upload("9903", square("b", "Inkräktaren", "STADSDEL", null, 500, 500, 1000));
		assertThat(outcome.problems()).extracting(AreaFileProblem::code, AreaFileProblem::args)
			.containsExactly(org.assertj.core.api.Assertions.tuple("area.overlap",
					List.of("Inkräktaren", "Norra", "250000")));
		assertThat(catalog.area("9903", AreaLevel.STADSDEL, "b")).isEmpty();
		// the same file with the stored area moved out of the way in it is fine: the stored boundary is replaced
		assertThat(upload("9903", square("a", "Norra", "STADSDEL", null, -2000, 0, 1000),
				square("b", "Inkräktaren", "STADSDEL", null, 500, 500, 1000)).problems()).isEmpty();
	}

	@Test
	void letsAreasOfOtherLevelsOrParentsOverlapAndIgnoresNoise() {
		AreaImport.Outcome outcome = upload("9904", square("a", "Stadsdel", "STADSDEL", null, 0, 0, 1000),
				// a child lies inside its parent, and a place of another level may cross any border
				square("a1", "Del av stadsdel", "STATISTIKOMRADE", "a", 0, 0, 500),
				square("t", "Torget", "OVRIGT", null, 900, 0, 200),
				// 0.05 m × 1 000 m = 50 m² of digitising noise, under 0.01 % of 1 km² (100 m²)
				square("b", "Granne", "STADSDEL", null, 999.95, 0, 1000));
		assertThat(outcome.problems()).isEmpty();
	}

	@Test
	void theImportFormOffersSweref991630AndNamesBothOverlappingAreas() throws Exception {
		String file = AreaFixtures.collection(square("a", "Norra", "STADSDEL", null, 0, 0, 1000),
				square("b", "Östra", "STADSDEL", null, 900, 0, 1000));
		mvc.perform(get("/areas/import").with(TestUsers.as(Role.COORDINATOR)))
			.andExpect(content().string(containsString("id=\"crs-SWEREF99_1630\"")));
		mvc.perform(multipart("/areas/import")
			.file(new MockMultipartFile("file", "delar.geojson", "application/geo+json",
					file.getBytes(StandardCharsets.UTF_8)))
			.param("municipality", "9905")
			.param("crs", "SWEREF99TM")
			.with(csrf())
			.with(TestUsers.as(Role.COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Norra och Östra överlappar med 100000 m²")));
		assertThat(areasOf("9905")).isZero();
	}

	@Test
	void theShippedAreaFilesHaveNoOverlappingSiblings() throws Exception {
		List<AreaFileReader.Key> parents = List.of(new AreaFileReader.Key(AreaLevel.KOMMUN, "1980"));
		AreaFileReader.Result demo = AreaFileReader.read(
				new org.springframework.core.io.ClassPathResource("areas/vasteras-demo.geojson").getContentAsByteArray(),
				"1980", AreaFileReader.SourceCrs.WGS84, parents);
		List<AreaFileReader.Key> demoKeys = new java.util.ArrayList<>(parents);
		demo.features().forEach(f -> demoKeys.add(f.key()));
		AreaFileReader.Result benchmark = AreaFileReader.read(
				new org.springframework.core.io.ClassPathResource("areas/vasteras-benchmark.geojson").getContentAsByteArray(),
				"1980", AreaFileReader.SourceCrs.WGS84, demoKeys);
		for (AreaFileReader.Result file : List.of(demo, benchmark)) {
			assertThat(file.problems()).isEmpty();
			assertThat(SiblingOverlaps.find(file.features()
				.stream()
				.filter(f -> f.geometry() != null)
				.map(f -> new SiblingOverlaps.Sibling(f.index(), f.name(),
						new SiblingOverlaps.Group(f.key().level(), f.parent()), f.geometry()))
				.toList())).isEmpty();
		}
	}

	@Test
	void toleratesOneSquareMetreOrATenThousandthOfTheSmallerArea() {
		var small = AreaFixtures.square(0, 0, 10);
		var big = AreaFixtures.square(0, 0, 10_000);
		assertThat(SiblingOverlaps.tolerance(small, big)).isEqualTo(1.0);
		assertThat(SiblingOverlaps.tolerance(big, big)).isEqualTo(10_000.0);
	}

}
