package se.trygghet.system;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategy;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * CSV, read and written one way for every module, through FastCSV (RFC 4180: a quoted field may hold the delimiter,
 * doubled quotes and line breaks).
 * <p>
 * Written in the dialect Swedish spreadsheet programs open without asking: UTF-8 with a byte-order mark (so å, ä and ö
 * come out right), semicolons, CRLF line ends, every text field quoted, numbers unquoted with a decimal comma. A text
 * field that starts like a formula ({@code = + - @}, tab or carriage return) gets an apostrophe in front, so text from
 * users can never run as a formula in someone's spreadsheet.
 * <p>
 * Read leniently, as people save files: UTF-8 (a BOM dropped) when the bytes are valid UTF-8, else Windows-1252;
 * semicolon, comma or tab as the header line uses most; records of any length; blank lines kept as (empty) records, so
 * that counting records counts the rows a spreadsheet program shows — a record with a line break inside a quoted field
 * is one row, however many lines it spans.
 */
public final class Csv {

	private static final char BOM = '\uFEFF';

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private Csv() {
	}

	// --------------------------------------------------------------------------------------------------- reading

	/** Why bytes are not a CSV file that can be read. */
	public enum Problem {

		/** UTF-16 (a UTF-16 byte-order mark): people should save it again as UTF-8 or Windows-1252. */
		ENCODING,

		/** Neither UTF-8 nor Windows-1252, control characters (binary content), or a field too large to hold. */
		NOT_TEXT

	}

	/** Bytes that cannot be read as CSV, and why. */
	public static final class Unreadable extends Exception {

		private static final long serialVersionUID = 1L;

		private final Problem problem;

		public Unreadable(Problem problem) {
			super(problem.name(), null, false, false);
			this.problem = problem;
		}

		public Problem problem() {
			return problem;
		}

	}

	/** The text of a file: UTF-8 (a BOM dropped) when the bytes are valid UTF-8, else Windows-1252; binary refused. */
	public static String text(byte[] content) throws Unreadable {
		if (content.length >= 2 && ((content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xfe
				|| (content[0] & 0xff) == 0xfe && (content[1] & 0xff) == 0xff)) {
			throw new Unreadable(Problem.ENCODING);
		}
		String text;
		try {
			text = decode(StandardCharsets.UTF_8, content);
		}
		catch (CharacterCodingException ex) {
			try {
				text = decode(WINDOWS_1252, content);
			}
			catch (CharacterCodingException notEither) {
				throw new Unreadable(Problem.NOT_TEXT);
			}
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\r' && c != '\n' || c == 0x7f) {
				throw new Unreadable(Problem.NOT_TEXT);
			}
		}
		return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
	}

