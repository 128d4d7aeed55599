package se.trygghet.situation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;

/**
 * The situation picture of a period: incidents counted per area × category, beside the mean of the periods before
 * (four weeks for a week, one period otherwise) and the same period a year earlier.
 *
 * <p>An increase is flagged as unlikely to be chance when at least {@value #MIN_FLAGGED} incidents were counted and,
 * were counts Poisson-distributed with the earlier mean λ (at least {@value #MIN_RATE}, so a first occurrence is not
 * automatically news), a count at least this high would occur with probability below {@value #ALPHA}:
 * P(X ≥ observed | λ) &lt; 0.05.
 */
@Component
class SituationPictures {

	static final int MIN_FLAGGED = 3;

	static final double MIN_RATE = 0.25;

	static final double ALPHA = 0.05;

	static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	private final JdbcClient jdbc;

	private final AreaCatalog areas;

	private final IncidentChanges changes;

	/** Pictures by period, area revision and incident changes; a week's is asked for by the whole EST group. */
	private final RecentResults<List<Object>, Shown> recent;

	/** A picture with the key it is kept by, which names its version for whatever is derived from it (its HTML). */
	record Shown(List<Object> key, Picture picture) {
	}

	SituationPictures(JdbcClient jdbc, AreaCatalog areas, IncidentChanges changes, Clock clock) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.changes = changes;
		this.recent = new RecentResults<>(clock, Duration.ofSeconds(HotSpots.RESULT_SECONDS), 50);
	}

	record Category(String code, String nameSv, String nameEn) {
	}

	record Cell(int count, double earlierMean, int yearEarlier, boolean flagged) {

		/** The change against the earlier mean, in whole percent, or null when there was nothing before. */
		public @Nullable Long changePercent() {
			return earlierMean == 0 ? null : Math.round(100 * (count - earlierMean) / earlierMean);
		}

	}

	record Row(@Nullable UUID area, String areaName, boolean demoArea, Map<String, Cell> cells, Cell total) {
	}

	record Picture(SituationPeriod period, List<Category> categories, List<Row> rows, Map<String, Cell> totals,
			Cell total, boolean anyDemo) {
	}

	/** The active incident categories in their order. */
	List<Category> categories() {
		return jdbc.sql("select code, name_sv, name_en from incident_category where active order by position")
			.query((rs, n) -> new Category(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** The picture of a period, kept until the incidents or areas change (or, for other nodes' changes, a minute). */
	Picture picture(String municipality, SituationPeriod period) {
		return shown(municipality, period).picture();
	}

	Shown shown(String municipality, SituationPeriod period) {
		List<Object> key = List.of(municipality, period.key(), areas.revision(), changes.version());
		return recent.get(key, () -> new Shown(key, compute(municipality, period)));
	}

	private Picture compute(String municipality, SituationPeriod period) {
		List<Category> categories = categories();
		Map<Key, Integer> now = new HashMap<>();
		Map<Key, Integer> earlier = new HashMap<>();
		Map<Key, Integer> yearEarlier = new HashMap<>();
		counts(municipality, period, List.of(now, earlier, yearEarlier));
		int periodsBefore = period.before().size();

		Map<Optional<UUID>, Map<String, Cell>> byArea = new LinkedHashMap<>();
		java.util.Set<Optional<UUID>> areaKeys = new java.util.LinkedHashSet<>();
		for (Map<Key, Integer> counts : List.of(now, earlier, yearEarlier)) {
			counts.keySet().forEach(k -> areaKeys.add(Optional.ofNullable(k.area())));
		}
		for (Optional<UUID> area : areaKeys) {
			Map<String, Cell> cells = new LinkedHashMap<>();
			for (Category category : categories) {
				Key key = new Key(area.orElse(null), category.code());
				cells.put(category.code(), cell(now.getOrDefault(key, 0), earlier.getOrDefault(key, 0), periodsBefore,
						yearEarlier.getOrDefault(key, 0)));
			}
			byArea.put(area, cells);
		}
		List<Row> rows = new ArrayList<>();
		boolean anyDemo = jdbc.sql("""
				select exists (select 1 from incident where municipality = :m and demo
				                 and occurred_at >= :from and occurred_at < :to)
				""")
			.param("m", municipality)
			.param("from", timestamp(period.before().isEmpty() ? period.start() : period.before().get(
					period.before().size() - 1).start()))
			.param("to", timestamp(period.end()))
			.query(Boolean.class)
			.single();
		byArea.forEach((area, cells) -> {
			AreaCatalog.AreaRef ref = area.flatMap(id -> areas.area(new AreaId(id))).orElse(null);
			rows.add(new Row(area.orElse(null), ref == null ? "" : ref.name(), ref != null && ref.demo(), cells,
					sum(cells.values(), periodsBefore)));
		});
		rows.sort(java.util.Comparator.comparing((Row r) -> r.area() == null)
			.thenComparing(Row::areaName, java.text.Collator.getInstance(java.util.Locale.forLanguageTag("sv-SE"))));
		Map<String, Cell> totals = new LinkedHashMap<>();
		for (Category category : categories) {
			totals.put(category.code(),
					sum(rows.stream().map(r -> r.cells().get(category.code())).toList(), periodsBefore));
		}
		return new Picture(period, categories, rows, totals, sum(totals.values(), periodsBefore), anyDemo);
	}

	private static Cell sum(java.util.Collection<Cell> cells, int periodsBefore) {
		int count = 0;
		double earlier = 0;
		int yearEarlier = 0;
		for (Cell cell : cells) {
			count += cell.count();
			earlier += cell.earlierMean() * periodsBefore;
			yearEarlier += cell.yearEarlier();
		}
		return cell(count, (int) Math.round(earlier), periodsBefore, yearEarlier);
	}

	static Cell cell(int count, int earlierSum, int periodsBefore, int yearEarlier) {
		double mean = periodsBefore == 0 ? 0 : (double) earlierSum / periodsBefore;
		return new Cell(count, mean, yearEarlier, unlikelyByChance(count, mean));
	}

	static boolean unlikelyByChance(int count, double earlierMean) {
		if (count < MIN_FLAGGED || count <= earlierMean) {
			return false;
		}
		PoissonDistribution poisson = new PoissonDistribution(Math.max(earlierMean, MIN_RATE));
		return 1 - poisson.cumulativeProbability(count - 1) < ALPHA;
	}

	private record Key(@Nullable UUID area, String category) {
	}

	/**
	 * Counts per area and category of the period (into {@code into[0]}), of the periods before it summed
	 * ({@code into[1]}) and of the same period a year earlier ({@code into[2]}), in one statement: each period is one
	 * range scan of the index on (municipality, occurred_at), which holds the area and category too.
	 */
	private void counts(String municipality, SituationPeriod period, List<Map<Key, Integer>> into) {
		List<SituationPeriod> periods = new ArrayList<>();
		List<Integer> slots = new ArrayList<>();
		periods.add(period);
		slots.add(0);
		for (SituationPeriod before : period.before()) {
			periods.add(before);
			slots.add(1);
		}
		periods.add(period.yearEarlier());
		slots.add(2);
		jdbc.sql("""
				select i.area_id, i.category, p.slot, count(*)
				  from unnest(cast(:starts as timestamptz[]), cast(:ends as timestamptz[]), cast(:slots as int[]))
				       as p (starts, ends, slot)
				  join incident i on i.municipality = :m and i.occurred_at >= p.starts and i.occurred_at < p.ends
				 group by i.area_id, i.category, p.slot
				""")
			.param("m", municipality)
			.param("starts", periods.stream().map(q -> instant(q.start())).toArray(String[]::new))
			.param("ends", periods.stream().map(q -> instant(q.end())).toArray(String[]::new))
			.param("slots", slots.toArray(Integer[]::new))
			.query(rs -> {
				into.get(rs.getInt(3))
					.merge(new Key(rs.getObject(1, UUID.class), rs.getString(2)), rs.getInt(4), Integer::sum);
			});
	}

	private static String instant(LocalDate day) {
		return day.atStartOfDay(SWEDEN).toInstant().toString();
	}

	static Timestamp timestamp(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(SWEDEN).toInstant());
	}

}
