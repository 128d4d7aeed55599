package se.trygghet.situation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghet.area.Sweref99Point;
import se.trygghet.area.Wgs84Point;

/**
 * Incidents from a CSV file (semicolon or comma, UTF-8): columns {@code kategori, tid, latitud, longitud} (or
 * {@code e, n} in SWEREF 99 TM), {@code organisation, allvarlighet}, and optionally {@code roll, beskrivning, id}.
 * Every row is checked as a form report is; with any problem nothing is written and every problem is listed by row
 * (the header is row 1) and column. A row whose {@code id} was imported before is skipped, so a file can be sent
 * again.
 */
@Service
class IncidentFileImport {

	static final int MAX_BYTES = 20 * 1024 * 1024;

	private static final DateTimeFormatter SPACE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

	private final IncidentReporting reporting;

	IncidentFileImport(IncidentReporting reporting) {
		this.reporting = reporting;
	}

	record Problem(int row, String column, String code) {
	}

	record Outcome(int added, int skipped, List<Problem> problems) {
	}

	@PreAuthorize("hasAnyRole('ANALYST', 'COORDINATOR', 'ADMIN')")
	@Transactional
	Outcome importFile(byte[] bytes) {
		if (bytes.length == 0) {
			return refused("situation.import.empty");
		}
		if (bytes.length > MAX_BYTES) {
			return refused("situation.import.tooLarge");
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return refused("situation.import.notText");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<String> lines = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
			for (String line; (line = reader.readLine()) != null;) {
				lines.add(line);
			}
		}
		catch (IOException ex) {
			return refused("situation.import.notText");
		}
		if (lines.isEmpty() || lines.get(0).isBlank()) {
			return refused("situation.import.empty");
		}
		char separator = lines.get(0).contains(";") ? ';' : ',';
		List<String> header = split(lines.get(0), separator).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			columns.put(header.get(i), i);
		}
		boolean sweref = columns.containsKey("e") && columns.containsKey("n");
		List<Problem> problems = new ArrayList<>();
		for (String required : sweref ? List.of("kategori", "tid", "e", "n", "organisation", "allvarlighet")
				: List.of("kategori", "tid", "latitud", "longitud", "organisation", "allvarlighet")) {
			if (!columns.containsKey(required)) {
				problems.add(new Problem(1, required, "situation.import.columnMissing"));
			}
		}
		if (!problems.isEmpty()) {
			return new Outcome(0, 0, problems);
		}
		Set<String> known = reporting.importedIds("FILE");
		Set<String> seen = new HashSet<>();
		List<NewIncident> incidents = new ArrayList<>();
		List<IncidentReporting.Checked> checks = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		int skipped = 0;
		for (int r = 1; r < lines.size(); r++) {
			if (lines.get(r).isBlank()) {
				continue;
			}
			int row = r + 1;
			List<String> cells = split(lines.get(r), separator);
			String id = cell(cells, columns, "id");
			if (id != null && (known.contains(id) || !seen.add(id))) {
				skipped++;
				continue;
			}
			Double lat = null;
			Double lon = null;
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
				problems.add(new Problem(row, sweref ? "e/n" : "latitud/longitud", "situation.import.badCoordinates"));
				continue;
			}
			LocalDateTime time;
			try {
				time = time(cell(cells, columns, "tid"));
			}
			catch (DateTimeParseException | NullPointerException ex) {
				problems.add(new Problem(row, "tid", "situation.import.badTime"));
				continue;
			}
			Integer severity;
			try {
				severity = Integer.valueOf(String.valueOf(cell(cells, columns, "allvarlighet")).strip());
			}
			catch (NumberFormatException ex) {
				severity = null;
			}
			NewIncident incident = new NewIncident(cell(cells, columns, "kategori"),
					time.atZone(SituationPictures.SWEDEN).toInstant(), lat, lon, cell(cells, columns, "organisation"),
					cell(cells, columns, "roll"), severity, cell(cells, columns, "beskrivning"));
			try {
				checks.add(reporting.check(incident));
				incidents.add(incident);
				ids.add(id);
			}
			catch (InvalidIncident ex) {
				ex.problems().forEach((field, code) -> problems.add(new Problem(row, column(field), code)));
			}
		}
		if (!problems.isEmpty()) {
			return new Outcome(0, skipped, problems);
		}
		for (int i = 0; i < incidents.size(); i++) {
			reporting.store(incidents.get(i), checks.get(i), "FILE", ids.get(i), false);
		}
		return new Outcome(incidents.size(), skipped, List.of());
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
