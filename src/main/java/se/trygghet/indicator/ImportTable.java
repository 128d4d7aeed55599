package se.trygghet.indicator;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import se.trygghet.system.Csv;
import se.trygghet.system.TextInput;

/**
 * A file of values as rows of text cells under a header row, read from CSV ({@link Csv}: semicolon, comma or tab,
 * found from the header; UTF-8 with or without BOM, else Windows-1252) or from the first sheet of an XLSX workbook
 * (streamed, so a large sheet does not fill the memory). Row numbers are as a spreadsheet shows them: the header is row
 * 1, and in a CSV file a row is a record, so a record whose quoted cell holds a line break is one row. Rows with no
 * text in any cell are left out.
 */
record ImportTable(Format format, List<String> headers, List<Row> rows) {

	static final int MAX_BYTES = 20 * 1024 * 1024;

	static final int MAX_ROWS = 200_000;

	enum Format {

		CSV, XLSX

	}

	/** One row of the file with its number there. */
	public record Row(int number, List<String> cells) {

		public String cell(int column) {
			return column < cells.size() ? cells.get(column) : "";
		}

	}

	/** Why a file cannot be read at all; a message code and its arguments. */
	static final class Unreadable extends Exception {

		private final String code;

		private final List<String> args;

		Unreadable(String code, String... args) {
			super(code);
			this.code = code;
			this.args = List.of(args);
		}

		String code() {
			return code;
		}

		List<String> args() {
			return args;
		}

	}

	ImportTable {
		headers = List.copyOf(headers);
		rows = List.copyOf(rows);
	}

	/** The format a file name and its first bytes say; an XLSX must start as a zip archive does. */
	static Format detect(String fileName, byte[] content) throws Unreadable {
		String name = fileName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".xlsx")) {
			if (content.length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) {
				throw new Unreadable("indicator.import.file.notWorkbook");
			}
			return Format.XLSX;
		}
		if (name.endsWith(".csv") || name.endsWith(".txt")) {
			return Format.CSV;
		}
		throw new Unreadable("indicator.import.file.type");
	}

	static ImportTable read(Format format, byte[] content) throws Unreadable {
		return read(format, content, Integer.MAX_VALUE);
	}

	/** Reads the header and at most {@code limit} rows (for a preview). */
	static ImportTable read(Format format, byte[] content, int limit) throws Unreadable {
		if (content.length > MAX_BYTES) {
			throw new Unreadable("indicator.import.file.tooLarge", String.valueOf(MAX_BYTES / 1024 / 1024));
		}
		ImportTable table = format == Format.CSV ? csv(text(content), limit) : xlsx(content, limit);
		if (table.headers().stream().allMatch(String::isBlank)) {
			throw new Unreadable("indicator.import.file.noHeader");
		}
		return table;
	}

	// ------------------------------------------------------------------------------------------------------ CSV

	/** The text of a CSV file through {@link Csv#text}, its problems as this module's message codes. */
	static String text(byte[] content) throws Unreadable {
		try {
			return Csv.text(content);
		}
		catch (Csv.Unreadable ex) {
			throw new Unreadable(ex.problem() == Csv.Problem.ENCODING ? "indicator.import.file.encoding"
					: "indicator.import.file.notText");
		}
	}

	/**
	 * The records of the text through {@link Csv#reader}: the first is the header, and a row's number is its record's
	 * number (the header being 1), which is the row a spreadsheet program shows even when a quoted cell holds line
	 * breaks and the record spans several lines of the file.
	 */
	private static ImportTable csv(String text, int limit) throws Unreadable {
		List<String> headers = null;
		List<Row> rows = new ArrayList<>();
		int record = 0;
		try (CsvReader<CsvRecord> reader = Csv.reader(text)) {
			for (CsvRecord csv : reader) {
				record++;
				List<String> cells = strip(csv.getFields());
				if (headers == null) {
					headers = cells;
				}
				else if (!cells.stream().allMatch(String::isBlank)) {
					if (rows.size() == MAX_ROWS) {
						throw new Unreadable("indicator.import.file.tooManyRows", String.valueOf(MAX_ROWS));
					}
					if (rows.size() < limit) {
						rows.add(new Row(record, cells));
					}
				}
			}
		}
		catch (CsvParseException | IOException ex) {
			throw new Unreadable("indicator.import.file.notText");
		}
		return new ImportTable(Format.CSV, headers == null ? List.of() : headers, rows);
	}

	private static List<String> strip(List<String> cells) {
		return cells.stream().map(cell -> TextInput.clean(cell).strip()).toList();
	}

	// ----------------------------------------------------------------------------------------------------- XLSX

	/** The first sheet, streamed through POI's SAX reader; numbers as the cell shows them without locale. */
	private static ImportTable xlsx(byte[] content, int limit) throws Unreadable {
		SheetRows sheet = new SheetRows(limit);
		try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(content))) {
			XSSFReader reader = new XSSFReader(workbook);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
			java.util.Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new Unreadable("indicator.import.file.notWorkbook");
			}
			try (InputStream first = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, sheet,
						new DataFormatter(Locale.ROOT), false));
				parser.parse(new InputSource(first));
			}
		}
		catch (TooManyRows ex) {
			throw new Unreadable("indicator.import.file.tooManyRows", String.valueOf(MAX_ROWS));
		}
		catch (Unreadable ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new Unreadable("indicator.import.file.notWorkbook");
		}
		return new ImportTable(Format.XLSX, sheet.headers == null ? List.of() : sheet.headers, sheet.rows);
	}

	private static final class TooManyRows extends RuntimeException {

		TooManyRows() {
			super(null, null, false, false);
		}

	}

	private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

		final int limit;

		@Nullable
		List<String> headers;

		final List<Row> rows = new ArrayList<>();

		int count;

		List<String> cells = new ArrayList<>();

		SheetRows(int limit) {
			this.limit = limit;
		}

		@Override
		public void startRow(int rowNum) {
			cells = new ArrayList<>();
		}

		@Override
		public void endRow(int rowNum) {
			List<String> row = strip(cells);
			if (headers == null) {
				if (!row.stream().allMatch(String::isBlank)) {
					headers = row;
				}
				return;
			}
			if (row.stream().allMatch(String::isBlank)) {
				return;
			}
			if (++count > MAX_ROWS) {
				throw new TooManyRows();
			}
			if (rows.size() < limit) {
				rows.add(new Row(rowNum + 1, row));
			}
		}

		@Override
		public void cell(@Nullable String reference, @Nullable String value, @Nullable XSSFComment comment) {
			int column = reference == null ? cells.size() : new CellReference(reference).getCol();
			while (cells.size() < column) {
				cells.add("");
			}
			cells.add(value == null ? "" : value);
		}

	}

	static String columnName(List<String> headers, int column) {
		String header = column < headers.size() ? headers.get(column) : "";
		String letter = CellReference.convertNumToColString(column);
		return header.isBlank() ? letter : header + " (" + letter + ")";
	}

	static void requireSize(long size) throws Unreadable {
		if (size > MAX_BYTES) {
			throw new Unreadable("indicator.import.file.tooLarge", String.valueOf(MAX_BYTES / 1024 / 1024));
		}
	}

}
