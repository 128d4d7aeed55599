package se.trygghet.incident;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.trygghet.system.Csv;
import se.trygghet.system.TextInput;

/**
 * Incidents from a CSV file (RFC 4180 through {@link Csv}: semicolon or comma, UTF-8, quoted fields may hold line
 * breaks): columns {@code kategori, tid, latitud, longitud} (or {@code e, n} in SWEREF 99 TM),
 * {@code organisation, allvarlighet}, and optionally {@code roll, beskrivning, id}. Every row is checked as a form
 * report is; with any problem nothing is written and every problem is counted by row (the line it starts on; the
 * header is row 1) and column, the first {@value #MAX_PROBLEMS_LISTED} of them listed. A row whose {@code id} was
 * imported before, or was written from an earlier row of the file, is skipped, so a file can be sent again (a row
 * repeating the id of an earlier row that had a problem is checked and its problems listed too).
 *
 * <p>A file may hold a million rows, so it is read as a stream and never held whole: rows are checked {@value #BATCH}
 * at a time by one thread while another streams the checked ones into one {@code COPY} ({@link IncidentCopy}), in one
 * transaction that is rolled back when any row had a problem; after the first problem nothing more is written, but
 * every row is still checked.
 */
@Service
public class IncidentFileImport {

	/** About three million rows; the upload limit (spring.servlet.multipart.max-file-size) is set to match. */
	static final long MAX_BYTES = 200L * 1024 * 1024;

	/** Problems listed for display; any beyond are only counted, so a wholly wrong file cannot fill the memory. */
	static final int MAX_PROBLEMS_LISTED = 1_000;

	/** Rows per check of the areas and per COPY. */
	static final int BATCH = 10_000;

	private static final DateTimeFormatter SPACE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

