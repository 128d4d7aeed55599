package se.trygghet.situation;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
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
import se.trygghet.system.TextInput;

/**
 * Incidents from a CSV file (semicolon or comma, UTF-8): columns {@code kategori, tid, latitud, longitud} (or
 * {@code e, n} in SWEREF 99 TM), {@code organisation, allvarlighet}, and optionally {@code roll, beskrivning, id}.
 * Every row is checked as a form report is; with any problem nothing is written and every problem is counted by row
 * (the header is row 1) and column, the first {@value #MAX_PROBLEMS_LISTED} of them listed. A row whose {@code id} was
 * imported before, or came earlier in the file, is skipped, so a file can be sent again.
 *
 * <p>A file may hold a million rows, so it is read as a stream and never held whole: rows are checked and written
 * {@value #BATCH} at a time, in one transaction that is rolled back when any row had a problem; one thread reads and
 * checks the next batch while another writes the last. Rows are written even after a problem was found so that an id
 * in a later row is recognised as a repeat as it would be in a good file (a row repeating the id of an earlier row
 * that had a problem, in another batch, is checked and its problems listed too).
 */
@Service
class IncidentFileImport {

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

	IncidentFileImport(IncidentReporting reporting, IncidentCopy copy, PlatformTransactionManager transactions) {
		this.reporting = reporting;
		this.copy = copy;
		this.transactions = new TransactionTemplate(transactions);
	}

	record Problem(int row, String column, String code) {
	}

	/** What an import did; {@code problems} holds at most {@value #MAX_PROBLEMS_LISTED} of {@code problemCount}. */
	record Outcome(int added, int skipped, List<Problem> problems, int problemCount) {

		Outcome(int added, int skipped, List<Problem> problems) {
			this(added, skipped, problems, problems.size());
		}

		Outcome {
			problems = List.copyOf(problems);
		}

		/** More problems were found than are listed. */
		public boolean truncated() {
			return problemCount > problems.size();
		}

	}

