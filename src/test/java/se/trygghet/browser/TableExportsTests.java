package se.trygghet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The coordinator takes the situation picture to Excel from where she reads it, as she would before the EST meeting:
 * the browser saves the file, and its totals are the page's. Every page that offers a table's downloads stays
 * accessible with them.
 */
class TableExportsTests extends BrowserTest {

	@TempDir
	Path downloads;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCoordinatorTakesTheSituationPictureToExcelAndReadsTheSameTotalsBack() throws Exception {
		signIn("samordnare");
		follow(find("nav a[href='/situation']"));
		assertAccessible();
		// the totals row as the page shows it: each category's count, then the grand total
		List<String> totals = find("#situation-matrix tfoot tr").findElements(By.cssSelector("td strong"))
			.stream()
			.map(WebElement::getText)
			.toList();
		List<String> categories = find("#situation-matrix thead tr").findElements(By.cssSelector("th"))
			.stream()
			.skip(1)
			.map(WebElement::getText)
			.toList();

		((ChromeDriver) driver).executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", downloads.toString()));
		find(".table-exports a.export-xlsx").click();
		Path file = downloaded(".xlsx");
		assertThat(file.getFileName().toString()).startsWith("lagesbild-").endsWith(".xlsx");
		List<String> totalsInFile = new ArrayList<>();
		List<String> categoriesInFile = new ArrayList<>();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(file)))) {
			for (Row row : book.getSheetAt(0)) {
				if (row.getRowNum() > 0 && row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("Totalt")
						&& row.getCell(2) != null) {
					assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
					categoriesInFile.add(row.getCell(1).getStringCellValue());
					totalsInFile.add(String.valueOf((long) row.getCell(2).getNumericCellValue()));
				}
			}
		}
		assertThat(categoriesInFile).isEqualTo(categories);
		assertThat(totalsInFile).isEqualTo(totals);
	}

	@Test
	void everyPageWithATablesDownloadsStaysAccessible() {
		signIn("samordnare");
		open("/indicators?focusArea=2");
		assertThat(all(".table-exports a")).isNotEmpty();
		assertAccessible();
		follow(find("#indicator-cards li.indicator-card h3 a"));
		assertThat(all("#breakdown .table-exports a")).hasSize(2);
		assertAccessible();
		open("/situation/hotspots");
		assertThat(all(".table-exports a")).hasSize(2);
		assertAccessible();
		UUID round = jdbc.sql("select id from reporting_round where demo and state = 'PUBLISHED' limit 1")
			.query(UUID.class)
			.single();
		open("/rounds/" + round);
		assertThat(all("#dashboard .table-exports a")).hasSize(2);
		assertAccessible();
		jdbc.sql("select intervention_id from effect_evaluation e join intervention i on i.id = e.intervention_id "
				+ "where i.demo limit 1").query(UUID.class).optional().ifPresent(intervention -> {
					open("/interventions/" + intervention);
					assertThat(all("#evaluations .table-exports a")).isNotEmpty();
					assertAccessible();
				});
	}

	@Test
	void printsAPageWithoutItsChromeAndActionsWithItsTablesRowsWholeAndItsChartsKept() {
		signIn("samordnare");
		open("/indicators?focusArea=2");
		follow(find("#indicator-cards li.indicator-card h3 a"));
		((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		try {
			for (String chrome : List.of(".site-header", ".site-footer", ".table-exports", ".breakdown-choices")) {
				assertThat(find(chrome).isDisplayed()).as(chrome).isFalse();
			}
			WebElement table = find("#indicator-data");
			assertThat(table.isDisplayed()).isTrue();
			assertThat(find("#indicator-data thead").getCssValue("display")).isEqualTo("table-header-group");
			assertThat(find("#indicator-data tbody tr").getCssValue("break-inside")).isEqualTo("avoid");
			WebElement chart = find("#breakdown figure.chart svg");
			assertThat(chart.isDisplayed()).isTrue();
			assertThat(chart.getSize().getWidth()).isLessThanOrEqualTo(find("main").getSize().getWidth());
		}
		finally {
			((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
	}

	/** Waits until the browser has finished saving a file with this ending. */
	private Path downloaded(String ending) throws Exception {
		waitFor(d -> {
			try (Stream<Path> files = Files.list(downloads)) {
				return files.anyMatch(f -> f.toString().endsWith(ending));
			}
			catch (java.io.IOException ex) {
				return false;
			}
		});
		try (Stream<Path> files = Files.list(downloads)) {
			return files.filter(f -> f.toString().endsWith(ending)).findFirst().orElseThrow();
		}
	}

}
