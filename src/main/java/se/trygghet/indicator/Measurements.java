package se.trygghet.indicator;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;
import se.trygghet.plan.IndicatorId;
import se.trygghet.plan.PlanLineage;

/**
 * Writes indicator values: every import (files, Kolada, the platform's own counts, the plan's stated figures, the
 * demo) goes through {@link #upsert}. A batch is checked whole first, and a batch with any problem writes nothing.
 *
 * <p>
 * A value is identified by indicator, area, breakdown, period and source. Writing one that exists with the same
 * number, status, counts, method, publication date and demo flag changes nothing, not even its import time, so
 * running an import again is harmless; a value that differs is replaced and stamped with the time of this import.
 */
@Service
class Measurements {

	static final int MAX_SOURCE_LENGTH = 100;

	static final int MAX_METHOD_LENGTH = 40;

	/** Rows per statement: each statement carries its rows as arrays, so a 100 000-row import takes ten. */
	private static final int BATCH = 10_000;

	/**
	 * One statement per batch: the rows come as one array per column and are unnested. A row that exists with
	 * equal values is not touched (the where clause); of the rows written, {@code xmax = 0} marks those inserted.
	 */
	private static final String UPSERT = """
			with upserted as (
			  insert into measurement (indicator_id, area_id, breakdown, period_start, period, period_type, source,
			         value, status, numerator, denominator, respondents, method_version, published_on, demo,
			         imported_at)
			  select r.indicator, r.area, r.breakdown, r.period_start, r.period, r.period_type, r.source, r.value,
			         r.status, r.numerator, r.denominator, r.respondents, r.method, r.published_on, r.demo, :now
			    from unnest(cast(:indicator as uuid[]), cast(:area as uuid[]), cast(:breakdown as text[]),
			                cast(:periodStart as date[]), cast(:period as text[]), cast(:periodType as text[]),
			                cast(:source as text[]), cast(:value as numeric[]), cast(:status as text[]),
			                cast(:numerator as numeric[]), cast(:denominator as numeric[]), cast(:respondents as int[]),
			                cast(:method as text[]), cast(:publishedOn as date[]), cast(:demo as boolean[]))
			         as r (indicator, area, breakdown, period_start, period, period_type, source, value, status,
			               numerator, denominator, respondents, method, published_on, demo)
			  on conflict (indicator_id, area_id, breakdown, period_start, period, source) do update
			     set value = excluded.value, status = excluded.status, numerator = excluded.numerator,
			         denominator = excluded.denominator, respondents = excluded.respondents,
			         method_version = excluded.method_version, published_on = excluded.published_on,
			         demo = excluded.demo, imported_at = excluded.imported_at
			   where (measurement.value, measurement.status, measurement.numerator, measurement.denominator,
			          measurement.respondents, measurement.method_version, measurement.published_on, measurement.demo)
			         is distinct from
			         (excluded.value, excluded.status, excluded.numerator, excluded.denominator, excluded.respondents,
			          excluded.method_version, excluded.published_on, excluded.demo)
			  returning xmax = 0 as inserted
			)
			select count(*) filter (where inserted) as added, count(*) filter (where not inserted) as changed
			  from upserted
			""";

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Measurements.class);

	private final IndicatorSetups setups;

	private final AreaCatalog areas;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final PlanLineage lineage;

	Measurements(IndicatorSetups setups, AreaCatalog areas, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock, PlanLineage lineage) {
		this.lineage = lineage;
		this.setups = setups;
		this.areas = areas;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** What a batch did: values added, changed and found as stored; or, with any problem, nothing. */
	public record Outcome(int added, int changed, int unchanged, List<RowProblem> problems) {

		public Outcome {
			problems = List.copyOf(problems);
		}

		boolean written() {
			return problems.isEmpty();
		}

	}

	/** Checks every value and, when none has a problem, writes them all. */
	@Transactional
	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	Outcome upsert(List<NewMeasurement> values) {
		Map<IndicatorId, IndicatorSetups.Stored> known = setups.all();
		values = calculated(values, known);
		long started = System.nanoTime();
		List<RowProblem> problems = check(values, known);
		log.debug("Checked {} values in {} ms", values.size(), (System.nanoTime() - started) / 1_000_000);
		if (!problems.isEmpty()) {
			return new Outcome(0, 0, 0, problems);
		}
		if (values.isEmpty()) {
			return new Outcome(0, 0, 0, List.of());
		}
		Set<UUID> indicators = new HashSet<>();
		values.forEach(v -> indicators.add(v.indicator().value()));
		Timestamp now = Timestamp.from(clock.instant());
		int added = 0;
		int changed = 0;
		for (int from = 0; from < values.size(); from += BATCH) {
			int[] counts = write(values.subList(from, Math.min(values.size(), from + BATCH)), now);
			added += counts[0];
			changed += counts[1];
		}
		int written = added + changed;
		int unchanged = values.size() - written;
		if (written > 0) {
			jdbc.sql("update indicator_revision set revision = revision + 1 where id = 1").update();
			Set<String> sources = new TreeSet<>();
			values.forEach(v -> sources.add(v.source()));
			events.publishEvent(new IndicatorEvents.MeasurementsImported(String.join(", ", sources), indicators.size(),
					added, changed, unchanged, values.stream().anyMatch(NewMeasurement::demo)));
		}
		return new Outcome(added, changed, unchanged, List.of());
	}

	/** Every problem of every value; none means the batch may be written. */
	List<RowProblem> check(List<NewMeasurement> values, Map<IndicatorId, IndicatorSetups.Stored> known) {
		List<RowProblem> problems = new ArrayList<>();
		Map<AreaId, Boolean> areaKnown = new HashMap<>();
		Map<String, Integer> keys = new HashMap<>();
		// an indicator carried into the next plan shares its series with the one it came from: one value per key
		Map<IndicatorId, IndicatorId> series = lineage
			.seriesOf(values.stream().map(NewMeasurement::indicator).distinct().toList());
		// a large import repeats the same few periods and breakdowns; each is read once
		Map<String, Optional<Period>> periods = new HashMap<>();
		Map<String, Optional<Breakdown>> breakdowns = new HashMap<>();
		for (int row = 0; row < values.size(); row++) {
			NewMeasurement value = values.get(row);
			IndicatorSetups.Stored indicator = known.get(value.indicator());
			if (indicator == null) {
				problems.add(new RowProblem(row, "indicator", "indicator.row.indicator.unknown",
						value.indicator().toString()));
			}
			if (!areaKnown.computeIfAbsent(value.area(), id -> areas.area(id).isPresent())) {
				problems.add(new RowProblem(row, "area", "indicator.row.area.unknown", value.area().toString()));
			}
			Period period = periods.computeIfAbsent(value.period(), text -> Optional.ofNullable(parse(() -> Period.parse(text))))
				.orElse(null);
			if (period == null) {
				problems.add(new RowProblem(row, "period", "indicator.row.period.invalid", value.period()));
			}
			Breakdown breakdown = breakdowns
				.computeIfAbsent(value.breakdown(), text -> Optional.ofNullable(parse(() -> new Breakdown(text))))
				.orElse(null);
			if (breakdown == null) {
				problems.add(new RowProblem(row, "breakdown", "indicator.row.breakdown.invalid", value.breakdown()));
			}
			else if (indicator != null && !indicator.setup().allows(breakdown)) {
				problems.add(new RowProblem(row, "breakdown", "indicator.row.breakdown.notAvailable", breakdown.key()));
			}
			checkTexts(row, value, problems);
			checkNumbers(row, value, problems);
			checkCalculation(row, value, indicator == null ? null : indicator.setup().calculation(), problems);
			if (period != null && breakdown != null) {
				String key = series.get(value.indicator()) + "|" + value.area() + "|" + breakdown.key() + "|" + period + "|"
						+ value.source();
				Integer first = keys.putIfAbsent(key, row);
				if (first != null) {
					problems.add(new RowProblem(row, "period", "indicator.row.duplicate", String.valueOf(first)));
				}
			}
		}
		return problems;
	}

	/**
	 * Values of calculated indicators follow from their counts: where a row brings the numerator and the denominator
	 * but no value, the value is numerator ÷ denominator × the indicator's factor (two decimals, half up), e.g. crimes
	 * per 100 000 inhabitants. Rows that bring a value as well are checked against it in {@link #checkCalculation}.
	 */
	static List<NewMeasurement> calculated(List<NewMeasurement> values, Map<IndicatorId, IndicatorSetups.Stored> known) {
		List<NewMeasurement> result = new java.util.ArrayList<>(values.size());
		for (NewMeasurement v : values) {
			IndicatorSetups.Stored stored = known.get(v.indicator());
			IndicatorSetup.@Nullable Calculation calculation = stored == null ? null : stored.setup().calculation();
			if (calculation != null && v.value() == null && v.status() == MeasurementStatus.MISSING
					&& v.numerator() != null && v.denominator() != null && v.denominator().signum() > 0) {
				result.add(new NewMeasurement(v.indicator(), v.period(), v.area(), v.breakdown(), v.source(),
						ratio(v.numerator(), v.denominator(), calculation.factor()), MeasurementStatus.NORMAL, v.numerator(),
						v.denominator(), v.respondents(), v.methodVersion(), v.publishedOn(), v.demo()));
			}
			else {
				result.add(v);
			}
		}
		return result;
	}

	static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator, BigDecimal factor) {
		return numerator.multiply(factor).divide(denominator, 2, java.math.RoundingMode.HALF_UP);
	}

	/** A value that contradicts its own counts by more than rounding (0.5 %) is refused rather than stored. */
	static void checkCalculation(int row, NewMeasurement value, IndicatorSetup.@Nullable Calculation calculation,
			List<RowProblem> problems) {
		if (calculation == null || value.value() == null || value.numerator() == null || value.denominator() == null
				|| value.denominator().signum() <= 0) {
			return;
		}
		BigDecimal expected = ratio(value.numerator(), value.denominator(), calculation.factor());
		BigDecimal tolerance = expected.abs().multiply(new BigDecimal("0.005")).max(new BigDecimal("0.01"));
		if (value.value().subtract(expected).abs().compareTo(tolerance) > 0) {
			problems.add(new RowProblem(row, "value", "indicator.row.value.inconsistent", expected.toPlainString()));
		}
	}

	/** Whether any demo value is stored. */
	boolean anyDemo() {
		return jdbc.sql("select exists (select 1 from measurement where demo)").query(Boolean.class).single();
	}

	private static void checkTexts(int row, NewMeasurement value, List<RowProblem> problems) {
		if (value.source().isEmpty()) {
			problems.add(new RowProblem(row, "source", "indicator.row.source.missing"));
		}
		else if (value.source().length() > MAX_SOURCE_LENGTH) {
			problems.add(new RowProblem(row, "source", "indicator.row.source.tooLong", String.valueOf(MAX_SOURCE_LENGTH)));
		}
		if (value.methodVersion().length() > MAX_METHOD_LENGTH) {
			problems.add(new RowProblem(row, "methodVersion", "indicator.row.method.tooLong",
					String.valueOf(MAX_METHOD_LENGTH)));
		}
	}

	private static void checkNumbers(int row, NewMeasurement value, List<RowProblem> problems) {
		if (value.status().hasValue() && value.value() == null) {
			problems.add(new RowProblem(row, "value", "indicator.row.value.missing", value.status().name()));
		}
		if (!value.status().hasValue() && value.value() != null) {
			problems.add(new RowProblem(row, "value", "indicator.row.value.unexpected", value.status().name()));
		}
		if (negative(value.numerator()) || negative(value.denominator())
				|| (value.respondents() != null && value.respondents() < 0)) {
			problems.add(new RowProblem(row, "value", "indicator.row.count.negative"));
		}
	}

	private static boolean negative(@Nullable BigDecimal count) {
		return count != null && count.signum() < 0;
	}

	/** Writes one batch; how many rows were added and how many changed. */
	private int[] write(List<NewMeasurement> chunk, Timestamp now) {
		int n = chunk.size();
		UUID[] indicator = new UUID[n];
		UUID[] area = new UUID[n];
		String[] breakdown = new String[n];
		String[] periodStart = new String[n];
		String[] period = new String[n];
		String[] periodType = new String[n];
		String[] source = new String[n];
		String[] value = new String[n];
		String[] status = new String[n];
		String[] numerator = new String[n];
		String[] denominator = new String[n];
		Integer[] respondents = new Integer[n];
		String[] method = new String[n];
		String[] publishedOn = new String[n];
		Boolean[] demo = new Boolean[n];
		Map<String, Period> periods = new HashMap<>();
		Map<String, String> breakdowns = new HashMap<>();
		Map<IndicatorId, IndicatorId> series = lineage
			.seriesOf(chunk.stream().map(NewMeasurement::indicator).distinct().toList());
		for (int i = 0; i < n; i++) {
			NewMeasurement v = chunk.get(i);
			Period p = periods.computeIfAbsent(v.period(), Period::parse);
			// stored under the indicator's series, which an indicator carried into the next plan shares
			indicator[i] = series.get(v.indicator()).value();
			area[i] = v.area().value();
			breakdown[i] = breakdowns.computeIfAbsent(v.breakdown(), text -> new Breakdown(text).key());
			periodStart[i] = p.start().toString();
			period[i] = p.toString();
			periodType[i] = p.type().name();
			source[i] = v.source();
			value[i] = plain(v.value());
			status[i] = v.status().name();
			numerator[i] = plain(v.numerator());
			denominator[i] = plain(v.denominator());
			respondents[i] = v.respondents();
			method[i] = v.methodVersion();
			publishedOn[i] = v.publishedOn() == null ? null : v.publishedOn().toString();
			demo[i] = v.demo();
		}
		return jdbc.sql(UPSERT)
			.param("indicator", indicator)
			.param("area", area)
			.param("breakdown", breakdown)
			.param("periodStart", periodStart)
			.param("period", period)
			.param("periodType", periodType)
			.param("source", source)
			.param("value", value)
			.param("status", status)
			.param("numerator", numerator)
			.param("denominator", denominator)
			.param("respondents", respondents)
			.param("method", method)
			.param("publishedOn", publishedOn)
			.param("demo", demo)
			.param("now", now)
			.query((rs, row) -> new int[] { rs.getInt("added"), rs.getInt("changed") })
			.single();
	}

	private static @Nullable String plain(@Nullable BigDecimal number) {
		return number == null ? null : number.toPlainString();
	}

	private static <T> @Nullable T parse(java.util.function.Supplier<T> parser) {
		try {
			return parser.get();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
