package se.trygghet.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.indicator.IndicatorImports.State;
import se.trygghet.indicator.ImportRuns.Problem;

/**
 * Importing files of values: every problem listed with its row and column and nothing written; a good file written
 * and, imported again, changing nothing. Values are for years in the 1980s, before anything other tests read.
 */
@PlatformIntegrationTest
class FileImportTests {

	static final String HEADER = "Indikator;År;Område;Kön;Värde;Antal svarande\n";

	@Autowired
	FileImport fileImport;

	@Autowired
	ImportRuns runs;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void signIn() {
		TestUsers.signIn(Role.COORDINATOR);
	}

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	long rows(String source) {
		return jdbc.sql("select count(*) from measurement where source = :s").param("s", source).query(Long.class).single();
	}

	FileImport.Outcome importCsv(String csv, String source) throws Exception {
		return importBytes("värden.csv", csv.getBytes(StandardCharsets.UTF_8), source);
	}

	FileImport.Outcome importBytes(String name, byte[] content, String source) throws Exception {
		ImportTable table = ImportTable.read(ImportTable.detect(name, content), content);
		return fileImport.importTable(name, table,
				new FileImport.Mapping(ImportField.detect(table.headers()), source));
	}

	@Test
	void rejectsABadFileListingEveryProblemWithRowAndColumnAndWritesNothing() throws Exception {
		long before = jdbc.sql("select count(*) from measurement").query(Long.class).single();
		String csv = HEADER + "Tillit bland barn;1985;1980;flickor;61,5;120\n" // fine
				+ "Tillit bland katter;1985;1980;;61,5;120\n" // unknown indicator
				+ "Tillit bland barn;1985Q7;1980;pojkar;61,5;120\n" // bad period
				+ "Tillit bland barn;1986;centrum;pojkar;sextio;120\n" // text in a number column
				+ "Tillit bland barn;1986;Atlantis;flickor;58;120\n" // unknown area
				+ "Tillit bland barn;1987;1980;kvinnor;58;120\n" // a breakdown the indicator does not have
				+ "Tillit bland barn;;Skultuna;X;59;många\n"; // empty period, bad gender, not a whole number

		FileImport.Outcome outcome = importCsv(csv, "Fel (filtest)");

		assertThat(outcome.written()).isFalse();
		assertThat(outcome.state()).isEqualTo(State.REFUSED);
		assertThat(outcome.problems()).extracting(Problem::row, Problem::column, Problem::code)
			.containsExactly(tuple(3, "Indikator (A)", "indicator.row.indicator.unknown"),
					tuple(4, "År (B)", "indicator.row.period.invalid"),
					tuple(5, "Värde (E)", "indicator.import.number.invalid"),
					tuple(6, "Område (C)", "indicator.row.area.unknown"),
					tuple(7, "Kön (D)", "indicator.row.breakdown.notAvailable"),
					tuple(8, "År (B)", "indicator.import.cell.empty"),
					tuple(8, "Kön (D)", "indicator.import.gender.unknown"),
					tuple(8, "Antal svarande (F)", "indicator.import.integer.invalid"));
		assertThat(jdbc.sql("select count(*) from measurement").query(Long.class).single()).isEqualTo(before);
		IndicatorImports.ImportRun run = runs.find(outcome.run()).orElseThrow();
		assertThat(run.state()).isEqualTo(State.REFUSED);
		assertThat(run.problemCount()).isEqualTo(8);
		assertThat(run.rowsRead()).isEqualTo(7);
		assertThat(runs.problems(outcome.run())).hasSize(8)
			.first()
			.satisfies(p -> assertThat(p.args()).containsExactly("Tillit bland katter"));
	}

