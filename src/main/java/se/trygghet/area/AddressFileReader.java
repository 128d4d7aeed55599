package se.trygghet.area;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.trygghet.system.Csv;
import se.trygghet.system.TextInput;

/**
 * Reads an address register file: CSV (semicolon, comma or tab; UTF-8 or Windows-1252, through {@link Csv}) with a
 * header row naming the columns, in any order and case, Swedish or English:
 * <ul>
 * <li>{@code gata} (street, or the name of a place such as "Stora torget"), required;</li>
 * <li>{@code nummer} (the address number with any letter, "12 A"); empty for a named place;</li>
 * <li>{@code postnummer} and {@code postort} (or {@code ort}), optional;</li>
 * <li>the point either as {@code lat} and {@code lon} in WGS84 degrees, or as {@code n} and {@code e} in SWEREF 99 TM
 * metres (EPSG:3006), a decimal point or comma alike.</li>
 * </ul>
 * Every row is checked; the problems name the row as a spreadsheet shows it (the header is row 1). Whether a point
 * lies inside the municipality is the import's check, which knows the areas.
 */
final class AddressFileReader {

	static final int MAX_BYTES = 20 * 1024 * 1024;

	static final int MAX_ROWS = 500_000;

	/** The most problems listed: a file with more is wrong throughout, and the first ones say how. */
	static final int MAX_PROBLEMS = 100;

	private static final Map<String, String> COLUMNS = columns();

	private AddressFileReader() {
	}

	/** One thing wrong with the file: its row (1 is the header; 0 is the file as a whole) and a message code. */
	public record Problem(int row, String code, List<String> args) {

		Problem(int row, String code, String... args) {
			this(row, code, List.of(args));
		}

	}

	/** A row read: its number in the file and its entry. */
	public record Row(int row, AddressRegister.Entry entry) {
	}

	public record Result(List<Row> rows, List<Problem> problems, int problemCount) {

		boolean ok() {
			return problems.isEmpty();
		}

	}

	private static Map<String, String> columns() {
		Map<String, String> names = new HashMap<>();
		for (String name : List.of("gata", "gatunamn", "gatuadress", "adressomrade", "adressområde", "street",
				"plats", "namn", "name")) {
			names.put(name, "street");
		}
		for (String name : List.of("nummer", "gatunummer", "husnummer", "adressplatsnummer", "number")) {
			names.put(name, "number");
		}
		for (String name : List.of("postnummer", "postnr", "postcode", "postalcode")) {
			names.put(name, "postcode");
		}
		for (String name : List.of("postort", "ort", "locality", "city")) {
			names.put(name, "locality");
		}
		for (String name : List.of("lat", "latitud", "latitude")) {
			names.put(name, "lat");
		}
		for (String name : List.of("lon", "lng", "long", "longitud", "longitude")) {
			names.put(name, "lon");
		}
		for (String name : List.of("n", "northing", "nord", "sweref_n", "sweref99tm_n")) {
			names.put(name, "n");
		}
		for (String name : List.of("e", "easting", "ost", "öst", "sweref_e", "sweref99tm_e")) {
			names.put(name, "e");
		}
		return Map.copyOf(names);
	}

	static Result read(byte[] content) {
		if (content.length > MAX_BYTES) {
			return refused("address.file.tooLarge", String.valueOf(MAX_BYTES / 1024 / 1024));
		}
		String text;
		try {
			text = Csv.text(content);
		}
		catch (Csv.Unreadable ex) {
			return refused(ex.problem() == Csv.Problem.ENCODING ? "address.file.encoding" : "address.file.notText");
		}
		List<Row> rows = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		int problemCount = 0;
		Map<String, Integer> at = null;
		int record = 0;
		try (CsvReader<CsvRecord> reader = Csv.reader(text)) {
			for (CsvRecord csv : reader) {
				record++;
				List<String> cells = csv.getFields().stream().map(cell -> TextInput.clean(cell).strip()).toList();
				if (at == null) {
					at = header(cells);
					Problem header = headerProblem(at);
					if (header != null) {
						return new Result(List.of(), List.of(header), 1);
					}
					continue;
				}
				if (cells.stream().allMatch(String::isBlank)) {
					continue;
				}
				if (rows.size() + problemCount >= MAX_ROWS) {
					return refused("address.file.tooManyRows", String.valueOf(MAX_ROWS));
				}
				List<Problem> found = new ArrayList<>();
				AddressRegister.Entry entry = entry(record, cells, at, found);
				if (found.isEmpty() && entry != null) {
					rows.add(new Row(record, entry));
				}
				else {
					problemCount += found.size();
					found.stream().limit(Math.max(0, MAX_PROBLEMS - problems.size())).forEach(problems::add);
				}
			}
		}
		catch (RuntimeException | IOException ex) {
			return refused("address.file.notText");
		}
		if (at == null) {
			return refused("address.file.empty");
		}
		if (rows.isEmpty() && problems.isEmpty()) {
			return refused("address.file.noRows");
		}
		return new Result(rows, problems, problemCount);
	}

