package se.trygghet.area;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;

@PlatformIntegrationTest
class AreaWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AreaCatalog catalog;

	String centre() {
		return catalog.area("1980", AreaLevel.STADSDEL, "centrum").orElseThrow().id().toString();
	}

	@Test
	void servesTheAreasAsGeoJsonToAnyone() throws Exception {
		String body = mvc.perform(get("/api/v1/areas").param("municipality", "1980"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/geo+json"))
			.andExpect(jsonPath("$.type", is("FeatureCollection")))
			.andExpect(jsonPath("$.features[*].properties.name", hasItem("Bäckby")))
			.andExpect(jsonPath("$.features[?(@.properties.code == 'centrum')].properties.demo", everyItem(is(true))))
			.andExpect(jsonPath("$.features[?(@.properties.code == 'centrum')].geometry.type", hasItem("Polygon")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// WGS84 longitude first, rounded to six decimals
		org.assertj.core.api.Assertions.assertThat(body).doesNotContainPattern("\\d\\.\\d{7}").contains("[16.5");
	}

	@Test
	void filtersTheAreasByLevel() throws Exception {
		mvc.perform(get("/api/v1/areas").param("level", "KOMMUN"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.features[*].properties.level", everyItem(is("KOMMUN"))));
		mvc.perform(get("/api/v1/areas").param("level", "LAN"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	@Test
	void servesOneAreaAndAnswersNotModifiedUntilAreasChange() throws Exception {
		String etag = mvc.perform(get("/api/v1/areas/" + centre()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type", is("Feature")))
			.andExpect(jsonPath("$.id", is(centre())))
			.andExpect(jsonPath("$.properties.name", is("Centrum")))
			.andExpect(jsonPath("$.properties.level", is("STADSDEL")))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		mvc.perform(get("/api/v1/areas/" + centre()).header("If-None-Match", etag)).andExpect(status().isNotModified());
	}

	@Test
	void answersAMissingAreaWithProblemJson() throws Exception {
		for (String id : new String[] { "00000000-0000-0000-0000-000000000000", "inte-ett-id" }) {
			mvc.perform(get("/api/v1/areas/" + id))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(jsonPath("$.status", is(404)));
		}
	}

	@Test
	void showsTheHierarchyToASignedInViewer() throws Exception {
		mvc.perform(get("/areas").with(TestUsers.as(Role.VIEWER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Västerås")))
			.andExpect(content().string(containsString("Önsta-Gryta")))
			.andExpect(content().string(containsString("Demodata")))
			.andExpect(content().string(not(containsString("href=\"/areas/import\""))));
	}

	@Test
	void showsAnAreaWithItsMapAndTheSameFactsInText() throws Exception {
		mvc.perform(get("/areas/" + centre()).with(TestUsers.as(Role.VIEWER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"area-map\"")))
			.andExpect(content().string(containsString("aria-label=\"Karta över Centrum\"")))
			.andExpect(content().string(containsString("/webjars/leaflet/1.9.4/dist/leaflet.js")))
			.andExpect(content().string(containsString("/webjars/leaflet/1.9.4/dist/leaflet.css")))
			.andExpect(content().string(containsString("/webjars/htmx.org/2.0.10/dist/htmx.min.js")))
			.andExpect(content().string(containsString("Västerås resecentrum")))
			.andExpect(content().string(containsString("km²")))
			.andExpect(content().string(containsString("SWEREF 99 TM: N 66")))
			.andExpect(content().string(containsString("Gränsen är påhittad")));
		mvc.perform(get("/areas/inte-ett-id").with(TestUsers.as(Role.VIEWER))).andExpect(status().isNotFound());
	}

	@Autowired
	AreaImport areaImport;

	@Test
	void showsAnAreaWithoutBoundaryWithoutAMap() throws Exception {
		String uppsala = "{\"type\": \"Feature\", \"properties\": {\"code\": \"0380\", \"name\": \"Uppsala\", "
				+ "\"level\": \"KOMMUN\"}, \"geometry\": null}";
		TestUsers.signIn(Role.COORDINATOR);
		try {
			areaImport.importUpload(AreaFixtures.collection(uppsala).getBytes(StandardCharsets.UTF_8), "0380",
					AreaFileReader.SourceCrs.WGS84, "test");
		}
		finally {
			TestUsers.signOut();
		}
		String id = catalog.area("0380", AreaLevel.KOMMUN, "0380").orElseThrow().id().toString();
		mvc.perform(get("/areas/" + id).with(TestUsers.as(Role.VIEWER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"area-no-map\"")))
			.andExpect(content().string(not(containsString("id=\"area-map\""))));
		mvc.perform(get("/api/v1/areas/" + id)).andExpect(jsonPath("$.geometry").value(org.hamcrest.Matchers.nullValue()));
	}

	@Test
	void listsEveryProblemOfAnUploadedFileAndSavesNothing() throws Exception {
		String file = AreaFixtures.collection(AreaFixtures.feature("x", "", "STADSDEL", null, 0),
				AreaFixtures.feature("y", "Y", "STADSDEL", "saknas", 1));
		mvc.perform(multipart("/areas/import")
			.file(new MockMultipartFile("file", "fel.geojson", "application/geo+json", file.getBytes(StandardCharsets.UTF_8)))
			.param("municipality", "1980")
			.param("crs", "WGS84")
			.with(csrf())
			.with(TestUsers.as(Role.COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Filen har 2 fel. Ingenting har sparats.")))
			.andExpect(content().string(containsString("features[0]")))
			.andExpect(content().string(containsString("features[1]")))
			.andExpect(content().string(containsString("Namnet saknas")));
		mvc.perform(multipart("/areas/import")
			.file(new MockMultipartFile("file", "karta.kml", "application/xml", "<kml/>".getBytes(StandardCharsets.UTF_8)))
			.param("municipality", "1980")
			.with(csrf())
			.with(TestUsers.as(Role.COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Filen måste vara GeoJSON")));
		org.assertj.core.api.Assertions.assertThat(catalog.area("1980", AreaLevel.STADSDEL, "y")).isEmpty();
	}

	@Test
	void importsAnUploadedFileAndSaysHowMany() throws Exception {
		String file = AreaFixtures.collection(AreaFixtures.feature("uppladdad", "Uppladdad", "STATISTIKOMRADE", "centrum", 0));
		mvc.perform(multipart("/areas/import")
			.file(new MockMultipartFile("file", "ny.geojson", "application/geo+json", file.getBytes(StandardCharsets.UTF_8)))
			.param("municipality", "1980")
			.param("crs", "WGS84")
			.with(csrf())
			.with(TestUsers.as(Role.ADMIN)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/areas"));
		AreaCatalog.AreaRef uploaded = catalog.area("1980", AreaLevel.STATISTIKOMRADE, "uppladdad").orElseThrow();
		org.assertj.core.api.Assertions.assertThat(catalog.ancestors(uploaded.id())).extracting(AreaCatalog.AreaRef::name)
			.containsExactly("Centrum", "Västerås");
	}

	@Test
	void showsTheFormAgainWhenAChoiceIsTamperedWith() throws Exception {
		mvc.perform(multipart("/areas/import")
			.file(new MockMultipartFile("file", "ny.geojson", "application/geo+json", "{}".getBytes(StandardCharsets.UTF_8)))
			.param("municipality", "1984")
			.param("crs", "RT90")
			.with(csrf())
			.with(TestUsers.as(Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"crs-WGS84\"")))
			// the choice that could not be read has its error beside it; what was typed is kept
			.andExpect(model().attributeHasFieldErrorCode("form", "crs", "typeMismatch"))
			.andExpect(content().string(containsString("id=\"crs-error\"")))
			.andExpect(content().string(containsString("value=\"1984\"")));
		// a file of the wrong type is named at the same time, beside its field
		mvc.perform(multipart("/areas/import")
			.file(new MockMultipartFile("file", "karta.kml", "application/xml", "<kml/>".getBytes(StandardCharsets.UTF_8)))
			.param("municipality", "1980")
			.param("crs", "RT90")
			.with(csrf())
			.with(TestUsers.as(Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "crs", "typeMismatch"))
			.andExpect(model().attributeHasFieldErrorCode("form", "file", "area.file.type"))
			.andExpect(content().string(containsString("id=\"file-error\"")));
	}

}
