package se.trygghet.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;

@PlatformIntegrationTest
class AreaImportTests {

	@Autowired
	AreaImport areaImport;

	@Autowired
	AreaCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	Map<String, Long> rowCounts() {
		return Map.of("areas", count("select count(*) from area"),
				"audit", count("select count(*) from audit_entry where action = 'area.imported'"),
				"revision", count("select revision from area_revision"));
	}

	long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	AreaImport.Outcome upload(String text, String municipality) {
		TestUsers.signIn(Role.COORDINATOR);
		return areaImport.importUpload(text.getBytes(StandardCharsets.UTF_8), municipality,
				AreaFileReader.SourceCrs.WGS84, "test");
	}

	@Test
	void writesNothingWhenTheFileHasAnyError() {
		Map<String, Long> before = rowCounts();
		AreaImport.Outcome outcome = upload(AreaFixtures.collection(
				AreaFixtures.feature("ny-1", "Ny ett", "STADSDEL", null, 0),
				AreaFixtures.feature("ny-2", "Ny två", "STADSDEL", "saknas", 1)), "1980");
		assertThat(outcome.imported()).isFalse();
		assertThat(outcome.problems()).extracting(AreaFileProblem::location, AreaFileProblem::code)
			.containsExactly(org.assertj.core.api.Assertions.tuple("features[1]", "area.feature.parent.unknown"));
		assertThat(rowCounts()).isEqualTo(before);
		assertThat(catalog.area("1980", AreaLevel.STADSDEL, "ny-1")).isEmpty();
	}

	@Test
	void acceptsTheDemoFileAgainAndKeepsTheAreasIds() throws IOException {
		AreaCatalog.AreaRef centre = catalog.area("1980", AreaLevel.STADSDEL, "centrum").orElseThrow();
		long areas = count("select count(*) from area");
		byte[] demo = new ClassPathResource("areas/vasteras-demo.geojson").getContentAsByteArray();
		AreaImport.Outcome outcome = upload(new String(demo, StandardCharsets.UTF_8), "1980");
		assertThat(outcome.problems()).isEmpty();
		assertThat(outcome.created()).isZero();
		assertThat(outcome.updated()).isEqualTo(12);
		assertThat(count("select count(*) from area")).isEqualTo(areas);
		assertThat(catalog.area("1980", AreaLevel.STADSDEL, "centrum")).contains(centre);
		assertThat(count("select count(*) from audit_entry where action = 'area.imported' and actor = 'test-coordinator'"))
			.isPositive();
	}

	@Test
	void loadsVasterasAndTheDemoAreasOnStart() {
		AreaCatalog.AreaRef vasteras = catalog.area("1980", AreaLevel.KOMMUN, "1980").orElseThrow();
		assertThat(vasteras.name()).isEqualTo("Västerås");
		assertThat(catalog.atLevel("1980", AreaLevel.STADSDEL)).extracting(AreaCatalog.AreaRef::name)
			.containsExactly("Bäckby", "Centrum", "Hammarby", "Pettersberg", "Råby", "Skallberget", "Vetterslund",
					"Viksäng", "Önsta-Gryta")
			.hasSize(9);
		assertThat(catalog.atLevel("1980", AreaLevel.STADSDEL)).allMatch(AreaCatalog.AreaRef::demo)
			.allMatch(a -> a.parent().equals(vasteras.id()));
	}

	@Test
	void locatesAPointInTheSmallestDemoArea() {
		// Västerås resecentrum, and a little north of it in Centrum
		assertThat(catalog.locate(new Wgs84Point(59.6076, 16.5502).toSweref99())).map(AreaCatalog.AreaRef::name)
			.contains("Västerås resecentrum");
		assertThat(catalog.locate(new Wgs84Point(59.6150, 16.5450).toSweref99())).map(AreaCatalog.AreaRef::name)
			.contains("Centrum");
		assertThat(catalog.locate(new Wgs84Point(59.6076, 16.5502).toSweref99(), AreaLevel.STADSDEL))
			.map(AreaCatalog.AreaRef::name)
			.contains("Centrum");
		// Stockholm lies outside every area of Västerås
		assertThat(catalog.locate(new Wgs84Point(59.3293, 18.0686).toSweref99())).isEmpty();
		assertThat(catalog.locateAll(java.util.List.of(new Wgs84Point(59.6076, 16.5502).toSweref99(),
				new Wgs84Point(59.3293, 18.0686).toSweref99())))
			.extracting(a -> a == null ? null : a.name())
			.containsExactly("Västerås resecentrum", null);
	}

	@Test
	void rebuildsTheIndexWhenAreasChange() {
		long revision = catalog.revision();
		AreaImport.Outcome outcome = upload(AreaFixtures.collection(
				AreaFixtures.feature("0180", "Stockholm", "KOMMUN", null, 0)
					.replace("16.5", "18.0").replace("59.6", "59.3")), "0180");
		assertThat(outcome.problems()).isEmpty();
		assertThat(catalog.revision()).isGreaterThan(revision);
		assertThat(catalog.locate(new Wgs84Point(59.3025, 18.0025).toSweref99())).map(AreaCatalog.AreaRef::name)
			.contains("Stockholm");
	}

	@Test
	void refusesAnUploadByAnyoneButCoordinatorsAndAdmins() {
		TestUsers.signIn(Role.ANALYST);
		assertThatThrownBy(() -> areaImport.importUpload(AreaFixtures.collection().getBytes(StandardCharsets.UTF_8),
				"1980", AreaFileReader.SourceCrs.WGS84, "test"))
			.isInstanceOf(AuthorizationDeniedException.class);
	}

}
