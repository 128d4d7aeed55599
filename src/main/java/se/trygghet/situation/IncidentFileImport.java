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
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.trygghet.area.Sweref99Point;
import se.trygghet.area.Wgs84Point;

/**
 * Incidents from a CSV file (semicolon or comma, UTF-8): columns {@code kategori, tid, latitud, longitud} (or
 * {@code e, n} in SWEREF 99 TM), {@code organisation, allvarlighet}, and optionally {@code roll, beskrivning, id}.
 * Every row is checked as a form report is; with any problem nothing is written and every problem is counted by row
 * (the header is row 1) and column, the first {@value #MAX_PROBLEMS_LISTED} of them listed. A row whose {@code id} was
 * imported before, or came earlier in the file, is skipped, so a file can be sent again.
 *
 * <p>A file may hold a million rows, so it is read as a stream and never held whole: rows are checked and written
 * {@value #BATCH} at a time, in one transaction that is rolled back when any row had a problem. Rows are written
 * even after a problem was found so that an id in a later row is recognised as a repeat exactly as it would be in a
 * good file.
 */
@Service
class IncidentFileImport {

	/** About three million rows; the upload limit (spring.servlet.multipart.max-file-size) is set to match. */
	static final long MAX_BYTES = 200L * 1024 * 1024;

	/** Problems listed for display; any beyond are only counted, so a wholly wrong file cannot fill the memory. */
	static final int MAX_PROBLEMS_LISTED = 1_000;

	/** Rows per check of the areas and per insert statement. */
	static final int BATCH = 10_000;

	private static final DateTimeFormatter SPACE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

	private static final String SOURCE = "FILE";

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IncidentFileImport.class);

	private final IncidentReporting reporting;

	private final TransactionTemplate transactions;

	IncidentFileImport(IncidentReporting reporting, PlatformTransactionManager transactions) {
		this.reporting = reporting;
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
		Outcome outcome = java.util.Objects.requireNonNull(transactions.execute(status -> {
			Run run = new Run();
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
		log.info("Incident file of {} bytes: {} added, {} skipped, {} problems in {} ms", size, outcome.added(),
				outcome.skipped(), outcome.problemCount(), (System.nanoTime() - started) / 1_000_000);
		return outcome;
	}

	/** One line of the file, its cells not yet read. */
	private record Line(int row, List<String> cells) {
	}

	/** The state of one import while the file streams through. */
	private final class Run {

		final List<Problem> problems = new ArrayList<>();

		int problemCount;

		int added;

		int skipped;

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
			List<Line> batch = new ArrayList<>(BATCH);
			int row = 1;
			for (String text; (text = reader.readLine()) != null;) {
				row++;
				if (text.isBlank()) {
					continue;
				}
				batch.add(new Line(row, split(text, separator)));
				if (batch.size() == BATCH) {
					flush(batch);
					batch.clear();
				}
			}
			flush(batch);
		}

		/** Skips the repeated ids, reads and checks the other rows, and writes those that passed. */
		private void flush(List<Line> batch) {
			if (batch.isEmpty()) {
				return;
			}
			List<String> ids = new ArrayList<>();
			for (Line line : batch) {
				String id = cell(line.cells(), columns, "id");
				if (id != null) {
					ids.add(id);
				}
			}
			// ids of earlier batches of this file are found here too: they were written in this transaction
			Set<String> seen = reporting.importedIds(SOURCE, ids);
			List<Integer> rows = new ArrayList<>(batch.size());
			List<NewIncident> incidents = new ArrayList<>(batch.size());
			List<@Nullable String> externalIds = new ArrayList<>(batch.size());
			for (Line line : batch) {
				String id = cell(line.cells(), columns, "id");
				if (id != null && !seen.add(id)) {
					skipped++;
					continue;
				}
				NewIncident incident = incident(line);
				if (incident != null) {
					rows.add(line.row());
					incidents.add(incident);
					externalIds.add(id);
				}
			}
			List<IncidentReporting.Verdict> verdicts = reporting.checkAll(incidents);
			List<NewIncident> passed = new ArrayList<>(incidents.size());
			List<IncidentReporting.Checked> checks = new ArrayList<>(incidents.size());
			List<@Nullable String> passedIds = new ArrayList<>(incidents.size());
			for (int i = 0; i < verdicts.size(); i++) {
				IncidentReporting.Verdict verdict = verdicts.get(i);
				if (verdict.checked() == null) {
					int row = rows.get(i);
					verdict.problems().forEach((field, code) -> problem(new Problem(row, column(field), code)));
				}
				else {
					passed.add(incidents.get(i));
					checks.add(verdict.checked());
					passedIds.add(externalIds.get(i));
				}
			}
			int stored = reporting.storeAll(passed, checks, SOURCE, passedIds, false);
			added += stored;
			// rows whose id another import wrote meanwhile
			skipped += passed.size() - stored;
		}

		/** The row as an incident to check, or null with the problem noted when its place or time cannot be read. */
		private @Nullable NewIncident incident(Line line) {
			List<String> cells = line.cells();
			Double lat;
			Double lon;
			try {
				if (sweref) {
					Wgs84Point place = new Sweref99Point(number(cell(cells, columns, "e")), number(cell(cells, columns, "n")))
						.toWgs84();
					lat = place.latitude();
					lon = place.longitude();
				}
				else {
					lat = number(cell(cells, columns, "latitud"));
					lon = number(cell(cells, columns, "longitud"));
				}
			}
			catch (IllegalArgumentException ex) {
				problem(new Problem(line.row(), sweref ? "e/n" : "latitud/longitud", "situation.import.badCoordinates"));
				return null;
			}
			LocalDateTime time;
			try {
				time = time(cell(cells, columns, "tid"));
			}
			catch (DateTimeParseException | NullPointerException ex) {
				problem(new Problem(line.row(), "tid", "situation.import.badTime"));
				return null;
			}
			Integer severity;
			try {
				severity = Integer.valueOf(String.valueOf(cell(cells, columns, "allvarlighet")).strip());
			}
			catch (NumberFormatException ex) {
				severity = null;
			}
			return new NewIncident(cell(cells, columns, "kategori"), time.atZone(SituationPictures.SWEDEN).toInstant(),
					lat, lon, cell(cells, columns, "organisation"), cell(cells, columns, "roll"), severity,
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
		String value = cells.get(i).strip();
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