	@Test
	void importsAGoodFileAndChangesNothingWhenImportedAgain() throws Exception {
		// a BOM, semicolons, decimal commas, Swedish gender words, area by code and by name, a missing value
		String csv = "\uFEFF" + HEADER + "Tillit bland barn;1985;1980;Totalt;61,5;120\n"
				+ "Tillit bland barn;1985;1980;Flickor;60,25;64\n" + "Tillit bland barn;1985;Bäckby;pojkar;58.5;40\n"
				+ "Sysselsättningsgrad;1985;1980;K;78,1;\n" + "N00914;1985;1980;M;;\n";

		FileImport.Outcome first = importCsv(csv, "Bra (filtest)");

		assertThat(first.problems()).isEmpty();
		assertThat(first.written()).isTrue();
		assertThat(List.of(first.added(), first.changed(), first.unchanged())).containsExactly(5, 0, 0);
		assertThat(jdbc.sql("""
				select value::text from measurement where source = 'Bra (filtest)' and breakdown = 'kon=flickor'
				""").query(String.class).single()).isEqualTo("60.25");
		assertThat(jdbc.sql("""
				select status || ':' || coalesce(value::text, 'null') from measurement
				 where source = 'Bra (filtest)' and breakdown = 'kon=man'
				""").query(String.class).single()).isEqualTo("MISSING:null");

		FileImport.Outcome again = importCsv(csv, "Bra (filtest)");

		assertThat(List.of(again.added(), again.changed(), again.unchanged())).containsExactly(0, 0, 5);
		assertThat(rows("Bra (filtest)")).isEqualTo(5);
		IndicatorImports.ImportRun run = runs.find(again.run()).orElseThrow();
		assertThat(run.state()).isEqualTo(State.SUCCEEDED);
		assertThat(run.unchanged()).isEqualTo(5);
		assertThat(run.missing()).isEqualTo(1);
		assertThat(run.duration()).isNotNull();
		se.trygghet.plan.IndicatorId employment = new se.trygghet.plan.IndicatorId(jdbc
			.sql("select id from indicator where name = 'Sysselsättningsgrad' limit 1")
			.query(java.util.UUID.class)
			.single());
		assertThat(runs.runsFor(employment, 5)).extracting(IndicatorImports.ImportRun::id)
			.contains(first.run(), again.run());
	}

	@Test
	void readsAQuotedCellWithLineBreaksAsOneRowAndNamesRowsByRecord() throws Exception {
		// row 2 spans three lines of the file; the problem in row 3 is named by its record, not its line (5)
		String csv = "Indikator;År;Område;Kön;Värde;Kommentar\r\n"
				+ "Tillit bland barn;1982;1980;flickor;61,5;\"Enkät i skolan;\r\nsvar från \"\"åk 9\"\"\r\nslut\"\r\n"
				+ "\"Tillit bland barn\";1982;1980;pojkar;sextio;\"rad ett\nrad två\"\r\n";

		ImportTable table = ImportTable.read(ImportTable.Format.CSV, csv.getBytes(StandardCharsets.UTF_8));
		FileImport.Outcome outcome = importCsv(csv, "Radbrytning (filtest)");

		assertThat(table.rows()).extracting(ImportTable.Row::number).containsExactly(2, 3);
		assertThat(table.rows().get(0).cells()).containsExactly("Tillit bland barn", "1982", "1980", "flickor", "61,5",
				"Enkät i skolan;\r\nsvar från \"åk 9\"\r\nslut");
		assertThat(outcome.problems()).extracting(Problem::row, Problem::column, Problem::code)
			.containsExactly(tuple(3, "Värde (E)", "indicator.import.number.invalid"));
		assertThat(runs.find(outcome.run()).orElseThrow().rowsRead()).isEqualTo(2);
	}

	@Test
	void importsAFileThePlatformExportedWithAQuotedLineBreak() throws Exception {
		byte[] exported = se.trygghet.system.Csv.write(List.of(List.of("Indikator", "År", "Område", "Kön", "Värde",
				"Kommentar"), java.util.Arrays.asList("Tillit bland barn", 1981, "1980", "flickor",
						new java.math.BigDecimal("61.5"), "första raden\nandra; \"tredje\"")));

		FileImport.Outcome outcome = importBytes("export.csv", exported, "Export (filtest)");

		assertThat(outcome.problems()).isEmpty();
		assertThat(jdbc.sql("select period || ' ' || breakdown || ' ' || value from measurement "
				+ "where source = 'Export (filtest)'").query(String.class).single()).isEqualTo("1981 kon=flickor 61.5");
	}

