package se.trygghet.followup;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.system.Csv;

@PlatformIntegrationTest
class ReportExportTests {

	static final Locale SWEDISH = Locale.forLanguageTag("sv");

	@Autowired
	FollowUp followUp;

	@Autowired
	Reports reports;

	@Autowired
	ReportExport export;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	RoundId roundWithOneReport(String period, String done) {
		TestUsers.signIn(Role.COORDINATOR);
		RoundId round = followUp.planRound(
				new ActionPlanId(jdbc.sql("select id from action_plan where plan_key = 'vasteras-2021-2023'")
					.query(UUID.class)
					.single()),
				period, "Export " + period, LocalDate.of(2020, 1, 1), LocalDate.of(2099, 1, 1));
		followUp.openRound(round);
		UUID miljo = jdbc.sql("select id from committee where short_name = 'MKN'").query(UUID.class).single();
		Report report = reports.ofRound(round)
			.stream()
			.filter(r -> r.activityNumber().toString().equals("2.6"))
			.findFirst()
			.orElseThrow();
		TestUsers.signIn(Role.COMMITTEE_REPORTER, miljo);
		followUp.saveDraft(report.id(), report.version(), new ReportContent(ActivityStatus.GENOMFORD, null, done,
				"Färre ärenden om överservering", null, GoalContribution.BIDRAR));
		return round;
	}

	@Test
	void exportsEveryReportAsASpreadsheetWithSwedishTextIntact() throws Exception {
		RoundId round = roundWithOneReport("2085", "Tillsyn av 120 serveringsställen i Västerås, även på Åkerby torg.");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.xlsx(round, SWEDISH)))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(37 + 76);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Aktivitet");
			boolean found = false;
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				if (sheet.getRow(r).getCell(0).getStringCellValue().equals("2.6")) {
					assertThat(sheet.getRow(r).getCell(5).getStringCellValue()).isEqualTo("Genomförd");
					assertThat(sheet.getRow(r).getCell(7).getStringCellValue()).contains("Åkerby torg");
					found = true;
				}
			}
			assertThat(found).isTrue();
		}
	}

	@Test
	void exportsCsvForSwedishSpreadsheetsAndDefusesFormulas() {
		RoundId round = roundWithOneReport("2096", "=HYPERLINK(\"http://example.invalid\";\"klicka\")");
		String csv = new String(export.csv(round, SWEDISH), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF\"Aktivitet\";\"Aktivitetens text\"");
		assertThat(csv.split("\r\n")).hasSize(1 + 37 + 76);
		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://example.invalid\"\";\"\"klicka\"\")\"")
			.contains("Färre ärenden om överservering");
	}

	@Test
	void exportsCsvThatReadsBackWithLineBreaksQuotesAndSemicolonsInAReport() throws Exception {
		String done = "Tillsyn av 120 serveringsställen;\r\nsärskilt kring \"Åkerby torg\".\nFler rader.";
		RoundId round = roundWithOneReport("2086", done);

		List<List<String>> records = new ArrayList<>();
		try (CsvReader<CsvRecord> reader = Csv.reader(Csv.text(export.csv(round, SWEDISH)))) {
			reader.forEach(r -> records.add(r.getFields()));
		}

		assertThat(records).hasSize(1 + 37 + 76).first().satisfies(h -> assertThat(h).startsWith("Aktivitet"));
		assertThat(records).filteredOn(r -> r.get(0).equals("2.6"))
			.singleElement()
			.satisfies(r -> assertThat(r.get(7)).isEqualTo(done));
	}

}
