package se.trygghet.indicator;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.plan.IndicatorId;

/** How each indicator is measured and judged, as stored; the breakdown options in their own table. */
@Repository
class IndicatorSetups {

	private final JdbcClient jdbc;

	IndicatorSetups(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A setup with the plan its indicator belongs to. */
	public record Stored(IndicatorId indicator, ActionPlanId plan, IndicatorSetup setup) {
	}

	/** Every indicator's setup; a few dozen rows, read whole. */
	Map<IndicatorId, Stored> all() {
		Map<UUID, Map<String, List<String>>> options = new LinkedHashMap<>();
		jdbc.sql("""
				select s.indicator_id, s.category_key, s.option_key
				  from indicator_setup_option s
				  join indicator_category c on c.key = s.category_key
				  join indicator_category_option o on o.category_key = s.category_key and o.key = s.option_key
				 order by c.position, o.position
				""")
			.query(rs -> {
				options.computeIfAbsent(rs.getObject("indicator_id", UUID.class), k -> new LinkedHashMap<>())
					.computeIfAbsent(rs.getString("category_key"), k -> new ArrayList<>())
					.add(rs.getString("option_key"));
			});
		Map<IndicatorId, Stored> all = new LinkedHashMap<>();
		jdbc.sql("select * from indicator_setup").query((rs, n) -> map(rs, options)).list().forEach(s -> all.put(s.indicator(), s));
		return all;
	}

	boolean exists(IndicatorId indicator) {
		return jdbc.sql("select exists (select 1 from indicator_setup where indicator_id = :id)")
			.param("id", indicator.value())
			.query(Boolean.class)
			.single();
	}

	void insert(IndicatorId indicator, ActionPlanId plan, IndicatorSetup setup, Instant now) {
		IndicatorSetup.Calculation calculation = setup.calculation();
		IndicatorSetup.Baseline baseline = setup.baseline();
		IndicatorSetup.Target target = setup.target();
		jdbc.sql("""
				insert into indicator_setup (indicator_id, plan_id, kind, measure, numerator, denominator, factor,
				       platform_source, baseline_period, baseline_value, target_value, target_year, suppression,
				       verdict_window, method_notes, updated_at)
				values (:id, :plan, :kind, :measure, :numerator, :denominator, :factor, :platformSource,
				        :baselinePeriod, :baselineValue, :targetValue, :targetYear, :suppression, :window, :notes, :now)
				""")
			.param("id", indicator.value())
			.param("plan", plan.value())
			.param("kind", setup.kind().name())
			.param("measure", setup.measure().name())
			.param("numerator", calculation == null ? null : calculation.numerator())
			.param("denominator", calculation == null ? null : calculation.denominator())
			.param("factor", calculation == null ? null : calculation.factor())
			.param("platformSource", setup.platformSource())
			.param("baselinePeriod", baseline == null ? null : baseline.period().toString())
			.param("baselineValue", baseline == null ? null : baseline.value())
			.param("targetValue", target == null ? null : target.value())
			.param("targetYear", target == null ? null : target.year())
			.param("suppression", setup.suppression().name())
			.param("window", setup.verdictWindow())
			.param("notes", setup.methodNotes())
			.param("now", Timestamp.from(now))
			.update();
		setup.breakdowns().forEach((category, options) -> options.forEach(option -> jdbc.sql("""
				insert into indicator_setup_option (indicator_id, category_key, option_key)
				values (:id, :category, :option)
				""").param("id", indicator.value()).param("category", category).param("option", option).update()));
	}

	private static Stored map(ResultSet rs, Map<UUID, Map<String, List<String>>> options) throws SQLException {
		UUID id = rs.getObject("indicator_id", UUID.class);
		IndicatorSetup.Kind kind = IndicatorSetup.Kind.valueOf(rs.getString("kind"));
		String baselinePeriod = rs.getString("baseline_period");
		BigDecimal targetValue = rs.getBigDecimal("target_value");
		IndicatorSetup setup = new IndicatorSetup(kind, IndicatorSetup.MeasureType.valueOf(rs.getString("measure")),
				options.getOrDefault(id, Map.of()),
				kind == IndicatorSetup.Kind.CALCULATED ? new IndicatorSetup.Calculation(rs.getString("numerator"),
						rs.getString("denominator"), rs.getBigDecimal("factor")) : null,
				rs.getString("platform_source"),
				baselinePeriod == null ? null
						: new IndicatorSetup.Baseline(Period.parse(baselinePeriod), rs.getBigDecimal("baseline_value")),
				targetValue == null ? null : new IndicatorSetup.Target(targetValue, rs.getInt("target_year")),
				IndicatorSetup.SuppressionClass.valueOf(rs.getString("suppression")), rs.getInt("verdict_window"),
				text(rs.getString("method_notes")));
		return new Stored(new IndicatorId(id), new ActionPlanId(rs.getObject("plan_id", UUID.class)), setup);
	}

	private static @Nullable String text(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
