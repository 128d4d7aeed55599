package se.trygghet.chart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.trygghet.system.Csv;

/**
 * The one way a page's table of figures ({@link FigureTable}) is written for download: as CSV through {@code system}'s
 * {@link Csv} (Swedish Excel's dialect: UTF-8 with BOM, semicolons, decimal comma) and as XLSX through Apache POI
 * (numbers as numbers with as many decimals as the page shows, in a format Excel writes with the reader's own decimal
 * comma and thousands space). Both hold the header row, then the rows; an empty cell stays empty; the notes follow
 * after an empty row. {@link #download} answers a controller's request with the file as an attachment.
 */
public final class FigureTableFiles {

	public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private FigureTableFiles() {
	}

	/** The table as the file asked for ("csv", else XLSX), saved under its own name. */
	public static ResponseEntity<byte[]> download(FigureTable table, String format) {
		boolean csv = "csv".equalsIgnoreCase(format);
		return ResponseEntity.ok()
			.contentType(csv ? CSV : XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(table.fileName() + (csv ? ".csv" : ".xlsx"))
						.build()
						.toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(csv ? csv(table) : xlsx(table));
	}

	public static byte[] csv(FigureTable table) {
		List<List<?>> lines = new ArrayList<>();
		lines.add(table.columns().stream().map(FigureTable.Column::header).toList());
		lines.addAll(table.rows());
		if (!table.notes().isEmpty()) {
			lines.add(List.of());
			table.notes().forEach(note -> lines.add(List.of(note)));
		}
		return Csv.write(lines);
	}

	public static byte[] xlsx(FigureTable table) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.getProperties().getCoreProperties().setTitle(table.title());
			Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
			CellStyle header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			header.setWrapText(true);
			// one style per number of decimals: each number shows as many as the page shows it with
			java.util.Map<Integer, CellStyle> styles = new java.util.HashMap<>();
			Row head = sheet.createRow(0);
			for (int c = 0; c < table.columns().size(); c++) {
				Cell cell = head.createCell(c);
				cell.setCellValue(table.columns().get(c).header());
				cell.setCellStyle(header);
				sheet.setColumnWidth(c, Math.min(60, Math.max(10, table.columns().get(c).header().length() + 2)) * 256);
			}
			int r = 1;
			for (List<@Nullable Object> values : table.rows()) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < values.size(); c++) {
					Object value = values.get(c);
					if (value == null) {
						continue;
					}
					Cell cell = row.createCell(c);
					if (value instanceof BigDecimal number) {
						cell.setCellValue(number.doubleValue());
						cell.setCellStyle(styles.computeIfAbsent(number.scale(), scale -> {
							CellStyle style = workbook.createCellStyle();
							// "#,##0.0" is Excel's own code: a Swedish Excel shows it as "1 234,5"
							style.setDataFormat(workbook.createDataFormat()
								.getFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale)));
							return style;
						}));
					}
					else {
						cell.setCellValue(value.toString());
					}
				}
			}
			if (!table.notes().isEmpty()) {
				r++;
				for (String note : table.notes()) {
					sheet.createRow(r++).createCell(0).setCellValue(note);
				}
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
