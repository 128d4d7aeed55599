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
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;
import se.trygghet.plan.IndicatorId;

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

	private static final int BATCH = 1000;

	private static final String UPSERT = """
			insert into measurement (indicator_id, area_id, breakdown, period_start, period, period_type, source, value,
			       status, numerator, denominator, respondents, method_version, published_on, demo, imported_at)
			values (:indicator, :area, :breakdown, :periodStart, :period, :periodType, :source, :value, :status,
			        :numerator, :denominator, :respondents, :method, :publishedOn, :demo, :now)
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
			""";

	private final IndicatorSetups setups;

	private final AreaCatalog areas;

	private final JdbcClient jdbc;

	// JdbcClient has no batches; a batch of a thousand rows per round trip keeps a 100 000-row import in seconds
	private final NamedParameterJdbcTemplate batches;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Measurements(IndicatorSetups setups, AreaCatalog areas, JdbcClient jdbc, NamedParameterJdbcTemplate batches,
			ApplicationEventPublisher events, Clock clock) {
		this.setups = setups;
		this.areas = areas;
		this.jdbc = jdbc;
		this.batches = batches;
		this.events = events;
		this.clock = clock;
	}

	/** What a batch did: values added, changed and found as stored; or, with any problem, nothing. */
	record Outcome(int added, int changed, int unchanged, List<RowProblem> problems) {

		Outcome {
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
		List<RowProblem> problems = check(values, known);
		if (!problems.isEmpty()) {
			return new Outcome(0, 0, 0, problems);
		}
		if (values.isEmpty()) {
			return new Outcome(0, 0, 0, List.of());
		}
		Set<UUID> indicators = new HashSet<>();
		values.forEach(v -> indicators.add(v.indicator().value()));
		long before = count(indicators);
		Timestamp now = Timestamp.from(clock.instant());
		int written = 0;
		for (int from = 0; from < values.size(); from += BATCH) {
			List<NewMeasurement> chunk = values.subList(from, Math.min(values.size(), from + BATCH));
			SqlParameterSource[] params = chunk.stream().map(v -> params(v, now)).toArray(SqlParameterSource[]::new);
			for (int count : batches.batchUpdate(UPSERT, params)) {
				// 1 for a row added or changed, 0 for a row left as it was
				written += count > 0 ? 1 : 0;
			}
		}
		int added = (int) (count(indicators) - before);
		int changed = written - added;
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
			Period period = parse(() -> Period.parse(value.period()));
			if (period == null) {
				problems.add(new RowProblem(row, "period", "indicator.row.period.invalid", value.period()));
			}
			Breakdown breakdown = parse(() -> new Breakdown(value.breakdown()));
			if (breakdown == null) {
				problems.add(new RowProblem(row, "breakdown", "indicator.row.breakdown.invalid", value.breakdown()));
			}
			else if (indicator != null && !indicator.setup().allows(breakdown)) {
				problems.add(new RowProblem(row, "breakdown", "indicator.row.breakdown.notAvailable", breakdown.key()));
			}
			checkTexts(row, value, problems);
			checkNumbers(row, value, problems);
			if (period != null && breakdown != null) {
				String key = value.indicator() + "|" + value.area() + "|" + breakdown.key() + "|" + period + "|"
						+ value.source();
				Integer first = keys.putIfAbsent(key, row);
				if (first != null) {
					problems.add(new RowProblem(row, "period", "indicator.row.duplicate", String.valueOf(first)));
				}
			}
		}
		return problems;
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

	private long count(Set<UUID> indicators) {
		return jdbc.sql("select count(*) from measurement where indicator_id in (:ids)")
			.param("ids", List.copyOf(indicators))
			.query(Long.class)
			.single();
	}

	private static MapSqlParameterSource params(NewMeasurement value, Timestamp now) {
		Period period = Period.parse(value.period());
		return new MapSqlParameterSource().addValue("indicator", value.indicator().value())
			.addValue("area", value.area().value())
			.addValue("breakdown", new Breakdown(value.breakdown()).key())
			.addValue("periodStart", java.sql.Date.valueOf(period.start()))
			.addValue("period", period.toString())
			.addValue("periodType", period.type().name())
			.addValue("source", value.source())
			.addValue("value", value.value())
			.addValue("status", value.status().name())
			.addValue("numerator", value.numerator())
			.addValue("denominator", value.denominator())
			.addValue("respondents", value.respondents())
			.addValue("method", value.methodVersion())
			.addValue("publishedOn", value.publishedOn() == null ? null : java.sql.Date.valueOf(value.publishedOn()))
			.addValue("demo", value.demo())
			.addValue("now", now);
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