	@Test
	void readsTheFirstSheetOfAnXlsxWorkbook() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet("Värden");
			String[][] cells = { { "Indicator", "Year", "Area", "Gender", "Value" },
					{ "Tillit bland barn", "1984", "centrum", "girls", null } };
			for (int r = 0; r < cells.length; r++) {
				XSSFRow row = sheet.createRow(r);
				for (int c = 0; c < cells[r].length; c++) {
					if (cells[r][c] != null) {
						row.createCell(c).setCellValue(cells[r][c]);
					}
				}
			}
			sheet.getRow(1).createCell(1).setCellValue(1984);
			sheet.getRow(1).createCell(4).setCellValue(55.5);
			workbook.write(out);
		}

		FileImport.Outcome outcome = importBytes("värden.xlsx", out.toByteArray(), "Excel (filtest)");

		assertThat(outcome.problems()).isEmpty();
		assertThat(outcome.added()).isEqualTo(1);
		assertThat(jdbc.sql("select period || ' ' || breakdown || ' ' || value from measurement "
				+ "where source = 'Excel (filtest)'").query(String.class).single()).isEqualTo("1984 kon=flickor 55.5");
	}

	@Test
	void refusesAFileThatIsNotAWorkbookOrNotText() {
		assertThatThrownBy(() -> ImportTable.detect("värden.xlsx", "Indikator;År".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(ImportTable.Unreadable.class)
			.hasMessage("indicator.import.file.notWorkbook");
		byte[] fakeZip = { 'P', 'K', 3, 4, 0, 0, 1, 2, 3 };
		assertThatThrownBy(() -> ImportTable.read(ImportTable.Format.XLSX, fakeZip))
			.hasMessage("indicator.import.file.notWorkbook");
		byte[] binary = { 'a', ';', 'b', '\n', 0, 1, 2, '\n' };
		assertThatThrownBy(() -> ImportTable.read(ImportTable.Format.CSV, binary))
			.hasMessage("indicator.import.file.notText");
		assertThatThrownBy(() -> ImportTable.detect("värden.pdf", binary)).hasMessage("indicator.import.file.type");
		assertThatThrownBy(() -> ImportTable.read(ImportTable.Format.CSV, new byte[ImportTable.MAX_BYTES + 1]))
			.hasMessage("indicator.import.file.tooLarge");
	}

	@Test
	void readsWindows1252AndCommaSeparatedFiles() throws Exception {
		byte[] latin = "Område,Värde\n\"Bäckby, norra\",\"1,5\"\n".getBytes(Charset.forName("windows-1252"));

		ImportTable table = ImportTable.read(ImportTable.Format.CSV, latin);

		assertThat(table.headers()).containsExactly("Område", "Värde");
		assertThat(table.rows()).singleElement().satisfies(row -> {
			assertThat(row.number()).isEqualTo(2);
			assertThat(row.cells()).containsExactly("Bäckby, norra", "1,5");
		});
	}

	@Test
	void picksColumnsFromSwedishAndEnglishHeaders() {
		Map<ImportField, Integer> expected = new EnumMap<>(ImportField.class);
		expected.putAll(Map.of(ImportField.INDICATOR, 0, ImportField.PERIOD, 1, ImportField.AREA, 2,
				ImportField.GENDER, 3, ImportField.AGE, 4, ImportField.VALUE, 5, ImportField.RESPONDENTS, 6,
				ImportField.STATUS, 7));

		assertThat(ImportField.detect(List.of("Indikator", "År", "Område", "Kön", "Ålder", "Värde", "Antal svarande",
				"Status"))).isEqualTo(expected);
		assertThat(ImportField.detect(List.of("indicator", "YEAR", "area", "gender", "Age", "value", "respondents",
				"status"))).isEqualTo(expected);
		assertThat(ImportField.detect(List.of("Kommentar", "Period"))).containsOnly(Map.entry(ImportField.PERIOD, 1));
	}

}
