package se.trygghet.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;

/** The incident file import at volume: files larger than one batch, and more problems than are listed. */
@PlatformIntegrationTest
class IncidentFileImportVolumeTests {

	private static final String HEADER = "id;kategori;tid;latitud;longitud;organisation;allvarlighet\n";

	@Autowired
	IncidentFileImport fileImport;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HotSpots hotSpots;

	@Autowired
	IncidentReporting reporting;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	private int incidents() {
		return jdbc.sql("select count(*) from incident").query(Integer.class).single();
	}

	/** Rows inside Centrum with ids {@code prefix-0 …}, each a minute apart today. */
	private static StringBuilder goodRows(String prefix, int rows) {
		String day = LocalDate.now().toString();
		StringBuilder csv = new StringBuilder(HEADER);
		for (int i = 0; i < rows; i++) {
			csv.append(prefix).append('-').append(i).append(";klotter;").append(day)
				.append(String.format(" %02d:%02d", (i / 60) % 8, i % 60))
				.append(";59.6150;16.5450;Polisen;2\n");
		}
		return csv;
	}

	@Test
	void aBadRowAfterMoreThanOneBatchWritesNothingAndIsListed() {
		TestUsers.signIn(Role.ANALYST);
		int rows = IncidentFileImport.BATCH + 5;
		StringBuilder csv = goodRows("late-bad", rows);
		csv.append("late-bad-last;klotter;").append(LocalDate.now()).append(" 09:00;59.3293;18.0686;Polisen;2\n");
		int before = incidents();

		IncidentFileImport.Outcome outcome = fileImport.importFile(csv.toString().getBytes(StandardCharsets.UTF_8));

		assertThat(outcome.added()).isZero();
		assertThat(outcome.problemCount()).isEqualTo(1);
		assertThat(outcome.problems()).extracting(p -> p.row() + " " + p.column() + " " + p.code())
			.containsExactly((rows + 2) + " latitud/longitud situation.incident.location.outside");
		// the first batch had been written before the last row was read: it was rolled back
		assertThat(incidents()).isEqualTo(before);
	}

	@Test
	void aGoodFileLargerThanOneBatchIsWrittenWholeAndSkippedWhenSentAgain() {
		TestUsers.signIn(Role.ANALYST);
		int rows = IncidentFileImport.BATCH + 3;
		// the last row repeats the id of the first, which was written in the first batch
		StringBuilder csv = goodRows("two-batches", rows).append("two-batches-0;brand;")
			.append(LocalDate.now())
			.append(" 09:00;59.6150;16.5450;Polisen;3\n");
		int before = incidents();

		IncidentFileImport.Outcome first = fileImport.importFile(csv.toString().getBytes(StandardCharsets.UTF_8));
		IncidentFileImport.Outcome again = fileImport.importFile(csv.toString().getBytes(StandardCharsets.UTF_8));

		assertThat(first.problems()).isEmpty();
		assertThat(first.added()).isEqualTo(rows);
		assertThat(first.skipped()).isEqualTo(1);
		assertThat(again.added()).isZero();
		assertThat(again.skipped()).isEqualTo(rows + 1);
		assertThat(incidents()).isEqualTo(before + rows);
	}

	@Test
	void countsEveryProblemButListsOnlyTheFirstThousand() {
		TestUsers.signIn(Role.ANALYST);
		int bad = IncidentFileImport.MAX_PROBLEMS_LISTED + 250;
		StringBuilder csv = new StringBuilder(HEADER);
		for (int i = 0; i < bad; i++) {
			csv.append("cap-").append(i).append(";inget-sadant;").append(LocalDate.now())
				.append(" 09:00;59.6150;16.5450;Polisen;2\n");
		}
		int before = incidents();

		IncidentFileImport.Outcome outcome = fileImport.importFile(csv.toString().getBytes(StandardCharsets.UTF_8));

		assertThat(outcome.problemCount()).isEqualTo(bad);
		assertThat(outcome.truncated()).isTrue();
		assertThat(outcome.problems()).hasSize(IncidentFileImport.MAX_PROBLEMS_LISTED);
		assertThat(outcome.problems().get(0).row()).isEqualTo(2);
		assertThat(outcome.problems().get(IncidentFileImport.MAX_PROBLEMS_LISTED - 1).row())
			.isEqualTo(IncidentFileImport.MAX_PROBLEMS_LISTED + 1);
		assertThat(incidents()).isEqualTo(before);
	}

	@Test
	void theUploadPageSaysHowManyProblemsThereWereWhenNotAllAreListed() throws Exception {
		StringBuilder csv = new StringBuilder(HEADER);
		for (int i = 0; i < IncidentFileImport.MAX_PROBLEMS_LISTED + 1; i++) {
			csv.append("page-").append(i).append(";klotter;igår;59.6150;16.5450;Polisen;2\n");
		}
		mvc.perform(multipart("/incidents/import")
			.file(new MockMultipartFile("file", "many.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)))
			.with(csrf())
			.with(TestUsers.as(Role.ANALYST)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"import-problems-truncated\"")))
			.andExpect(content().string(Matchers.containsString("1001")));
	}


	private static int counted(String geoJson) {
		return java.util.regex.Pattern.compile("\"count\":(\\d+)")
			.matcher(geoJson)
			.results()
			.mapToInt(m -> Integer.parseInt(m.group(1)))
			.sum();
	}

	@Test
	void theKeptHotSpotMapCountsIncidentsImportedAfterItWasFirstShown() {
		TestUsers.signIn(Role.ANALYST);
		HotSpots.Query year = new HotSpots.Query(LocalDate.now().minusYears(1), LocalDate.now().plusDays(1),
				java.util.Set.of(), 250);
		int before = counted(hotSpots.geoJson(reporting.municipality(), year));
		assertThat(counted(hotSpots.geoJson(reporting.municipality(), year))).isEqualTo(before);

		fileImport.importFile(goodRows("kept-map", 7).toString().getBytes(StandardCharsets.UTF_8));

		assertThat(counted(hotSpots.geoJson(reporting.municipality(), year))).isEqualTo(before + 7);
	}

}
