package se.trygghet.incident;

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
import se.trygghet.TestTimes;
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
	IncidentReporting reporting;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	private int incidents() {
		return jdbc.sql("select count(*) from incident").query(Integer.class).single();
	}

	/** Rows inside Centrum with ids {@code prefix-0 …}, each a minute apart yesterday, so none is in the future. */
	private static StringBuilder goodRows(String prefix, int rows) {
		String day = TestTimes.yesterday().toString();
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
		csv.append("late-bad-last;klotter;").append(TestTimes.yesterday()).append(" 09:00;59.3293;18.0686;Polisen;2\n");
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
			.append(TestTimes.yesterday())
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
			csv.append("cap-").append(i).append(";inget-sadant;").append(TestTimes.yesterday())
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


	@Test
	void copiesARowWithTheSameValuesTheFormWouldStore() {
		TestUsers.signIn(Role.ANALYST);
		java.time.Instant at = java.time.ZonedDateTime.of(LocalDate.now().minusDays(2).atTime(21, 7, 30),
				java.time.ZoneId.of("Europe/Stockholm")).toInstant();
		NewIncident incident = new NewIncident("brand", at, 59.6150, 16.5450, " Mälarenergi ", "  ", 3,
				" Eldat i en papperskorg vid ån ");
		reporting.store(incident, "FORM", null, false);
		String csv = "id;kategori;tid;latitud;longitud;organisation;allvarlighet;roll;beskrivning\n"
				+ "same-values;brand;" + at.atZone(java.time.ZoneId.of("Europe/Stockholm")).toLocalDateTime()
					.toString().replace('T', ' ')
				+ "; 59.6150 ; 16.5450 ; Mälarenergi ;3;  ; Eldat i en papperskorg vid ån \n";

		IncidentFileImport.Outcome outcome = fileImport.importFile(csv.getBytes(StandardCharsets.UTF_8));

		assertThat(outcome.problems()).isEmpty();
		String columns = """
				municipality, category, occurred_at, latitude, longitude, east, north, area_id, organisation,
				reporter_role, severity, description, reported_by, demo, partner""";
		java.util.Map<String, Object> formRow = jdbc.sql("select " + columns
				+ " from incident where source = 'FORM' and occurred_at = :at and category = 'brand'")
			.param("at", java.sql.Timestamp.from(at))
			.query()
			.singleRow();
		java.util.Map<String, Object> copiedRow = jdbc.sql("select " + columns
				+ " from incident where source = 'FILE' and external_id = 'same-values'")
			.query()
			.singleRow();
		assertThat(copiedRow).isEqualTo(formRow);
		assertThat(copiedRow.get("area_id")).isNotNull();
		assertThat(copiedRow.get("description")).isEqualTo("Eldat i en papperskorg vid ån");
		assertThat(copiedRow.get("reporter_role")).isNull();
		assertThat(jdbc.sql("select abs(extract(epoch from reported_at - now())) < 60 from incident"
				+ " where source = 'FILE' and external_id = 'same-values'").query(Boolean.class).single()).isTrue();
	}

	@Test
	void anImportWaitsForAnotherImportOfTheSameSourceAndSkipsTheIdsItStored(
			@Autowired org.springframework.transaction.PlatformTransactionManager transactions,
			@Autowired IncidentCopy copy) throws Exception {
		java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			// the first import: holds the lock and has stored waits-0, not yet committed
			java.util.concurrent.Future<?> first = threads.submit(() -> {
				TestUsers.signIn(Role.ANALYST);
				new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(tx -> {
					copy.lockImports("FILE");
					reporting.store(new NewIncident("klotter", java.time.Instant.now().minusSeconds(3600), 59.6150,
							16.5450, "Polisen", null, 2, null), "FILE", "waits-0", false);
					holding.countDown();
					try {
						release.await();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				});
				return null;
			});
			holding.await();
			java.util.concurrent.Future<IncidentFileImport.Outcome> second = threads.submit(() -> {
				TestUsers.signIn(Role.ANALYST);
				return fileImport.importFile(goodRows("waits", 3).toString().getBytes(StandardCharsets.UTF_8));
			});
			// the second import waits for the first one's lock rather than copying waits-0 a second time
			long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
			while (jdbc.sql("select count(*) from pg_locks where locktype = 'advisory' and not granted")
				.query(Integer.class)
				.single() == 0) {
				assertThat(System.nanoTime()).as("the second import waits for the lock").isLessThan(deadline);
				Thread.sleep(20);
			}
			assertThat(second.isDone()).isFalse();
			release.countDown();
			first.get(20, java.util.concurrent.TimeUnit.SECONDS);

			IncidentFileImport.Outcome outcome = second.get(20, java.util.concurrent.TimeUnit.SECONDS);
			assertThat(outcome.added()).isEqualTo(2);
			assertThat(outcome.skipped()).isEqualTo(1);
			assertThat(jdbc.sql("select count(*) from incident where external_id like 'waits-%'")
				.query(Integer.class)
				.single()).isEqualTo(3);
		}
		finally {
			release.countDown();
			threads.shutdownNow();
		}
	}

}