	private static final String SOURCE = "FILE";

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IncidentFileImport.class);

	private final IncidentReporting reporting;

	private final IncidentCopy copy;

	private final TransactionTemplate transactions;

	private final java.time.ZoneId zone;

	IncidentFileImport(IncidentReporting reporting, IncidentCopy copy, PlatformTransactionManager transactions,
			java.time.Clock clock) {
		this.zone = clock.getZone();
		this.reporting = reporting;
		this.copy = copy;
		this.transactions = new TransactionTemplate(transactions);
	}

	public record Problem(int row, String column, String code) {
	}

	/** What an import did; {@code problems} holds at most {@value #MAX_PROBLEMS_LISTED} of {@code problemCount}. */
	public record Outcome(int added, int skipped, List<Problem> problems, int problemCount) {

		Outcome(int added, int skipped, List<Problem> problems) {
			this(added, skipped, problems, problems.size());
		}

		public Outcome {
			problems = List.copyOf(problems);
		}

		/** More problems were found than are listed. */
		public boolean truncated() {
			return problemCount > problems.size();
		}

	}

	/** Imports a whole file held in memory: every row checked first, nothing written on any problem. */
	@PreAuthorize("hasAnyRole('ANALYST', 'COORDINATOR', 'ADMIN')")
	public Outcome importFile(byte[] bytes) {
		return importFile(new ByteArrayInputStream(bytes), bytes.length);
	}

	/**
	 * Imports an uploaded file (none is an empty file). The servlet container has spooled it to disk; it is read from
	 * there as a stream, never whole.
	 */
	@PreAuthorize("hasAnyRole('ANALYST', 'COORDINATOR', 'ADMIN')")
	Outcome importUpload(org.springframework.web.multipart.@Nullable MultipartFile file) {
		if (file == null) {
			return importFile(new byte[0]);
		}
		try (InputStream in = file.getInputStream()) {
			return importFile(in, file.getSize());
		}
		catch (IOException ex) {
			// the container's own spooled copy could not be read: a failure of this node, not of the file
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Reads the file from the stream, which the caller closes; {@code size} is its length in bytes. */
	@PreAuthorize("hasAnyRole('ANALYST', 'COORDINATOR', 'ADMIN')")
	Outcome importFile(InputStream file, long size) {
		if (size == 0) {
			return refused("situation.import.empty");
		}
		if (size > MAX_BYTES) {
			return refused("situation.import.tooLarge");
		}
		long started = System.nanoTime();
		Run run = new Run();
		Outcome outcome = java.util.Objects.requireNonNull(transactions.execute(status -> {
			try {
				run.read(new BufferedReader(new InputStreamReader(file,
						StandardCharsets.UTF_8.newDecoder()
							.onMalformedInput(CodingErrorAction.REPORT)
							.onUnmappableCharacter(CodingErrorAction.REPORT)),
						1 << 16));
			}
			catch (IOException ex) {
				status.setRollbackOnly();
				return refused("situation.import.notText");
			}
			if (run.problemCount > 0) {
				status.setRollbackOnly();
				return new Outcome(0, run.skipped, run.problems, run.problemCount);
			}
			return new Outcome(run.added, run.skipped, List.of());
		}));
		log.info("Incident file of {} bytes: {} added, {} skipped, {} problems in {} ms (checked in {} ms, written in {} ms)",
				size, outcome.added(), outcome.skipped(), outcome.problemCount(), (System.nanoTime() - started) / 1_000_000,
				run.checking / 1_000_000, run.writing / 1_000_000);
		return outcome;
	}

	/** One line of the file, its cells not yet read. */
	private record Line(int row, List<String> cells) {
	}

	/**
	 * One row read and checked: its id, and either its problems or the incident with what the check found. Whether
	 * the row is a repeat (and its problems do not count) is decided later, by the writing thread.
	 */
	private record Read(int row, @Nullable String id, List<Problem> problems, @Nullable NewIncident incident,
			IncidentReporting.@Nullable Checked checked) {
	}

	/**
	 * A batch as the reading thread hands it over: its rows that passed, not seen before, in COPY's binary format;
	 * the last batch is empty and says whether reading failed.
	 */
	private record Batch(byte[] rows, boolean last, @Nullable Exception failure) {
	}

	/**
	 * The state of one import while the file streams through. Two threads share the work, as a CPU each: one reads,
	 * parses and checks the rows (the areas included), leaves out the ids stored or seen before and encodes the rest;
	 * the other, in the transaction, streams them into one COPY, which PostgreSQL takes in while the next batch is
	 * being read. At most two batches wait between them, so the memory stays bounded (but for the ids of the file).
	 */
	private final class Run {

		final List<Problem> problems = new ArrayList<>();

		int problemCount;

		int added;

		int skipped;

		/** Nanoseconds spent checking rows (with the area lookups) and writing them, for the log. */
		volatile long checking;

		long writing;

		private Columns columns = Columns.NONE;

		private boolean sweref;

		/** The ids of this file's rows that are written, to skip a later row repeating one. */
		private final Set<String> written = new HashSet<>();

		private IncidentCopy.@Nullable Rows encoder;

		void read(BufferedReader reader) throws IOException {
			CsvReader<CsvRecord> csv = Csv.reader(reader);
			CloseableIterator<CsvRecord> records = csv.iterator();
			CsvRecord header = next(records);
			if (header == null || blank(header)) {
				problem(new Problem(0, "", "situation.import.empty"));
				return;
			}
			List<String> names = header.getFields();
			Map<String, Integer> found = new HashMap<>();
			for (int i = 0; i < names.size(); i++) {
				found.put(names.get(i).strip().toLowerCase(Locale.ROOT), i);
			}
			sweref = found.containsKey("e") && found.containsKey("n");
			columns = Columns.of(found, sweref);
			for (String required : sweref ? List.of("kategori", "tid", "e", "n", "organisation", "allvarlighet")
					: List.of("kategori", "tid", "latitud", "longitud", "organisation", "allvarlighet")) {
				if (!found.containsKey(required)) {
					problem(new Problem(1, required, "situation.import.columnMissing"));
				}
			}
			if (problemCount > 0) {
				return;
			}
			// until this transaction ends no other file import can store an id, so the ids stored before are those
			// committed, which the reading thread may look up on a connection of its own
			copy.lockImports(SOURCE);
			encoder = copy.rows(SOURCE, false);
			BlockingQueue<Batch> checked = new ArrayBlockingQueue<>(2);
			Thread reading = new Thread(() -> readRows(records, checked), "incident-import-reader");
			reading.setDaemon(true);
			IncidentCopy.Stream stream = copy.open();
			reading.start();
			boolean finished = false;
			try {
				Batch batch = take(checked);
				while (!batch.last()) {
					// once a row has a problem nothing is written, but every row is still checked
					if (problemCount == 0 && batch.rows().length > 0) {
						long started = System.nanoTime();
						stream.write(batch.rows());
						writing += System.nanoTime() - started;
					}
					batch = take(checked);
				}
				if (batch.failure() instanceof IOException io) {
					throw io;
				}
				if (batch.failure() instanceof java.io.UncheckedIOException io) {
					throw io.getCause();
				}
				if (batch.failure() instanceof CsvParseException malformed) {
					problem(new Problem(0, "", "situation.import.malformed"));
					log.info("Incident file is not CSV: {}", malformed.getMessage());
					return;
				}
				if (batch.failure() != null) {
					throw new IllegalStateException("Reading the incident file failed", batch.failure());
				}
				if (problemCount == 0) {
					long started = System.nanoTime();
					long copied = stream.finish();
					writing += System.nanoTime() - started;
					if (copied != added) {
						throw new IllegalStateException("COPY wrote " + copied + " incidents of " + added);
					}
					finished = true;
				}
			}
			finally {
				reading.interrupt();
				if (!finished) {
					stream.abandon();
				}
			}
		}

		/** The next record, or null at the end; a file that is not UTF-8 fails here as an IOException. */
		private @Nullable CsvRecord next(CloseableIterator<CsvRecord> records) throws IOException {
			try {
				return records.hasNext() ? records.next() : null;
			}
			catch (java.io.UncheckedIOException ex) {
				throw ex.getCause();
			}
		}

		private Batch take(BlockingQueue<Batch> queue) {
			try {
				return queue.take();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while importing", ex);
			}
		}

		/** The reading thread: records into batches, each parsed, checked and encoded, then handed over. */
		private void readRows(CloseableIterator<CsvRecord> records, BlockingQueue<Batch> checked) {
			Exception failure = null;
			try {
				List<Line> lines = new ArrayList<>(BATCH);
				while (records.hasNext()) {
					CsvRecord record = records.next();
					if (blank(record)) {
						continue;
					}
					// the line the record starts on: a quoted field may run over several lines
					lines.add(new Line((int) record.getStartingLineNumber(), record.getFields()));
					if (lines.size() == BATCH) {
						checked.put(new Batch(checkAndEncode(lines), false, null));
						lines = new ArrayList<>(BATCH);
					}
				}
				if (!lines.isEmpty()) {
					checked.put(new Batch(checkAndEncode(lines), false, null));
				}
			}
			catch (InterruptedException ex) {
				// the writing thread gave up (it failed); nobody waits for more
				return;
			}
			catch (RuntimeException ex) {
				failure = ex;
			}
			try {
				checked.put(new Batch(new byte[0], true, failure));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

		/**
		 * Reads and checks every row of a batch, notes the problems of those that have any, skips those whose id was
		 * stored before or written earlier in this file, and encodes the rest for COPY.
		 */
		private byte[] checkAndEncode(List<Line> lines) {
			long started = System.nanoTime();
			List<Read> rows = check(lines);
			List<String> ids = new ArrayList<>();
			for (Read read : rows) {
				if (read.id() != null) {
					ids.add(read.id());
				}
			}
			Set<String> stored = reporting.importedIds(SOURCE, ids);
			List<NewIncident> passed = new ArrayList<>(rows.size());
			List<IncidentReporting.Checked> checks = new ArrayList<>(rows.size());
			List<@Nullable String> passedIds = new ArrayList<>(rows.size());
			for (Read read : rows) {
				if (read.id() != null && (stored.contains(read.id()) || written.contains(read.id()))) {
					skipped++;
				}
				else if (read.checked() == null || read.incident() == null) {
					read.problems().forEach(this::problem);
				}
				else {
					passed.add(read.incident());
					checks.add(read.checked());
					passedIds.add(read.id());
					if (read.id() != null) {
						written.add(read.id());
					}
				}
			}
			added += passed.size();
			byte[] encoded = problemCount > 0 ? new byte[0]
					: java.util.Objects.requireNonNull(encoder).encode(passed, checks, passedIds);
			checking += System.nanoTime() - started;
			return encoded;
		}

		/** Reads and checks every row of a batch, repeats or not. */
		private List<Read> check(List<Line> lines) {
			List<Read> rows = new ArrayList<>(lines.size());
			List<NewIncident> incidents = new ArrayList<>(lines.size());
			List<Integer> at = new ArrayList<>(lines.size());
			for (Line line : lines) {
				String id = cell(line.cells(), columns.id());
				List<Problem> unreadable = new ArrayList<>(1);
				NewIncident incident = incident(line, unreadable);
				if (incident != null) {
					at.add(rows.size());
					incidents.add(incident);
				}
				rows.add(new Read(line.row(), id, unreadable, incident, null));
			}
			List<IncidentReporting.Verdict> verdicts = reporting.checkAll(incidents);
			for (int i = 0; i < verdicts.size(); i++) {
				IncidentReporting.Verdict verdict = verdicts.get(i);
				Read read = rows.get(at.get(i));
				List<Problem> found = new ArrayList<>(verdict.problems().size());
				verdict.problems().forEach((field, code) -> found.add(new Problem(read.row(),
						sweref && field.equals("location") ? "e/n" : column(field), code)));
				rows.set(at.get(i), new Read(read.row(), read.id(), found, read.incident(), verdict.checked()));
			}
			return rows;
		}

		/** The row as an incident to check, or null with the problem noted when its place or time cannot be read. */
		private @Nullable NewIncident incident(Line line, List<Problem> unreadable) {
			List<String> cells = line.cells();
			double first;
			double second;
			try {
				// kept as given: SWEREF 99 TM is not sent through WGS84 and back, which could move it across a cell line
				first = number(cell(cells, columns.first()));
				second = number(cell(cells, columns.second()));
			}
			catch (IllegalArgumentException ex) {
				unreadable.add(new Problem(line.row(), sweref ? "e/n" : "latitud/longitud", "situation.import.badCoordinates"));
				return null;
			}
			LocalDateTime time;
			try {
				time = time(cell(cells, columns.time()));
			}
			catch (java.time.DateTimeException | NullPointerException ex) {
				unreadable.add(new Problem(line.row(), "tid", "situation.import.badTime"));
				return null;
			}
			Integer severity;
			try {
				severity = Integer.valueOf(String.valueOf(cell(cells, columns.severity())).strip());
			}
			catch (NumberFormatException ex) {
				severity = null;
			}
			java.time.Instant occurred = time.atZone(zone).toInstant();
			return sweref ? NewIncident.atSweref99(cell(cells, columns.category()), occurred, first, second,
					cell(cells, columns.organisation()), cell(cells, columns.role()), severity,
					cell(cells, columns.description()))
					: new NewIncident(cell(cells, columns.category()), occurred, first, second,
							cell(cells, columns.organisation()), cell(cells, columns.role()), severity,
							cell(cells, columns.description()));
		}

		private void problem(Problem problem) {
			problemCount++;
			if (problems.size() < MAX_PROBLEMS_LISTED) {
				problems.add(problem);
			}
		}

	}

	private static Outcome refused(String code) {
		return new Outcome(0, 0, List.of(new Problem(0, "", code)));
	}

	private static String column(String field) {
		return switch (field) {
			case "category" -> "kategori";
			case "occurredAt" -> "tid";
			case "location" -> "latitud/longitud";
			case "severity" -> "allvarlighet";
			case "description" -> "beskrivning";
			default -> field;
		};
	}

	/** Where each column is in a row, −1 for one the file does not have: found once from the header. */
	private record Columns(int id, int category, int time, int first, int second, int organisation, int role,
			int severity, int description) {

		static final Columns NONE = new Columns(-1, -1, -1, -1, -1, -1, -1, -1, -1);

		static Columns of(Map<String, Integer> header, boolean sweref) {
			return new Columns(at(header, "id"), at(header, "kategori"), at(header, "tid"),
					at(header, sweref ? "e" : "latitud"), at(header, sweref ? "n" : "longitud"), at(header, "organisation"),
					at(header, "roll"), at(header, "allvarlighet"), at(header, "beskrivning"));
		}

		private static int at(Map<String, Integer> header, String name) {
			return header.getOrDefault(name, -1);
		}

	}

	/**
	 * A time as {@code 2026-11-20 14:30[:15]} or ISO's {@code 2026-11-20T14:30}. The usual form is read digit by digit
	 * (a million rows spent more in the formatter than in anything else they are checked for) and resolved as the
	 * formatter resolves it (a day past the month's end is its last day); anything else goes to the formatter.
	 */
	static LocalDateTime time(@Nullable String value) {
		String v = value.strip();
		if ((v.length() == 16 || v.length() == 19 && v.charAt(16) == ':') && v.charAt(4) == '-' && v.charAt(7) == '-'
				&& v.charAt(10) == ' ' && v.charAt(13) == ':') {
			int year = digits(v, 0, 4);
			int month = digits(v, 5, 2);
			int day = digits(v, 8, 2);
			int hour = digits(v, 11, 2);
			int minute = digits(v, 14, 2);
			int second = v.length() == 19 ? digits(v, 17, 2) : 0;
			if (year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour >= 0 && hour <= 23
					&& minute >= 0 && minute <= 59 && second >= 0 && second <= 59) {
				java.time.YearMonth yearMonth = java.time.YearMonth.of(year, month);
				return LocalDateTime.of(year, month, Math.min(day, yearMonth.lengthOfMonth()), hour, minute, second);
			}
		}
		return v.contains("T") ? LocalDateTime.parse(v) : LocalDateTime.parse(v, SPACE);
	}

	/** The number written by these digits, or −1 when any is not a digit. */
	private static int digits(String text, int from, int length) {
		int value = 0;
		for (int i = from; i < from + length; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	private static double number(@Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("empty");
		}
		return Double.parseDouble(value.strip().replace(',', '.'));
	}

	private static @Nullable String cell(List<String> cells, int i) {
		if (i < 0 || i >= cells.size()) {
			return null;
		}
		String value = TextInput.clean(cells.get(i)).strip();
		return value.isEmpty() ? null : value;
	}

	/** A record with nothing in it but blanks, which a spreadsheet leaves as an empty line. */
	private static boolean blank(CsvRecord record) {
		for (String field : record.getFields()) {
			if (!field.isBlank()) {
				return false;
			}
		}
		return true;
	}

}
