package se.trygghet.indicator;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;
import se.trygghet.area.AreaLevel;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.indicator.IndicatorImports.Kind;
import se.trygghet.indicator.IndicatorImports.State;
import se.trygghet.indicator.IndicatorImports.Trigger;
import se.trygghet.indicator.ImportRuns.Problem;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.plan.IndicatorId;
import se.trygghet.plan.PlanCatalog;

/**
 * Imports a file of values with a column mapping. Every row is read into a {@link NewMeasurement}, and every problem
 * of every row is gathered with its row (as in the file, the header being row 1) and column, whatever else is wrong
 * with the same row; then {@link Measurements#upsert} checks the batch whole. With any problem nothing is written.
 * Values already stored as they are in the file are left untouched, so importing a file again changes nothing. Every
 * run is logged in {@link ImportRuns}.
 */
@Service
class FileImport {

	static final String GENDER = "kon";

	static final String AGE = "alder";

	private static final Pattern NUMBER = Pattern.compile("[-+]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)");

	private static final Pattern INTEGER = Pattern.compile("[+]?[0-9]{1,9}");

	private static final Map<String, String> GENDERS = Map.ofEntries(Map.entry("total", "total"),
			Map.entry("totalt", "total"), Map.entry("t", "total"), Map.entry("alla", "total"),
			Map.entry("all", "total"), Map.entry("kvinnor", "kvinnor"), Map.entry("kvinna", "kvinnor"),
			Map.entry("k", "kvinnor"), Map.entry("women", "kvinnor"), Map.entry("woman", "kvinnor"),
			Map.entry("female", "kvinnor"), Map.entry("man", "man"), Map.entry("men", "man"), Map.entry("m", "man"),
			Map.entry("male", "man"), Map.entry("flickor", "flickor"), Map.entry("flicka", "flickor"),
			Map.entry("girls", "flickor"), Map.entry("pojkar", "pojkar"), Map.entry("pojke", "pojkar"),
			Map.entry("boys", "pojkar"));

