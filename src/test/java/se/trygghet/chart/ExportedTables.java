package se.trygghet.chart;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Element;
import se.trygghet.system.Csv;

/**
 * Reads a downloaded table back for comparing it with its page: the CSV through {@code system}'s {@link Csv}, the XLSX
 * through POI, each as rows of canonical cells (a number as its plain digits with a point and no trailing zeros, an
 * empty cell as ""), the header row first and the notes (after the first empty row) left off. A page's cell text reads
 * the same way through {@link #canonical}.
 */
public final class ExportedTables {

	private ExportedTables() {
	}

	public static List<List<String>> csv(byte[] file) {
		assertThat(file).startsWith((byte) 0xef, (byte) 0xbb, (byte) 0xbf);
		List<List<String>> rows = new ArrayList<>();
		try {
			for (CsvRecord record : Csv.reader(Csv.text(file))) {
				if (record.getFields().stream().allMatch(String::isEmpty)) {
					break;
				}
				rows.add(record.getFields().stream().map(ExportedTables::canonical).toList());
			}
		}
		catch (Csv.Unreadable ex) {
			throw new AssertionError(ex);
		}
		return rows;
	}

	/** The first sheet's rows; every number cell is also checked to be a number with its column's decimals shown. */
	public static List<List<String>> xlsx(byte[] file) {
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			int width = book.getSheetAt(0).getRow(0).getLastCellNum();
			for (Row row : book.getSheetAt(0)) {
				if (row.getRowNum() > rows.size()) {
					break;
				}
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < width; c++) {
					Cell cell = row.getCell(c);
					if (cell == null || cell.getCellType() == CellType.BLANK) {
						cells.add("");
					}
					else if (cell.getCellType() == CellType.NUMERIC) {
						assertThat(cell.getCellStyle().getDataFormatString()).startsWith("#,##0");
						cells.add(plain(BigDecimal.valueOf(cell.getNumericCellValue())));
					}
					else {
						cells.add(canonical(cell.getStringCellValue()));
					}
				}
				rows.add(cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

	/** The decimals an XLSX number cell is shown with, by its format ("#,##0.0" is one). */
	public static int decimals(byte[] file, int row, int column) {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			String format = book.getSheetAt(0).getRow(row).getCell(column).getCellStyle().getDataFormatString();
			return format.contains(".") ? format.length() - format.indexOf('.') - 1 : 0;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A page's table as rows of canonical cells, the header row first (every {@code th} and {@code td} in order). */
	public static List<List<String>> page(Element table) {
		List<List<String>> rows = new ArrayList<>();
		for (Element tr : table.select("tr")) {
			rows.add(tr.select("th, td").stream().map(cell -> canonical(cell.text())).toList());
		}
		return rows;
	}

	/**
	 * A cell as text compared across channels: a number written the Swedish way ("1 234,5", "62,5 %", "−2") as its
	 * plain digits, ".." and "–" (nothing shown) as "", any other text as it is, trimmed.
	 */
	public static String canonical(String text) {
		String t = text.replace('\u00a0', ' ').replace('\u202f', ' ').strip();
		if (t.equals("..") || t.equals("–")) {
			return "";
		}
		String number = t.replaceAll("\\s*%$", "").replace(" ", "").replace('−', '-').replace(',', '.');
		if (number.matches("-?[0-9]+(\\.[0-9]+)?")) {
			return plain(new BigDecimal(number));
		}
		return t;
	}

	private static String plain(BigDecimal number) {
		return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
	}

}