	@PreAuthorize("hasAnyRole('ANALYST', 'COORDINATOR', 'ADMIN')")
	Outcome importFile(byte[] bytes) {
		return importFile(new ByteArrayInputStream(bytes), bytes.length);
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

	/** A batch of rows as the reading thread hands it over; the last is empty and says whether reading failed. */
	private record Batch(List<Read> rows, boolean last, @Nullable Exception failure) {
	}

	/**
	 * The state of one import while the file streams through. Two threads share the work, as a CPU each: one reads,
	 * parses and checks the rows (the areas included), the other, in the transaction, skips the repeated ids and
	 * writes; at most two checked batches wait between them, so the memory stays bounded.
	 */
	private final class Run {

		final List<Problem> problems = new ArrayList<>();

		int problemCount;

		int added;

		int skipped;

		/** Nanoseconds spent checking rows (with the area lookups) and writing them, for the log. */
		volatile long checking;

		long writing;

		private Map<String, Integer> columns = Map.of();

		private boolean sweref;

		void read(BufferedReader reader) throws IOException {
			String header = reader.readLine();
			if (header != null && header.startsWith("\uFEFF")) {
				header = header.substring(1);
			}
			if (header == null || header.isBlank()) {
				problem(new Problem(0, "", "situation.import.empty"));
				return;
			}
			char separator = header.contains(";") ? ';' : ',';
			List<String> names = split(header, separator);
			Map<String, Integer> found = new HashMap<>();
			for (int i = 0; i < names.size(); i++) {
				found.put(names.get(i).strip().toLowerCase(Locale.ROOT), i);
			}
			columns = found;
			sweref = found.containsKey("e") && found.containsKey("n");
			for (String required : sweref ? List.of("kategori", "tid", "e", "n", "organisation", "allvarlighet")
					: List.of("kategori", "tid", "latitud", "longitud", "organisation", "allvarlighet")) {
				if (!found.containsKey(required)) {
					problem(new Problem(1, required, "situation.import.columnMissing"));
				}
			}
			if (problemCount > 0) {
				return;
			}
			// until this transaction ends no other file import can store an id this one found not stored yet
			copy.lockImports(SOURCE);
			BlockingQueue<Batch> checked = new ArrayBlockingQueue<>(2);
			Thread reading = new Thread(() -> readRows(reader, separator, checked), "incident-import-reader");
			reading.setDaemon(true);
			reading.start();
			try {
				Batch batch = take(checked);
				while (!batch.last()) {
					write(batch.rows());
					batch = take(checked);
				}
				if (batch.failure() instanceof IOException io) {
					throw io;
				}
				if (batch.failure() != null) {
					throw new IllegalStateException("Reading the incident file failed", batch.failure());
				}
			}
			finally {
				reading.interrupt();
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

		/** The reading thread: lines into batches, each parsed and checked, then handed over. */
		private void readRows(BufferedReader reader, char separator, BlockingQueue<Batch> checked) {
			Exception failure = null;
			try {
				List<Line> lines = new ArrayList<>(BATCH);
				int row = 1;
				for (String text; (text = reader.readLine()) != null;) {
					row++;
					if (text.isBlank()) {
						continue;
					}
					lines.add(new Line(row, split(text, separator)));
					if (lines.size() == BATCH) {
						checked.put(new Batch(check(lines), false, null));
						lines = new ArrayList<>(BATCH);
					}
				}
				if (!lines.isEmpty()) {
					checked.put(new Batch(check(lines), false, null));
				}
			}
			catch (InterruptedException ex) {
				// the writing thread gave up (it failed); nobody waits for more
				return;
			}
			catch (IOException | RuntimeException ex) {
				failure = ex;
			}
			try {
				checked.put(new Batch(List.of(), true, failure));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

		/** Reads and checks every row of a batch, repeats or not: which rows repeat an id is known only when writing. */
		private List<Read> check(List<Line> lines) {
			long started = System.nanoTime();
			List<Read> rows = new ArrayList<>(lines.size());
			List<NewIncident> incidents = new ArrayList<>(lines.size());
			List<Integer> at = new ArrayList<>(lines.size());
			for (Line line : lines) {
				String id = cell(line.cells(), columns, "id");
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
			checking += System.nanoTime() - started;
			return rows;
		}

		/** Skips the repeated ids, notes the problems of the other rows, and writes those that passed. */
		private void write(List<Read> rows) {
			long started = System.nanoTime();
			List<String> ids = new ArrayList<>();
			for (Read read : rows) {
				if (read.id() != null) {
					ids.add(read.id());
				}
			}
			// ids of earlier batches of this file are found here too: they were written in this transaction
			Set<String> seen = reporting.importedIds(SOURCE, ids);
			List<NewIncident> passed = new ArrayList<>(rows.size());
			List<IncidentReporting.Checked> checks = new ArrayList<>(rows.size());
			List<@Nullable String> passedIds = new ArrayList<>(rows.size());
			for (Read read : rows) {
				if (read.id() != null && !seen.add(read.id())) {
					skipped++;
				}
				else if (read.checked() == null || read.incident() == null) {
					read.problems().forEach(this::problem);
				}
				else {
					passed.add(read.incident());
					checks.add(read.checked());
					passedIds.add(read.id());
				}
			}
			added += copy.copy(passed, checks, SOURCE, passedIds, false);
			writing += System.nanoTime() - started;
		}

		/** The row as an incident to check, or null with the problem noted when its place or time cannot be read. */
		private @Nullable NewIncident incident(Line line, List<Problem> unreadable) {
			List<String> cells = line.cells();
			double first;
			double second;
			try {
				// kept as given: SWEREF 99 TM is not sent through WGS84 and back, which could move it across a cell line
				first = number(cell(cells, columns, sweref ? "e" : "latitud"));
				second = number(cell(cells, columns, sweref ? "n" : "longitud"));
			}
			catch (IllegalArgumentException ex) {
				unreadable.add(new Problem(line.row(), sweref ? "e/n" : "latitud/longitud", "situation.import.badCoordinates"));
				return null;
			}
			LocalDateTime time;
			try {
				time = time(cell(cells, columns, "tid"));
			}
			catch (DateTimeParseException | NullPointerException ex) {
				unreadable.add(new Problem(line.row(), "tid", "situation.import.badTime"));
				return null;
			}
			Integer severity;
			try {
				severity = Integer.valueOf(String.valueOf(cell(cells, columns, "allvarlighet")).strip());
			}
			catch (NumberFormatException ex) {
				severity = null;
			}
			java.time.Instant occurred = time.atZone(SituationPictures.SWEDEN).toInstant();
			return sweref ? NewIncident.atSweref99(cell(cells, columns, "kategori"), occurred, first, second,
					cell(cells, columns, "organisation"), cell(cells, columns, "roll"), severity,
					cell(cells, columns, "beskrivning"))
					: new NewIncident(cell(cells, columns, "kategori"), occurred, first, second,
							cell(cells, columns, "organisation"), cell(cells, columns, "roll"), severity,
							cell(cells, columns, "beskrivning"));
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

	private static LocalDateTime time(@Nullable String value) {
		String v = value.strip();
		return v.contains("T") ? LocalDateTime.parse(v) : LocalDateTime.parse(v, SPACE);
	}

	private static double number(@Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("empty");
		}
		return Double.parseDouble(value.strip().replace(',', '.'));
	}

	private static @Nullable String cell(List<String> cells, Map<String, Integer> columns, String name) {
		Integer i = columns.get(name);
		if (i == null || i >= cells.size()) {
			return null;
		}
		String value = TextInput.clean(cells.get(i)).strip();
		return value.isEmpty() ? null : value;
	}

	/** One line of CSV: quoted cells may hold the separator and doubled quotes. */
	static List<String> split(String line, char separator) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == separator) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}

}
