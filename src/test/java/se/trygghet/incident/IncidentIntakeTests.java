package se.trygghet.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import se.trygghet.system.Refusal;

/** Incidents in from the form, a file and the retention job, against the demo areas of Västerås. */
@PlatformIntegrationTest
class IncidentIntakeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IncidentReporting reporting;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DescriptionRetention retention;

	@Autowired
	IncidentFileImport fileImport;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	int incidents() {
		return jdbc.sql("select count(*) from incident").query(Integer.class).single();
	}


	@Test
	void theFormOffersUseMyPositionWithTheSameButtonAndScriptAsTheResidentsForm() throws Exception {
		String incident = mvc.perform(get("/incidents/new").with(TestUsers.as(Role.FIELD_REPORTER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String resident = mvc.perform(get("/rapportera"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		for (String page : java.util.List.of(incident, resident)) {
			assertThat(page).contains("id=\"use-my-position\"").contains(">Använd min position</button>")
				.contains("<script src=\"/js/my-position.js\" defer></script>");
		}
	}

	@Test
	void theFormsTextFieldsStopAtTheLengthTheServerAccepts() throws Exception {
		String empty = mvc.perform(get("/incidents/new").with(TestUsers.as(Role.FIELD_REPORTER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		// shown again after a refusal, with a value that could not be read, too
		String refused = mvc.perform(post("/incidents").with(csrf())
			.with(TestUsers.as(Role.FIELD_REPORTER))
			.param("latitude", "nära torget")
			.param("reporterRole", "Fältsekreterare"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		int limited = 0;
		for (java.lang.reflect.RecordComponent component : IncidentController.IncidentForm.class.getRecordComponents()) {
			jakarta.validation.constraints.Size size = IncidentController.IncidentForm.class
				.getDeclaredField(component.getName())
				.getAnnotation(jakarta.validation.constraints.Size.class);
			if (size == null) {
				continue;
			}
			limited++;
			for (String page : java.util.List.of(empty, refused)) {
				assertThat(maxLength(page, component.getName())).as(component.getName()).isEqualTo(size.max());
			}
		}
		assertThat(limited).as("the form's limited text fields").isGreaterThanOrEqualTo(3);
	}

	/** The maxlength of the input or textarea with that name, or null when it has none. */
	private static @org.jspecify.annotations.Nullable Integer maxLength(String html, String name) {
		java.util.regex.Matcher field = java.util.regex.Pattern
			.compile("<(?:input|textarea)\\b[^>]*\\bname=\"" + name + "\"[^>]*>")
			.matcher(html);
		assertThat(field.find()).as("a field named " + name).isTrue();
		java.util.regex.Matcher max = java.util.regex.Pattern.compile("\\bmaxlength=\"(\\d+)\"").matcher(field.group());
		return max.find() ? Integer.valueOf(max.group(1)) : null;
	}

	@Test
	void refusesADescriptionWithAPersonalIdentityNumberOnTheFormAndStoresNothing() throws Exception {
		int before = incidents();
		mvc.perform(post("/incidents").with(csrf())
			.with(TestUsers.as(Role.ANALYST))
			.param("category", "klotter")
			.param("occurredAt", TestTimes.yesterday().atTime(12, 0).toString())
			.param("latitude", "59.6150")
			.param("longitude", "16.5450")
			.param("organisation", "Polisen")
			.param("severity", "2")
			.param("description", "Mannen 19850710-1234 sprayade på väggen"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("ser ut som ett personnummer")));
		assertThat(incidents()).isEqualTo(before);
	}


	@Test
	void showsEveryWrongFieldOfTheFormAtOnceBesideItAndKeepsWhatWasTyped() throws Exception {
		int before = incidents();
		mvc.perform(post("/incidents").with(csrf())
			.with(TestUsers.as(Role.FIELD_REPORTER))
			.param("category", "")
			.param("occurredAt", "6/12 kl 18")
			.param("latitude", "59,61")
			.param("longitude", "16.5450")
			.param("organisation", "")
			.param("severity", "x")
			.param("description", "Krossad ruta vid busshållplatsen"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-error-summary")))
			.andExpect(content().string(Matchers.containsString("id=\"latitude-error\"")))
			.andExpect(content().string(Matchers.containsString("Skriv latituden som ett tal med punkt")))
			.andExpect(content().string(Matchers.containsString("id=\"occurredAt-error\"")))
			.andExpect(content().string(Matchers.containsString("id=\"category-error\"")))
			.andExpect(content().string(Matchers.containsString("id=\"organisation-error\"")))
			.andExpect(content().string(Matchers.containsString("id=\"severity-error\"")))
			.andExpect(content().string(Matchers.containsString("value=\"59,61\"")))
			.andExpect(content().string(Matchers.containsString("value=\"6/12 kl 18\"")))
			.andExpect(content().string(Matchers.containsString("Krossad ruta vid busshållplatsen")))
			// a coordinate that is not a number is not also "missing"
			.andExpect(content().string(Matchers.not(Matchers.containsString("Välj en plats på kartan"))));
		assertThat(incidents()).isEqualTo(before);
	}


	@Test
	void storesAnIncidentInBothCoordinateSystemsWithTheSmallestAreaAroundIt() throws Exception {
		mvc.perform(post("/incidents").with(csrf())
			.with(TestUsers.as(Role.ANALYST))
			.param("category", "klotter")
			.param("occurredAt", TestTimes.yesterday().atTime(9, 30).toString())
			.param("latitude", "59.6150")
			.param("longitude", "16.5450")
			.param("organisation", "Tekniska förvaltningen")
			.param("severity", "1")
			.param("description", "Klotter på elskåpet vid torget"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/incidents/mine"));
		var row = jdbc.sql("""
				select a.name, i.east, i.north from incident i join area a on a.id = i.area_id
				 where i.description = 'Klotter på elskåpet vid torget'
				""").query((rs, n) -> new Object[] { rs.getString(1), rs.getDouble(2), rs.getDouble(3) }).single();
		assertThat(row[0]).isEqualTo("Centrum");
		// SWEREF 99 TM of 59.6150 N 16.5450 E
		assertThat((double) row[1]).isBetween(587_000.0, 589_000.0);
		assertThat((double) row[2]).isBetween(6_609_000.0, 6_611_000.0);
	}


	@Test
	void showsAFieldReporterOnlyTheirOwnReportsAndNoneOfTheLagesbild() throws Exception {
		mvc.perform(post("/incidents").with(csrf())
			.with(TestUsers.as("falt-anna", Role.FIELD_REPORTER))
			.param("category", "nedskrapning")
			.param("occurredAt", TestTimes.yesterday().atTime(8, 15).toString())
			.param("latitude", "59.6150")
			.param("longitude", "16.5450")
			.param("organisation", "Bostads AB Mimer")
			.param("severity", "1")
			.param("description", "Sopor utanför porten på Annas runda"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/incidents/mine").with(TestUsers.as("falt-anna", Role.FIELD_REPORTER)))
			.andExpect(content().string(Matchers.containsString("Sopor utanför porten på Annas runda")));
		mvc.perform(get("/incidents/mine").with(TestUsers.as("falt-bertil", Role.FIELD_REPORTER)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("Annas runda"))));
		mvc.perform(get("/situation").with(TestUsers.as("falt-anna", Role.FIELD_REPORTER)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/hotspots").with(TestUsers.as("falt-anna", Role.FIELD_REPORTER)))
			.andExpect(status().isForbidden());
	}


	@Test
	void refusesAPlaceOutsideTheMunicipalityAnUnknownCategoryAndAFutureTimeAllAtOnce() {
		TestUsers.signIn(Role.ANALYST);
		NewIncident stockholm = new NewIncident("inget-sådant", Instant.now().plus(2, ChronoUnit.DAYS), 59.3293,
				18.0686, "Polisen", null, 2, null);
		assertThatThrownBy(() -> reporting.report(stockholm)).isInstanceOfSatisfying(Refusal.class,
				ex -> assertThat(ex.fieldCodes()).containsEntry("location", "situation.incident.location.outside")
					.containsEntry("category", "situation.incident.category.unknown")
					.containsEntry("occurredAt", "situation.incident.time.future"));
	}


	@Test
	void refusesABadFileListingEveryProblemByRowAndColumnAndWritesNothing() {
		TestUsers.signIn(Role.ANALYST);
		String yesterday = TestTimes.yesterday() + " 10:00";
		String csv = "kategori;tid;latitud;longitud;organisation;allvarlighet;beskrivning\n"
				+ "klotter;" + yesterday + ";59.6150;16.5450;Polisen;2;Klotter på muren\n"
				+ "klotter;" + yesterday + ";59.3293;18.0686;Polisen;2;I Stockholm\n"
				+ "inget-sadant;" + yesterday + ";59.6150;16.5450;Polisen;2;\n"
				+ "brand;igår;59.6150;16.5450;Polisen;2;\n"
				+ "brand;" + yesterday + ";59.6150;16.5450;Polisen;2;Ägaren 850710-1234 ringde\n";
		int before = incidents();
		IncidentFileImport.Outcome outcome = fileImport.importFile(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(outcome.added()).isZero();
		assertThat(outcome.problems()).extracting(p -> p.row() + " " + p.column() + " " + p.code())
			.containsExactlyInAnyOrder("3 latitud/longitud situation.incident.location.outside",
					"4 kategori situation.incident.category.unknown", "5 tid situation.import.badTime",
					"6 beskrivning situation.personalData.personnummer");
		assertThat(incidents()).isEqualTo(before);
	}


	@Test
	void importsAGoodFileOnceAndSkipsItsRowsWhenItIsSentAgain() {
		TestUsers.signIn(Role.ANALYST);
		String yesterday = TestTimes.yesterday() + " 08:15";
		String csv = "\uFEFFid,kategori,tid,e,n,organisation,allvarlighet\n"
				+ "mimer-1,nedskrapning," + yesterday + ",\"587500,0\",\"6610000,0\",Bostads AB Mimer,1\n"
				+ "mimer-2,klotter," + yesterday + ",587600,6610100,Bostads AB Mimer,2\n";
		IncidentFileImport.Outcome first = fileImport.importFile(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(first.problems()).isEmpty();
		assertThat(first.added()).isEqualTo(2);
		IncidentFileImport.Outcome again = fileImport.importFile(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(again.added()).isZero();
		assertThat(again.skipped()).isEqualTo(2);
	}


	@Test
	void clearsDescriptionsPastTheirRetentionButKeepsTheIncident() {
		TestUsers.signIn(Role.ANALYST);
		java.util.UUID old = reporting.report(new NewIncident("nedskrapning", Instant.now().minusSeconds(3600), 59.6150,
				16.5450, "Tekniska förvaltningen", null, 1, "Soppåsar vid återvinningen"));
		java.util.UUID fresh = reporting.report(new NewIncident("nedskrapning", Instant.now().minusSeconds(60), 59.6150,
				16.5450, "Tekniska förvaltningen", null, 1, "Nya soppåsar"));
		// as if the first had been reported 400 days ago
		jdbc.sql("update incident set reported_at = now() - interval '400 days' where id = :id").param("id", old).update();
		assertThat(retention.clearExpired()).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.sql("select description is null and description_cleared_at is not null from incident where id = :id")
			.param("id", old).query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("select description from incident where id = :id").param("id", fresh).query(String.class)
			.single()).isEqualTo("Nya soppåsar");
		assertThat(jdbc.sql("select category from incident where id = :id").param("id", old).query(String.class).single())
			.isEqualTo("nedskrapning");
	}

}
