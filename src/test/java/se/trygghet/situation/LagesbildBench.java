package se.trygghet.situation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
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
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.trygghet.TrygghetsplattformenApplication;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaLevel;
import se.trygghet.area.Sweref99Point;
import se.trygghet.area.Wgs84Point;
import se.trygghet.incident.IncidentReporting;

/**
 * What one lägesbild request costs in this node's CPU over a year of {@value #INCIDENTS} incidents, part by part, each
 * invocation with a filter (or a period) of its own, as benchmarks/situation.sh asks them: counting the hot-spot cells,
 * Gi* with the Benjamini–Hochberg adjustment, the map's compact answer and the full GeoJSON with their gzip at the
 * level the platform uses, and the situation picture. The incidents are placed as benchmarks/incidents.sh places them
 * (two thirds around the town centre, a third anywhere in the municipality) and written with COPY; the node's result
 * caches are off. Run with {@code ./mvnw test-compile exec:exec@jmh} (JMH's arguments: {@code LagesbildBench}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = { "-Xmx1g", "-Dspring.jdbc.template.query-timeout=0s" })
public class LagesbildBench {

	static final int INCIDENTS = 1_000_000;

	static final String[] CATEGORIES = { "skadegorelse", "klotter", "nedskrapning", "brand", "fordonsbrand",
			"ordningsstorning", "narkotika", "otrygg-plats", "hot-vald", "ovrigt" };

	ConfigurableApplicationContext context;

	HotSpots hotSpots;

	SituationPictures pictures;

	String municipality;

	final List<HotSpots.Query> queries = new ArrayList<>();

	final List<SituationPeriod> periods = new ArrayList<>();

	int next;

	/** An analysis and its answers, for the benchmarks of the parts after counting. */
	HotSpots.Analysis year;

	String yearCounts;

	String yearGeoJson;

	@Setup(Level.Trial)
	public void setUp() throws Exception {
		context = new SpringApplicationBuilder(TrygghetsplattformenApplication.class).profiles("test", "demo")
			.properties("server.port=0", "app.situation.result-cache=false")
			.run();
		hotSpots = context.getBean(HotSpots.class);
		pictures = context.getBean(SituationPictures.class);
		municipality = context.getBean(IncidentReporting.class).municipality();
		write(context.getBean(AreaCatalog.class), context.getBean(DataSource.class), INCIDENTS);
		Random random = new Random(1980);
		LocalDate today = se.trygghet.TestTimes.today();
		Set<HotSpots.Query> distinct = new HashSet<>();
		int[] lengths = { 7, 7, 14, 28, 31, 61, 91, 182, 365 };
		while (distinct.size() < 5_000) {
			int length = lengths[random.nextInt(lengths.length)];
			LocalDate from = today.minusDays(355).plusDays(random.nextInt(Math.max(1, 354 - length)));
			Set<String> categories = new HashSet<>();
			if (random.nextInt(10) < 7) {
				while (categories.isEmpty() || categories.size() == CATEGORIES.length) {
					categories.clear();
					for (String c : CATEGORIES) {
						if (random.nextBoolean()) {
							categories.add(c);
						}
					}
				}
			}
			Set<Integer> weekdays = new HashSet<>();
			if (random.nextBoolean()) {
				while (weekdays.isEmpty() || weekdays.size() == 7) {
					weekdays.clear();
					for (int d = 1; d <= 7; d++) {
						if (random.nextBoolean()) {
							weekdays.add(d);
						}
					}
				}
			}
			HotSpots.Hours hours = null;
			if (random.nextBoolean()) {
				int a = random.nextInt(24);
				hours = new HotSpots.Hours(a, (a + 1 + random.nextInt(12)) % 24);
			}
			HotSpots.Query query = new HotSpots.Query(from, from.plusDays(length), categories, 250, weekdays, hours);
			if (distinct.add(query)) {
				queries.add(query);
			}
		}
		for (LocalDate d = today.minusDays(356); !d.isAfter(today); d = d.plusWeeks(1)) {
			periods.add(SituationPeriod.weekOf(d));
		}
		year = hotSpots.analyse(municipality, new HotSpots.Query(today.minusYears(1), today.plusDays(1), Set.of(), 250));
		yearCounts = hotSpots.countsJson(year);
		yearGeoJson = new String(hotSpots.geoJson(municipality, year), StandardCharsets.UTF_8);
		System.out.printf("%nA year, 250 m: %d cells, %d shown; counts %d bytes (%d gzipped), GeoJSON %d bytes (%d gzipped)%n",
				year.studyAreaCells(), year.shown(), yearCounts.length(), gzip(yearCounts), yearGeoJson.length(),
				gzip(yearGeoJson));
	}

	/** Incidents placed as benchmarks/incidents.sh places them, written with COPY as the table stores them. */
	static void write(AreaCatalog areas, DataSource dataSource, int incidents) throws Exception {
		AreaCatalog.AreaRef kommun = areas.atLevel("1980", AreaLevel.KOMMUN).get(0);
		AreaCatalog.Bounds box = areas.bounds(kommun.id()).orElseThrow();
		Random random = new Random(2026);
		Instant now = Instant.now();
		try (Connection connection = dataSource.getConnection()) {
			for (int written = 0; written < incidents;) {
				List<Sweref99Point> points = new ArrayList<>();
				while (points.size() < 50_000) {
					Sweref99Point p;
					if (random.nextInt(3) < 2) {
						Wgs84Point w = new Wgs84Point(59.615 + 0.02 * (random.nextDouble() + random.nextDouble() + random.nextDouble() - 1.5),
								16.545 + 0.04 * (random.nextDouble() + random.nextDouble() + random.nextDouble() - 1.5));
						p = w.toSweref99();
					}
					else {
						p = new Sweref99Point(box.minEast() + random.nextDouble() * (box.maxEast() - box.minEast()),
								box.minNorth() + random.nextDouble() * (box.maxNorth() - box.minNorth()));
					}
					points.add(p);
				}
				List<Boolean> inside = areas.coversAll(kommun.id(), points);
				List<AreaCatalog.AreaRef> located = areas.locateAll(points);
				StringBuilder rows = new StringBuilder(points.size() * 200);
				for (int i = 0; i < points.size() && written < incidents; i++) {
					if (!inside.get(i)) {
						continue;
					}
					Sweref99Point p = points.get(i);
					Wgs84Point w = p.toWgs84();
					Instant at = now.minus(2 + random.nextInt(353), ChronoUnit.DAYS).minus(random.nextInt(86_400), ChronoUnit.SECONDS);
					AreaCatalog.AreaRef area = located.get(i);
					rows.append(UUID.randomUUID()).append("\t1980\t").append(CATEGORIES[random.nextInt(CATEGORIES.length)])
						.append('\t').append(at).append('\t').append(w.latitude()).append('\t').append(w.longitude())
						.append('\t').append(p.east()).append('\t').append(p.north()).append('\t')
						.append(area == null ? "\\N" : area.id().toString()).append("\tBench\t")
						.append(1 + random.nextInt(3)).append("\tFILE\tbench-").append(written).append("\tbench\t")
						.append(now).append("\tf\n");
					written++;
				}
				connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("copy incident (id, municipality, category, occurred_at, latitude, longitude, east, north, "
							+ "area_id, organisation, severity, source, external_id, reported_by, reported_at, demo) from stdin",
							new StringReader(rows.toString()));
			}
			connection.createStatement().execute("analyze incident");
		}
	}

	static int gzip(String text) {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (GZIPOutputStream out = new GZIPOutputStream(bytes) {
				{
					def.setLevel(Deflater.BEST_SPEED);
				}
			}) {
				out.write(text.getBytes(StandardCharsets.UTF_8));
			}
			return bytes.size();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		context.close();
	}

	HotSpots.Query nextQuery() {
		return queries.get(next++ % queries.size());
	}

	/** Counting into the cells and Gi*: what every hot-spot request computes. */
	@Benchmark
	public HotSpots.Analysis hotSpotAnalysis() {
		return hotSpots.analyse(municipality, nextQuery());
	}

	/** The map's request: the analysis and its counts and bins as JSON. */
	@Benchmark
	public String hotSpotMapCounts() {
		return hotSpots.countsJson(hotSpots.analyse(municipality, nextQuery()));
	}

	/** The map's request gzipped at the level the platform answers with. */
	@Benchmark
	public int hotSpotMapCountsGzipped() {
		return gzip(hotSpots.countsJson(hotSpots.analyse(municipality, nextQuery())));
	}

	/** The full GeoJSON (/api/v1/hotspots) of a varied filter, gzipped. */
	@Benchmark
	public int hotSpotGeoJsonGzipped() {
		return gzip(new String(hotSpots.geoJson(municipality, hotSpots.analyse(municipality, nextQuery())), StandardCharsets.UTF_8));
	}

	/** Gi* and the adjustment alone, of a year's counts. */
	@Benchmark
	public GetisOrd.Scores giStarOfAYear() {
		return GetisOrd.giStar(year.counts(), year.grid());
	}

	/** The counts of a year as the map's JSON, and gzipped. */
	@Benchmark
	public int countsJsonOfAYearGzipped() {
		return gzip(hotSpots.countsJson(year));
	}

	/** The GeoJSON of a year (every cell has incidents), and gzipped. */
	@Benchmark
	public byte[] geoJsonOfAYear() {
		return hotSpots.geoJson(municipality, year);
	}

	@Benchmark
	public int gzipGeoJsonOfAYear() {
		return gzip(yearGeoJson);
	}

	/** A week's situation picture: the week, the four before, the same week a year earlier, and every flag. */
	@Benchmark
	public SituationPictures.Picture situationPicture() {
		return pictures.picture(municipality, periods.get(next++ % periods.size()));
	}

}
