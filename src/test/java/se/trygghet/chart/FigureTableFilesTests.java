package se.trygghet.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import se.trygghet.chart.FigureTable.Column;

/** A page's table written for download: numbers as numbers with the page's decimals, missing empty, notes after. */
class FigureTableFilesTests {

	static final FigureTable TABLE = new FigureTable("Lägesbild 2026-W48", "lagesbild-2026-w48",
			List.of(Column.text("Område"), Column.number("Antal", 0), Column.number("Medel", 1),
					Column.number("p", 3)),
			List.of(Arrays.asList("Bäckby", 3, 0.25, "< 0,001"), Arrays.asList("=SUM(A1)", null, 12345.75, 0.0125),
					Arrays.asList("Hela kommunen", 1234567, new BigDecimal("2"), null)),
			List.of("Demodata: påhittade händelser."));

	@Test
	void writesNumbersAsNumbersWithThePagesDecimalsAndLeavesMissingEmpty() throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(FigureTableFiles.xlsx(TABLE)))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Område");
			assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3);
			assertThat(sheet.getRow(1).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
			// half up, as the page writes it: 0,25 is 0,3
			assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(0.3);
			assertThat(sheet.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
			assertThat(sheet.getRow(1).getCell(3).getCellType()).isEqualTo(CellType.STRING);
			// missing is no cell at all, never 0
			assertThat(sheet.getRow(2).getCell(1)).isNull();
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("=SUM(A1)");
			assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(12345.8);
			// a read model's number with fewer decimals keeps them, as its row is shown
			assertThat(sheet.getRow(3).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
			assertThat(sheet.getRow(3).getCell(3)).isNull();
			assertThat(sheet.getRow(4)).isNull();
			assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Demodata: påhittade händelser.");
		}
	}

	@Test
	void roundsADoubleByItsExactValueAsThePagesFormatDoes() {
		// 0.15 is 0.1499999… as a double: the page's format writes 0,1, so the download holds 0.1 too
		assertThat(FigureTable.rounded(0.15, 1))
			.isEqualByComparingTo(se.trygghet.system.Decimals.format(0.15, 1, java.util.Locale.ROOT));
		assertThat(FigureTable.rounded(2.675, 2))
			.isEqualByComparingTo(se.trygghet.system.Decimals.format(2.675, 2, java.util.Locale.ROOT));
	}

	@Test
	void writesTheSameTableAsCsvInTheDialectSwedishExcelOpens() {
		byte[] csv = FigureTableFiles.csv(TABLE);
		assertThat(csv).startsWith((byte) 0xef, (byte) 0xbb, (byte) 0xbf);
		assertThat(new String(csv, StandardCharsets.UTF_8).substring(1)).isEqualTo("""
				"Område";"Antal";"Medel";"p"\r
				"Bäckby";3;0,3;"< 0,001"\r
				"'=SUM(A1)";"";12345,8;0,013\r
				"Hela kommunen";1234567;2;""\r
				\r
				"Demodata: påhittade händelser."\r
				""");
	}

	@Test
	void answersTheFileAsAnAttachmentNamedByTheTable() {
		ResponseEntity<byte[]> answer = FigureTableFiles.download(TABLE, "csv");
		assertThat(answer.getHeaders().getFirst("Content-Disposition"))
			.isEqualTo("attachment; filename=\"lagesbild-2026-w48.csv\"");
		assertThat(answer.getHeaders().getContentType()).isEqualTo(FigureTableFiles.CSV);
		assertThat(FigureTableFiles.download(TABLE, "xlsx").getHeaders().getFirst("Content-Disposition"))
			.endsWith(".xlsx\"");
	}

	@Test
	void refusesARowOfAnotherWidthAndWordsForANumber() {
		assertThatThrownBy(() -> new FigureTable("T", "t", List.of(Column.text("a")), List.of(List.of("x", "y")),
				List.of())).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new FigureTable("T", "t", List.of(Column.number("a", 0)),
				List.of(List.of(new Object())), List.of())).isInstanceOf(IllegalArgumentException.class);
	}

}