	private static Result refused(String code, String... args) {
		return new Result(List.of(), List.of(new Problem(0, code, args)), 1);
	}

	private static Map<String, Integer> header(List<String> cells) {
		Map<String, Integer> at = new HashMap<>();
		for (int i = 0; i < cells.size(); i++) {
			String column = COLUMNS.get(cells.get(i).toLowerCase(Locale.ROOT).replace(' ', '_'));
			if (column != null) {
				at.putIfAbsent(column, i);
			}
		}
		return at;
	}

	private static @Nullable Problem headerProblem(Map<String, Integer> at) {
		if (!at.containsKey("street")) {
			return new Problem(1, "address.header.street");
		}
		boolean wgs84 = at.containsKey("lat") && at.containsKey("lon");
		boolean sweref = at.containsKey("n") && at.containsKey("e");
		if (!wgs84 && !sweref) {
			return new Problem(1, "address.header.point");
		}
		return null;
	}

	private static AddressRegister.@Nullable Entry entry(int row, List<String> cells, Map<String, Integer> at,
			List<Problem> problems) {
		String street = cell(cells, at, "street");
		if (street == null) {
			problems.add(new Problem(row, "address.row.street"));
		}
		else if (street.length() > 200) {
			problems.add(new Problem(row, "address.row.tooLong"));
		}
		String number = cell(cells, at, "number");
		if (number != null && number.length() > 20) {
			problems.add(new Problem(row, "address.row.number", number));
		}
		Sweref99Point point = point(row, cells, at, problems);
		if (street == null || point == null || !problems.isEmpty()) {
			return null;
		}
		return new AddressRegister.Entry(street, number, cell(cells, at, "postcode"), cell(cells, at, "locality"),
				point);
	}

	/** The row's point in SWEREF 99 TM: from lat/lon when the file has them, else from N/E. */
	private static @Nullable Sweref99Point point(int row, List<String> cells, Map<String, Integer> at,
			List<Problem> problems) {
		boolean wgs84 = at.containsKey("lat") && at.containsKey("lon");
		Double first = number(row, cells, at, wgs84 ? "lat" : "n", problems);
		Double second = number(row, cells, at, wgs84 ? "lon" : "e", problems);
		if (first == null || second == null) {
			return null;
		}
		if (wgs84) {
			if (!Projections.Plausible.WGS84.admits(second, first)) {
				problems.add(new Problem(row, "address.row.wgs84", cell(cells, at, "lat"), cell(cells, at, "lon")));
				return null;
			}
			return new Wgs84Point(first, second).toSweref99();
		}
		if (!Sweref99Point.inRange(second, first)) {
			problems.add(new Problem(row, "address.row.sweref", cell(cells, at, "n"), cell(cells, at, "e")));
			return null;
		}
		return new Sweref99Point(second, first);
	}

	private static @Nullable Double number(int row, List<String> cells, Map<String, Integer> at, String column,
			List<Problem> problems) {
		String text = cell(cells, at, column);
		if (text == null) {
			problems.add(new Problem(row, "address.row.missing", column));
			return null;
		}
		try {
			double value = Double.parseDouble(text.replace(',', '.').replace(" ", "").replace("\u00a0", ""));
			if (Double.isFinite(value)) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problems.add(new Problem(row, "address.row.notNumber", column, text));
		return null;
	}

	private static @Nullable String cell(List<String> cells, Map<String, Integer> at, String column) {
		Integer index = at.get(column);
		if (index == null || index >= cells.size() || cells.get(index).isBlank()) {
			return null;
		}
		return cells.get(index);
	}

}
