package se.trygghet.intervention;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghet.TrygghetsplattformenApplication;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;
import se.trygghet.area.AreaLevel;

/**
 * An effect evaluation over a million incidents: the platform starts on its embedded database with the demo areas,
 * {@value #INCIDENTS} invented incidents spread over four years and the demo districts are added in one SQL statement
 * (each placed uniformly in its district's bounding box and labelled with that district), and each invocation counts
 * target, control, a 300 m buffer ring and the longer run for two categories, two one-year periods, and computes the
 * results — everything an analyst's "Utvärdera" does except storing. The goal is under 300 ms. Run with
 * {@code ./mvnw test-compile exec:exec@jmh} (surefire skips it by name).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = { "-Xmx1g", "-Dspring.jdbc.template.query-timeout=0s" })
public class EffectEvaluationBench {

	static final int INCIDENTS = 1_000_000;

	ConfigurableApplicationContext context;

	EffectEvaluator evaluator;

	StoredEvaluation.Request withBuffer;

	StoredEvaluation.Request withoutBuffer;

	/** Requests of their own: other districts, rings, categories and periods, one per invocation in turn. */
	final List<StoredEvaluation.Request> varied = new java.util.ArrayList<>();

	int next;

	final InterventionId intervention = new InterventionId(UUID.randomUUID());

	@Setup(Level.Trial)
	public void setUp() {
		context = new SpringApplicationBuilder(TrygghetsplattformenApplication.class).profiles("test", "demo")
			.properties("server.port=0")
			.run();
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		jdbc.sql("""
				with d as (select id, min_e, min_n, max_e, max_n, row_number() over (order by code) as n,
				                  count(*) over () as districts
				             from area where level = 'STADSDEL' and geometry is not null)
				insert into incident (id, municipality, category, occurred_at, latitude, longitude, east, north,
				                      area_id, organisation, severity, source, external_id, reported_by, reported_at,
				                      demo)
				select gen_random_uuid(), '1980',
				       (array['skadegorelse', 'klotter', 'nedskrapning', 'brand', 'ordningsstorning'])[1 + g % 5],
				       now() - random() * interval '1460 days', 59.6, 16.5,
				       d.min_e + random() * (d.max_e - d.min_e), d.min_n + random() * (d.max_n - d.min_n), d.id,
				       'Bench', 1, 'FILE', 'bench-' || g, 'bench', now(), true
				  from generate_series(1, :count) g join d on d.n = 1 + g % d.districts
				""").param("count", INCIDENTS).update();
		jdbc.sql("analyze incident").update();
		evaluator = context.getBean(EffectEvaluator.class);
		AreaCatalog areas = context.getBean(AreaCatalog.class);
		AreaId target = areas.area("1980", AreaLevel.STADSDEL, "backby").orElseThrow().id();
		AreaId control = areas.area("1980", AreaLevel.STADSDEL, "raby").orElseThrow().id();
		LocalDate today = LocalDate.now();
		withBuffer = new StoredEvaluation.Request(target, control, 300, List.of("klotter", "skadegorelse"),
				today.minusYears(2), today.minusYears(1).minusDays(1), today.minusYears(1), today.minusDays(1));
		withoutBuffer = new StoredEvaluation.Request(target, control, null, List.of("klotter", "skadegorelse"),
				today.minusYears(2), today.minusYears(1).minusDays(1), today.minusYears(1), today.minusDays(1));
		List<AreaId> districts = areas.atLevel("1980", AreaLevel.STADSDEL).stream().map(AreaCatalog.AreaRef::id).toList();
		List<String> categories = List.of("skadegorelse", "klotter", "nedskrapning", "brand", "ordningsstorning");
		java.util.Random random = new java.util.Random(1980);
		int[] months = { 1, 2, 3, 6, 12 };
		while (varied.size() < 2_000) {
			AreaId t = districts.get(random.nextInt(districts.size()));
			AreaId c = districts.get(random.nextInt(districts.size()));
			if (t.equals(c)) {
				continue;
			}
			LocalDate beforeFrom = today.minusDays(30 + random.nextInt(1400));
			LocalDate beforeTo = beforeFrom.plusMonths(months[random.nextInt(months.length)]).minusDays(1);
			LocalDate afterTo = beforeTo.plusMonths(months[random.nextInt(months.length)]);
			List<String> chosen = categories.stream().filter(x -> random.nextBoolean()).toList();
			varied.add(new StoredEvaluation.Request(t, c, random.nextBoolean() ? null : 50 * (2 + random.nextInt(9)), chosen,
					beforeFrom, beforeTo, beforeTo.plusDays(1), afterTo));
		}
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		context.close();
	}

	@Benchmark
	public EffectEvaluation.Result evaluateWithBufferRing() {
		return evaluator.count(intervention, withBuffer, "bench").result();
	}

	/** An evaluation with a request of its own each time (half of them with a ring of 100–500 m). */
	@Benchmark
	public EffectEvaluation.Result evaluateVaried() {
		return evaluator.count(intervention, varied.get(next++ % varied.size()), "bench").result();
	}

	@Benchmark
	public EffectEvaluation.Result evaluateAreasOnly() {
		return evaluator.count(intervention, withoutBuffer, "bench").result();
	}

}
