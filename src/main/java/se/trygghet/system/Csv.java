package se.trygghet.system;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * CSV files as the platform reads them, through FastCSV (RFC 4180): a field may be quoted, and a quoted field may
 * hold the separator, doubled quotes and line breaks. The separator is the first line's: a semicolon when it has one
 * (as spreadsheets in Swedish write CSV), otherwise a comma. A byte order mark at the start is dropped, empty lines are
 * skipped, and a record may have fewer or more fields than the header (the reader decides what a missing field
 * means). Each record knows the line it starts on, so a problem can name its row as a spreadsheet shows it.
 */
public final class Csv {

	/** How far the first line is looked at for its separator. */
	static final int FIRST_LINE = 64 * 1024;

	private Csv() {
	}

	/** The records of the text, the header line first; the separator is the first line's. */
	public static CsvReader<CsvRecord> records(Reader text) throws IOException {
		BufferedReader in = text instanceof BufferedReader buffered ? buffered : new BufferedReader(text, 1 << 16);
		in.mark(FIRST_LINE + 1);
		StringBuilder first = new StringBuilder();
		for (int c = in.read(); c >= 0 && c != '\n' && c != '\r' && first.length() < FIRST_LINE; c = in.read()) {
			first.append((char) c);
		}
		in.reset();
		if (first.length() > 0 && first.charAt(0) == '\uFEFF') {
			in.skip(1);
		}
		return records(in, separator(first.toString()));
	}

	/** The records of the text with this separator. */
	public static CsvReader<CsvRecord> records(Reader text, char separator) {
		return CsvReader.builder()
			.fieldSeparator(separator)
			.quoteCharacter('"')
			.commentStrategy(CommentStrategy.NONE)
			.skipEmptyLines(true)
			.allowMissingFields(true)
			.allowExtraFields(true)
			.allowExtraCharsAfterClosingQuote(true)
			.ofCsvRecord(text);
	}

	/** A semicolon when the line has one, otherwise a comma. */
	public static char separator(String firstLine) {
		return firstLine.indexOf(';') >= 0 ? ';' : ',';
	}

}