	private static final Map<String, MeasurementStatus> STATUSES = Map.ofEntries(
			Map.entry("normal", MeasurementStatus.NORMAL), Map.entry("slutligt", MeasurementStatus.NORMAL),
			Map.entry("slutlig", MeasurementStatus.NORMAL), Map.entry("final", MeasurementStatus.NORMAL),
			Map.entry("missing", MeasurementStatus.MISSING), Map.entry("saknas", MeasurementStatus.MISSING),
			Map.entry("saknat", MeasurementStatus.MISSING),
			Map.entry("preliminary", MeasurementStatus.PRELIMINARY),
			Map.entry("preliminart", MeasurementStatus.PRELIMINARY),
			Map.entry("preliminar", MeasurementStatus.PRELIMINARY), Map.entry("prel", MeasurementStatus.PRELIMINARY),
			Map.entry("suppressed", MeasurementStatus.SUPPRESSED), Map.entry("undertryckt", MeasurementStatus.SUPPRESSED),
			Map.entry("dold", MeasurementStatus.SUPPRESSED), Map.entry("sekretess", MeasurementStatus.SUPPRESSED),
			Map.entry("skyddad", MeasurementStatus.SUPPRESSED));

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FileImport.class);

	private final Measurements measurements;

	private final IndicatorSetups setups;

	private final Categories categories;

	private final PlanCatalog plans;

	private final AreaCatalog areas;

	private final ImportRuns runs;

	private final CurrentUsers currentUsers;

	private final String municipality;

	FileImport(Measurements measurements, IndicatorSetups setups, Categories categories, PlanCatalog plans,
			AreaCatalog areas, ImportRuns runs, CurrentUsers currentUsers,
			@Value("${app.area.municipality.code:1980}") String municipality) {
		this.measurements = measurements;
		this.setups = setups;
		this.categories = categories;
		this.plans = plans;
		this.areas = areas;
		this.runs = runs;
		this.currentUsers = currentUsers;
		this.municipality = municipality;
	}

	/** Which column holds each field (fields left out are not in the file) and the source every value gets. */
	public record Mapping(Map<ImportField, Integer> columns, String source) {

		public Mapping {
			columns = columns.isEmpty() ? Map.of() : new EnumMap<>(columns);
		}

		@Nullable
		Integer column(ImportField field) {
			return columns.get(field);
		}

	}

	/** What a run did: values added, changed and left as they were, or every problem and nothing written. */
	public record Outcome(UUID run, State state, int rows, int added, int changed, int unchanged, List<Problem> problems) {

		public Outcome {
			problems = List.copyOf(problems);
		}

		boolean written() {
			return state == State.SUCCEEDED;
		}

	}

	/** Checks the whole file and, only when no row has any problem, writes it. */
	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	Outcome importTable(String fileName, ImportTable table, Mapping mapping) {
		String source = mapping.source().strip();
		UUID run = runs.start(Kind.FILE, Trigger.MANUAL, currentUsers.actorName(), fileName, List.of(), null, null,
				null, source);
		Set<IndicatorId> indicators = new LinkedHashSet<>();
		try {
			long started = System.nanoTime();
			Parsed parsed = parse(table, mapping, source);
			long parsedAt = System.nanoTime();
			parsed.values().forEach(v -> indicators.add(v.indicator()));
			int missing = (int) parsed.values()
				.stream()
				.filter(v -> v.status() == MeasurementStatus.MISSING)
				.count();
			List<Problem> problems = new ArrayList<>(parsed.problems());
			if (!problems.isEmpty()) {
				problems.addAll(translate(measurements.check(parsed.values(), setups.all()), parsed, table, mapping));
				return refuse(run, table, problems, indicators);
			}
			Measurements.Outcome outcome = measurements.upsert(parsed.values());
			log.info("Imported {} rows of {}: read in {} ms, checked and written in {} ms", table.rows().size(),
					fileName, (parsedAt - started) / 1_000_000, (System.nanoTime() - parsedAt) / 1_000_000);
			if (!outcome.written()) {
				return refuse(run, table, translate(outcome.problems(), parsed, table, mapping), indicators);
			}
			runs.finish(run, new ImportRuns.Result(State.SUCCEEDED, table.rows().size(), outcome.added(),
					outcome.changed(), outcome.unchanged(), missing, List.of(), 0, null, indicators, null, null, null));
			return new Outcome(run, State.SUCCEEDED, table.rows().size(), outcome.added(), outcome.changed(),
					outcome.unchanged(), List.of());
		}
		catch (RuntimeException ex) {
			runs.finish(run, new ImportRuns.Result(State.FAILED, table.rows().size(), 0, 0, 0, 0, List.of(), 0,
					String.valueOf(ex.getMessage()), indicators, null, null, null));
			throw ex;
		}
	}

	/** Logs a file that could not even be read as a refused run. */
	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	UUID refuseUnreadable(String fileName, String code, List<String> args) {
		UUID run = runs.start(Kind.FILE, Trigger.MANUAL, currentUsers.actorName(), fileName, List.of(), null, null,
				null, "");
		runs.finish(run, new ImportRuns.Result(State.REFUSED, 0, 0, 0, 0, 0,
				List.of(Problem.of(null, null, code, args)), 1, null, List.of(), null, null, null));
		return run;
	}

	private Outcome refuse(UUID run, ImportTable table, List<Problem> problems, Collection<IndicatorId> indicators) {
		List<Problem> sorted = new ArrayList<>(problems);
		sorted.sort(Comparator.comparing((Problem p) -> p.row() == null ? 0 : p.row()));
		runs.finish(run, new ImportRuns.Result(State.REFUSED, table.rows().size(), 0, 0, 0, 0, sorted, sorted.size(),
				null, indicators, null, null, null));
		return new Outcome(run, State.REFUSED, table.rows().size(), 0, 0, 0, sorted);
	}

	/** The values read, with the file row of each, and the problems of the rows that could not be read. */
	public record Parsed(List<NewMeasurement> values, List<ImportTable.Row> rows, List<Problem> problems) {
	}

	Parsed parse(ImportTable table, Mapping mapping, String source) {
		List<Problem> problems = new ArrayList<>();
		for (ImportField field : ImportField.values()) {
			Integer column = mapping.column(field);
			if (field.required() && column == null) {
				problems.add(Problem.of(null, null, "indicator.import.field.required", List.of(field.messageKey())));
			}
		}
		if (source.isEmpty()) {
			problems.add(Problem.of(null, null, "indicator.import.source.missing", List.of()));
		}
		else if (source.length() > Measurements.MAX_SOURCE_LENGTH) {
			problems.add(Problem.of(null, null, "indicator.row.source.tooLong",
					List.of(String.valueOf(Measurements.MAX_SOURCE_LENGTH))));
		}
		if (!problems.isEmpty()) {
			return new Parsed(List.of(), List.of(), problems);
		}
		Lookups lookups = lookups();
		List<NewMeasurement> values = new ArrayList<>(table.rows().size());
		List<ImportTable.Row> rows = new ArrayList<>(table.rows().size());
		for (ImportTable.Row row : table.rows()) {
			RowReader reader = new RowReader(row, table.headers(), mapping, problems);
			NewMeasurement value = reader.read(lookups, source);
			if (value != null) {
				values.add(value);
				rows.add(row);
			}
		}
		return new Parsed(values, rows, problems);
	}

	/** The problems {@link Measurements} found, at the file's rows and columns. */
	private static List<Problem> translate(List<RowProblem> found, Parsed parsed, ImportTable table, Mapping mapping) {
		List<Problem> problems = new ArrayList<>();
		for (RowProblem problem : found) {
			ImportTable.Row row = parsed.rows().get(problem.row());
			ImportField field = switch (problem.field()) {
				case "indicator" -> ImportField.INDICATOR;
				case "area" -> ImportField.AREA;
				case "breakdown" -> mapping.column(ImportField.GENDER) != null ? ImportField.GENDER : ImportField.AGE;
				case "value" -> ImportField.VALUE;
				case "methodVersion" -> ImportField.METHOD_VERSION;
				case "source" -> null;
				default -> ImportField.PERIOD;
			};
			List<String> args = problem.args();
			if (problem.code().equals("indicator.row.duplicate") && !args.isEmpty()) {
				args = List.of(String.valueOf(parsed.rows().get(Integer.parseInt(args.get(0))).number()));
			}
			Integer column = field == null ? null : mapping.column(field);
			problems.add(Problem.of(row.number(), column == null ? null : ImportTable.columnName(table.headers(), column),
					problem.code(), args));
		}
		return problems;
	}

	// ------------------------------------------------------------------------------------------------- lookups

	/** Indicators by id, name and Kolada id; areas by id, code and name; age options by key and name. */
	public record Lookups(Map<String, Set<IndicatorId>> indicators, Map<IndicatorId, IndicatorSetup> setups,
			Map<String, Set<AreaId>> areas, AreaId municipality, Map<String, String> ages,
			Map<String, Set<IndicatorId>> indicatorCells, Map<String, Set<AreaId>> areaCells,
			Map<String, Optional<String>> periodCells, Map<String, Optional<String>> genderCells) {

		/** The gender option a cell names, or null. */
		@Nullable
		String gender(String cell) {
			return genderCells.computeIfAbsent(cell, text -> Optional.ofNullable(GENDERS.get(plain(text)))).orElse(null);
		}

		/** A large file repeats the same few indicators, areas and periods; each cell text is looked up once. */
		Set<IndicatorId> indicator(String cell) {
			return indicatorCells.computeIfAbsent(cell, text -> indicators.getOrDefault(key(text), Set.of()));
		}

		Set<AreaId> area(String cell) {
			return areaCells.computeIfAbsent(cell, text -> areas.getOrDefault(key(text), Set.of()));
		}

		/** The period in its canonical form, or empty when the text is not one. */
		Optional<String> period(String cell) {
			return periodCells.computeIfAbsent(cell, text -> {
				try {
					return Optional.of(Period.parse(text).toString());
				}
				catch (IllegalArgumentException ex) {
					return Optional.empty();
				}
			});
		}

	}

	Lookups lookups() {
		Map<IndicatorId, IndicatorSetups.Stored> stored = setups.all();
		Map<String, Set<IndicatorId>> indicators = new HashMap<>();
		Map<IndicatorId, IndicatorSetup> setupsById = new HashMap<>();
		Set<ActionPlanId> planIds = new LinkedHashSet<>();
		stored.values().forEach(s -> {
			planIds.add(s.plan());
			setupsById.put(s.indicator(), s.setup());
			indicators.computeIfAbsent(key(s.indicator().value().toString()), k -> new LinkedHashSet<>())
				.add(s.indicator());
		});
		for (ActionPlanId plan : planIds) {
			plans.outline(plan)
				.ifPresent(outline -> outline.focusAreas()
					.forEach(f -> f.indicators().stream().filter(i -> stored.containsKey(i.id())).forEach(i -> {
						indicators.computeIfAbsent(key(i.name()), k -> new LinkedHashSet<>()).add(i.id());
						if (i.koladaKpi() != null) {
							indicators.computeIfAbsent(key(i.koladaKpi()), k -> new LinkedHashSet<>()).add(i.id());
						}
					})));
		}
		Map<String, Set<AreaId>> areaKeys = new HashMap<>();
		AreaId kommun = null;
		for (AreaLevel level : AreaLevel.values()) {
			for (AreaCatalog.AreaRef area : areas.atLevel(municipality, level)) {
				if (level == AreaLevel.KOMMUN && area.code().equals(municipality)) {
					kommun = area.id();
				}
				for (String name : List.of(area.id().value().toString(), area.code(), area.name())) {
					areaKeys.computeIfAbsent(key(name), k -> new LinkedHashSet<>()).add(area.id());
				}
			}
		}
		if (kommun == null) {
			throw new IllegalStateException("The municipality " + municipality + " is not among the areas");
		}
		Map<String, String> ages = new HashMap<>();
		categories.all()
			.stream()
			.filter(c -> c.key().equals(AGE))
			.flatMap(c -> c.options().stream())
			.forEach(o -> List.of(o.key(), o.name(), o.nameEn()).forEach(n -> ages.put(ageKey(n), o.key())));
		return new Lookups(indicators, setupsById, areaKeys, kommun, ages, new HashMap<>(), new HashMap<>(),
				new HashMap<>(), new HashMap<>());
	}

	/** Trimmed, lower case, runs of blanks as one space. */
	static String key(String text) {
		return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	/** An age band as "16-19": dashes alike, "år"/"years" and blanks dropped, "65+" as "65plus". */
	static String ageKey(String text) {
		String key = key(text).replace('–', '-').replace('—', '-').replace("år", "").replace("years", "")
			.replace("och äldre", "plus").replace("and older", "plus").replace("+", "plus").replace(" ", "");
		return key;
	}

	private static String plain(String text) {
		return Normalizer.normalize(key(text), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
	}

	// ---------------------------------------------------------------------------------------------- one row

	/** Reads one row, noting every problem it has. */
	private static final class RowReader {

		private final ImportTable.Row row;

		private final List<String> headers;

		private final Mapping mapping;

		private final List<Problem> problems;

		private boolean bad;

		RowReader(ImportTable.Row row, List<String> headers, Mapping mapping, List<Problem> problems) {
			this.row = row;
			this.headers = headers;
			this.mapping = mapping;
			this.problems = problems;
		}

		@Nullable
		NewMeasurement read(Lookups lookups, String source) {
			IndicatorId indicator = indicator(lookups);
			String period = text(ImportField.PERIOD);
			if (period.isEmpty()) {
				problem(ImportField.PERIOD, "indicator.import.cell.empty");
			}
			else {
				Optional<String> canonical = lookups.period(period);
				if (canonical.isPresent()) {
					period = canonical.get();
				}
				else {
					problem(ImportField.PERIOD, "indicator.row.period.invalid", period);
				}
			}
			AreaId area = area(lookups);
			Breakdown breakdown = breakdown(lookups, indicator);
			String valueText = text(ImportField.VALUE);
			int before = problems.size();
			BigDecimal value = number(ImportField.VALUE, "..".equals(valueText) ? "" : valueText);
			boolean unreadable = problems.size() > before;
			MeasurementStatus status = status(value);
			if (status != null && status.hasValue() && value == null && !unreadable) {
				problem(ImportField.VALUE, "indicator.row.value.missing", status.name());
			}
			if (status != null && !status.hasValue() && value != null) {
				problem(ImportField.VALUE, "indicator.row.value.unexpected", status.name());
			}
			BigDecimal numerator = number(ImportField.NUMERATOR, text(ImportField.NUMERATOR));
			BigDecimal denominator = number(ImportField.DENOMINATOR, text(ImportField.DENOMINATOR));
			if (numerator != null && numerator.signum() < 0) {
				problem(ImportField.NUMERATOR, "indicator.row.count.negative");
			}
			if (denominator != null && denominator.signum() < 0) {
				problem(ImportField.DENOMINATOR, "indicator.row.count.negative");
			}
			Integer respondents = respondents();
			String method = text(ImportField.METHOD_VERSION);
			if (method.length() > Measurements.MAX_METHOD_LENGTH) {
				problem(ImportField.METHOD_VERSION, "indicator.row.method.tooLong",
						String.valueOf(Measurements.MAX_METHOD_LENGTH));
			}
			LocalDate published = date();
			if (bad || indicator == null || area == null || breakdown == null || status == null) {
				return null;
			}
			return new NewMeasurement(indicator, period, area, breakdown.key(), source, value, status, numerator,
					denominator, respondents, method, published, false);
		}

		private @Nullable IndicatorId indicator(Lookups lookups) {
			String text = text(ImportField.INDICATOR);
			if (text.isEmpty()) {
				problem(ImportField.INDICATOR, "indicator.import.cell.empty");
				return null;
			}
			Set<IndicatorId> found = lookups.indicator(text);
			if (found.size() > 1) {
				problem(ImportField.INDICATOR, "indicator.import.indicator.ambiguous", text);
				return null;
			}
			if (found.isEmpty()) {
				problem(ImportField.INDICATOR, "indicator.row.indicator.unknown", text);
				return null;
			}
			return found.iterator().next();
		}

		private @Nullable AreaId area(Lookups lookups) {
			if (mapping.column(ImportField.AREA) == null) {
				return lookups.municipality();
			}
			String text = text(ImportField.AREA);
			if (text.isEmpty()) {
				return lookups.municipality();
			}
			Set<AreaId> found = lookups.area(text);
			if (found.size() > 1) {
				problem(ImportField.AREA, "indicator.import.area.ambiguous", text);
				return null;
			}
			if (found.isEmpty()) {
				problem(ImportField.AREA, "indicator.row.area.unknown", text);
				return null;
			}
			return found.iterator().next();
		}

		private @Nullable Breakdown breakdown(Lookups lookups, @Nullable IndicatorId indicator) {
			Map<String, String> options = new LinkedHashMap<>();
			String gender = text(ImportField.GENDER);
			boolean ok = true;
			if (!gender.isEmpty()) {
				String option = lookups.gender(gender);
				if (option == null) {
					problem(ImportField.GENDER, "indicator.import.gender.unknown", gender);
					ok = false;
				}
				else {
					options.put(GENDER, option);
				}
			}
			String age = text(ImportField.AGE);
			if (!age.isEmpty()) {
				String option = lookups.ages().get(ageKey(age));
				if (option == null) {
					problem(ImportField.AGE, "indicator.import.age.unknown", age);
					ok = false;
				}
				else {
					options.put(AGE, option);
				}
			}
			if (!ok) {
				return null;
			}
			Breakdown breakdown = Breakdown.of(options);
			IndicatorSetup setup = indicator == null ? null : lookups.setups().get(indicator);
			if (setup != null && !setup.allows(breakdown)) {
				ImportField field = breakdown.options().containsKey(GENDER) && mapping.column(ImportField.GENDER) != null
						&& !setup.breakdowns().getOrDefault(GENDER, List.of()).contains(breakdown.options().get(GENDER))
								? ImportField.GENDER : ImportField.AGE;
				problem(field, "indicator.row.breakdown.notAvailable", breakdown.key());
				return null;
			}
			return breakdown;
		}

		private @Nullable MeasurementStatus status(@Nullable BigDecimal value) {
			String text = text(ImportField.STATUS);
			if (text.isEmpty()) {
				return value == null ? MeasurementStatus.MISSING : MeasurementStatus.NORMAL;
			}
			MeasurementStatus status = "..".equals(text) ? MeasurementStatus.SUPPRESSED : STATUSES.get(plain(text));
			if (status == null) {
				problem(ImportField.STATUS, "indicator.import.status.unknown", text);
			}
			return status;
		}

		private @Nullable BigDecimal number(ImportField field, String text) {
			if (text.isEmpty()) {
				return null;
			}
			String plain = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace('−', '-');
			if (plain.indexOf(',') >= 0 && plain.indexOf('.') >= 0) {
				problem(field, "indicator.import.number.invalid", text);
				return null;
			}
			plain = plain.replace(',', '.');
			if (!NUMBER.matcher(plain).matches()) {
				problem(field, "indicator.import.number.invalid", text);
				return null;
			}
			return new BigDecimal(plain);
		}

		private @Nullable Integer respondents() {
			String text = text(ImportField.RESPONDENTS).replace(" ", "").replace("\u00a0", "");
			if (text.isEmpty()) {
				return null;
			}
			if (!INTEGER.matcher(text).matches()) {
				problem(ImportField.RESPONDENTS, "indicator.import.integer.invalid", text);
				return null;
			}
			return Integer.valueOf(text);
		}

		private @Nullable LocalDate date() {
			String text = text(ImportField.PUBLISHED_ON);
			if (text.isEmpty()) {
				return null;
			}
			try {
				return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
			}
			catch (DateTimeParseException ex) {
				problem(ImportField.PUBLISHED_ON, "indicator.import.date.invalid", text);
				return null;
			}
		}

		private String text(ImportField field) {
			Integer column = mapping.column(field);
			return column == null ? "" : row.cell(column);
		}

		private void problem(ImportField field, String code, String... args) {
			bad = true;
			Integer column = mapping.column(field);
			problems.add(Problem.of(row.number(), column == null ? null : ImportTable.columnName(headers, column), code,
					List.of(args)));
		}

	}

}
