package se.trygghet.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaCatalog.AreaRef;
import se.trygghet.area.AreaLevel;
import se.trygghet.plan.IndicatorId;

/**
 * For the benchmark only (demo profile, {@code app.indicator.demo.benchmark-volume=true}, set by
 * {@code benchmarks/run.sh} with {@code BENCH_INDICATOR_VOLUME=1}): the data volume of 25 indicators × 20 years
 * × 30 areas × 5 gender options, about 75 000 values, all with source "demo" and the demo flag. The municipality and
 * the first 29 demo areas below it get a value for every year 2004–2023, for the total and each gender option, whether
 * or not the indicator is broken down so (the pages then read more than they show, which is the harder case). Written
 * straight to the table, because the upsert rightly refuses breakdowns an indicator does not have; values the demo
 * series already hold are left as they are. Bumps the indicator revision like every write. Runs on a thread of its own
 * after start-up; {@code benchmarks/run.sh} waits for it before measuring.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "app.indicator.demo.benchmark-volume", havingValue = "true")
@Order(36)
class IndicatorBenchmarkVolume implements ApplicationRunner {

	static final int FIRST_YEAR = 2004;

	static final int YEARS = 20;

	static final int AREAS = 30;

	static final List<String> GENDERS = List.of("", "kon=kvinnor", "kon=man", "kon=flickor", "kon=pojkar");

	private static final Logger log = LoggerFactory.getLogger(IndicatorBenchmarkVolume.class);

	private static final String INSERT = """
			insert into measurement (indicator_id, area_id, breakdown, period_start, period, period_type, source, value,
			       status, numerator, denominator, respondents, method_version, published_on, demo, imported_at)
			values (:indicator, :area, :breakdown, :periodStart, :period, 'YEAR', 'demo', :value, 'NORMAL', :numerator,
			        :denominator, :respondents, '1', :publishedOn, true, :now)
			on conflict do nothing
			""";

	private final IndicatorSetups setups;

	private final AreaCatalog areas;

	private final NamedParameterJdbcTemplate batches;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String municipality;

	IndicatorBenchmarkVolume(IndicatorSetups setups, AreaCatalog areas, NamedParameterJdbcTemplate batches,
			JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
			@Value("${app.area.municipality.code:1980}") String municipality) {
		this.setups = setups;
		this.areas = areas;
		this.batches = batches;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.municipality = municipality;
	}

	/** Loads the volume in the background, so that the benchmark's cold start measures the application alone. */
	@Override
	public void run(ApplicationArguments args) {
		Thread loader = new Thread(this::load, "benchmark-volume");
		loader.setDaemon(true);
		loader.start();
	}

	void load() {
		Optional<AreaRef> kommun = areas.area(municipality, AreaLevel.KOMMUN, municipality);
		if (kommun.isEmpty()) {
			return;
		}
		List<AreaRef> places = new ArrayList<>();
		places.add(kommun.get());
		Stream.of(AreaLevel.KOMMUNDEL, AreaLevel.STADSDEL, AreaLevel.STATISTIKOMRADE)
			.flatMap(level -> areas.atLevel(municipality, level).stream())
			.filter(AreaRef::demo)
			.limit(AREAS - 1)
			.forEach(places::add);
		Map<IndicatorId, IndicatorSetups.Stored> all = setups.all();
		Timestamp now = Timestamp.from(clock.instant());
		List<SqlParameterSource> rows = new ArrayList<>();
		all.forEach((id, stored) -> {
			for (int y = 0; y < YEARS; y++) {
				for (int a = 0; a < places.size(); a++) {
					for (int g = 0; g < GENDERS.size(); g++) {
						rows.add(row(id, stored.setup().measure(), FIRST_YEAR + y, places.get(a), a, g, now));
					}
				}
			}
		});
		int written = transactions.execute(status -> {
			int count = 0;
			for (int from = 0; from < rows.size(); from += 1000) {
				for (int n : batches.batchUpdate(INSERT,
						rows.subList(from, Math.min(rows.size(), from + 1000)).toArray(SqlParameterSource[]::new))) {
					count += n > 0 ? 1 : 0;
				}
			}
			jdbc.sql("update indicator_revision set revision = revision + 1 where id = 1").update();
			return count;
		});
		log.info("Benchmark volume: {} values for {} indicators and {} areas ({} new)", rows.size(), all.size(),
				places.size(), written);
	}

	private static SqlParameterSource row(IndicatorId indicator, IndicatorSetup.MeasureType measure, int year,
			AreaRef area, int areaIndex, int gender, Timestamp now) {
		double wave = Math.sin(year * 0.7 + areaIndex * 1.3 + gender * 0.4);
		BigDecimal value;
		BigDecimal numerator = null;
		BigDecimal denominator = null;
		Integer respondents = null;
		switch (measure) {
			case COUNT -> value = BigDecimal.valueOf(Math.round(40 + 30 * wave) * (areaIndex == 0 ? 20 : 1));
			case RATE -> {
				denominator = BigDecimal.valueOf(areaIndex == 0 ? 157_000 : 5_000);
				numerator = BigDecimal.valueOf(Math.round(denominator.doubleValue() * (0.01 + 0.004 * wave)));
				value = numerator.multiply(BigDecimal.valueOf(100_000)).divide(denominator, 0, RoundingMode.HALF_EVEN);
			}
			case SHARE, SURVEY_SHARE -> {
				denominator = BigDecimal.valueOf(areaIndex == 0 ? 1400 : 200);
				numerator = BigDecimal.valueOf(Math.round(denominator.doubleValue() * (0.6 + 0.15 * wave)));
				value = numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 1, RoundingMode.HALF_EVEN);
				respondents = measure == IndicatorSetup.MeasureType.SURVEY_SHARE ? denominator.intValue() : null;
			}
			default -> value = BigDecimal.valueOf(60 + 10 * wave).setScale(1, RoundingMode.HALF_EVEN);
		}
		Period period = Period.year(year);
		return new MapSqlParameterSource().addValue("indicator", indicator.value())
			.addValue("area", area.id().value())
			.addValue("breakdown", GENDERS.get(gender))
			.addValue("periodStart", Date.valueOf(period.start()))
			.addValue("period", period.toString())
			.addValue("value", value)
			.addValue("numerator", numerator)
			.addValue("denominator", denominator)
			.addValue("respondents", respondents)
			.addValue("publishedOn", Date.valueOf(LocalDate.of(year + 1, 3, 31)))
			.addValue("now", now);
	}

}