	private static String decode(Charset charset, byte[] content) throws CharacterCodingException {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(content))
			.toString();
	}

	/**
	 * The delimiter the first record (the header) uses most outside quotes: semicolon (Swedish Excel), comma or tab.
	 * Only the text up to the header's end is looked at, so the first line of a stream will do.
	 */
	public static char delimiter(CharSequence text) {
		int semicolons = 0;
		int commas = 0;
		int tabs = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r')) {
				break;
			}
			else if (!quoted) {
				semicolons += c == ';' ? 1 : 0;
				commas += c == ',' ? 1 : 0;
				tabs += c == '\t' ? 1 : 0;
			}
		}
		if (tabs > semicolons && tabs > commas) {
			return '\t';
		}
		return semicolons >= commas && semicolons > 0 ? ';' : ',';
	}

	/** The records of a text (from {@link #text}), with the delimiter its header line uses. */
	public static CsvReader<CsvRecord> reader(String text) {
		return lenient(delimiter(text)).ofCsvRecord(text);
	}

	/** How far the start of a stream is looked at for its header's delimiter. */
	static final int HEADER_LOOKAHEAD = 64 * 1024;

	/**
	 * The records read from a stream of characters too large to hold, with the delimiter its header line uses (as
	 * {@link #delimiter}, looking at most {@value #HEADER_LOOKAHEAD} characters ahead) and a BOM at its start dropped.
	 * Each record knows the line it starts on ({@code getStartingLineNumber()}), however many lines a field before it
	 * ran over.
	 */
	public static CsvReader<CsvRecord> reader(Reader reader) throws IOException {
		BufferedReader in = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader, 1 << 16);
		char[] head = new char[HEADER_LOOKAHEAD];
		in.mark(HEADER_LOOKAHEAD);
		int length = 0;
		int n;
		while (length < head.length && (n = in.read(head, length, head.length - length)) >= 0) {
			length += n;
		}
		in.reset();
		if (length > 0 && head[0] == BOM) {
			in.skip(1);
		}
		return reader(in, delimiter(CharBuffer.wrap(head, 0, length)));
	}

	/** The records read from a stream of characters, with a delimiter already known (for files too large to hold). */
	public static CsvReader<CsvRecord> reader(Reader reader, char delimiter) {
		return lenient(delimiter).ofCsvRecord(reader);
	}

	/**
	 * Lenient as spreadsheet programs are: records of any length, text after a closing quote kept ({@code "a"b} is
	 * {@code ab}), and blank lines kept as records so that record numbers stay those of the rows shown. An unclosed
	 * quote runs to the end of the file. Iterating throws FastCSV's {@code CsvParseException} (unchecked)
	 * only for a field larger than 16 M characters.
	 */
	private static CsvReader.CsvReaderBuilder lenient(char delimiter) {
		return CsvReader.builder()
			.fieldSeparator(delimiter)
			.skipEmptyLines(false)
			.allowExtraFields(true)
			.allowMissingFields(true)
			.allowExtraCharsAfterClosingQuote(true)
			.detectBomHeader(false);
	}

	// --------------------------------------------------------------------------------------------------- writing

	/** Rows as a whole file in the platform's dialect (see the class comment). */
	public static byte[] write(Iterable<? extends List<?>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Writer csv = writer(out)) {
			for (List<?> row : rows) {
				csv.record(row);
			}
		}
		return out.toByteArray();
	}

	/** A writer of records to a stream in the platform's dialect; the byte-order mark is written at once. */
	public static Writer writer(OutputStream out) {
		return new Writer(out);
	}

	/**
	 * Writes records. A cell is a {@link Number} (written as a plain number with a decimal comma, unquoted), text (any
	 * other object by its {@code toString()}, quoted, defused if it starts like a formula) or {@code null} (an empty
	 * text).
	 */
	public static final class Writer implements Closeable {

		private final CsvWriter csv;

		/** Whether the field being written is a number: read by the quote strategy while the field is written. */
		private boolean number;

		Writer(OutputStream out) {
			QuoteStrategy textQuoted = new QuoteStrategy() {

				@Override
				public boolean quoteNull(int lineNo, int fieldIdx) {
					return true;
				}

				@Override
				public boolean quoteEmpty(int lineNo, int fieldIdx) {
					return true;
				}

				@Override
				public boolean quoteValue(int lineNo, int fieldIdx, String value) {
					return !number;
				}

			};
			try {
				out.write(new byte[] { (byte) 0xef, (byte) 0xbb, (byte) 0xbf });
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.csv = CsvWriter.builder()
				.fieldSeparator(';')
				.lineDelimiter(LineDelimiter.CRLF)
				.quoteStrategy(textQuoted)
				.build(out, StandardCharsets.UTF_8);
		}

		public Writer record(List<?> cells) {
			CsvWriter.CsvWriterRecord record = csv.writeRecord();
			for (Object cell : cells) {
				// NaN and infinities have no digits to write: as text they say what they are
				number = cell instanceof Number n && Double.isFinite(n.doubleValue());
				record.writeField(number ? number((Number) cell) : text(cell));
			}
			number = false;
			record.endRecord();
			return this;
		}

		@Override
		public void close() {
			try {
				csv.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/** A text cell as written: an apostrophe before a leading {@code = + - @}, tab or carriage return. */
	static String text(@Nullable Object value) {
		String text = value == null ? "" : value.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

	/** Plain digits (no exponent, no trailing zeros), an ASCII minus and a decimal comma, as Swedish Excel reads. */
	static String number(Number value) {
		BigDecimal decimal;
		if (value instanceof BigDecimal d) {
			decimal = d;
		}
		else if (value instanceof BigInteger i) {
			decimal = new BigDecimal(i);
		}
		else if (value instanceof Double || value instanceof Float) {
			decimal = BigDecimal.valueOf(value.doubleValue());
		}
		else {
			decimal = BigDecimal.valueOf(value.longValue());
		}
		return decimal.stripTrailingZeros().toPlainString().replace('.', ',');
	}

}
