package se.trygghet.situation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;
import se.trygghet.incident.IncidentCategory;
import se.trygghet.incident.IncidentReporting;
import se.trygghet.system.Caches;

/**
 * The situation picture of a period: incidents counted per area × category, beside the mean of the periods before
 * (four weeks for a week, one period otherwise) and the same period a year earlier.
 *
 * <p>Each count of the table — every area × category, every area's and category's total and the grand total — is a
 * test: were counts Poisson-distributed with the earlier mean λ (at least {@value #MIN_RATE}, so a first occurrence is
 * not automatically news), how likely is a count at least this high, p = P(X ≥ observed | λ)? With hundreds of
 * counts some would be that unlikely by chance alone, so the p-values of all of them are adjusted together with
 * Benjamini–Hochberg ({@link FalseDiscoveryRate}, as the hot spots are), and an increase is flagged when at least
 * {@value #MIN_FLAGGED} incidents were counted and the adjusted p is below {@value #ALPHA}. The picture says how many
 * counts were tested and how many flags chance alone would give ({@link FlagTest}).
 */
@Component
class SituationPictures {

	static final int MIN_FLAGGED = 3;

	static final double MIN_RATE = 0.25;

	static final double ALPHA = 0.05;

	private final IncidentReporting reporting;

	private final AreaCatalog areas;

	private final IncidentProjection incidents;

	/**
	 * Pictures by period, area revision and projection version (cache {@code situation-pictures}), unless results are
	 * not kept ({@code app.situation.result-cache=false}); a week's is asked for by the whole EST group.
	 */
	private final Caches.@Nullable NamedCache recent;

	/** A picture with the key it is kept by, which names its version for whatever is derived from it (its HTML). */
	public record Shown(List<Object> key, Picture picture) {
	}

	SituationPictures(IncidentReporting reporting, AreaCatalog areas, IncidentProjection incidents, Caches caches,
			@Value("${app.situation.result-cache:true}") boolean keepResults) {
		this.reporting = reporting;
		this.areas = areas;
		this.incidents = incidents;
		this.recent = keepResults ? caches.named("situation-pictures") : null;
	}

	/** Whether pictures, and what is rendered from them, are kept for the next request with the same key. */
	boolean keepsResults() {
		return recent != null;
	}

	public record Cell(int count, double earlierMean, int yearEarlier, boolean flagged) {

		/** The change against the earlier mean, in whole percent, or null when there was nothing before. */
		public @Nullable Long changePercent() {
			return earlierMean == 0 ? null : Math.round(100 * (count - earlierMean) / earlierMean);
		}

		/** The earlier mean with one decimal, rounded half up as every figure is (0,25 is "0,3"), also in downloads. */
		public String earlierMeanText(java.util.Locale locale) {
			return se.trygghet.system.Decimals.format(earlierMean, 1, locale);
		}

	}

	public record Row(@Nullable UUID area, String areaName, boolean demoArea, Map<String, Cell> cells, Cell total) {
	}

	public record Picture(SituationPeriod period, List<IncidentCategory> categories, List<Row> rows, Map<String, Cell> totals,
			Cell total, boolean anyDemo, FlagTest flags) {

		/** A row's cells as the table shows them: one per category in order, then the row's total. */
		public List<Column> columns(Row row) {
			return columns(row.cells(), row.total());
		}

		/** The categories' totals as the table's last row shows them, then the grand total. */
		public List<Column> totalColumns() {
			return columns(totals, total);
		}

		private List<Column> columns(Map<String, Cell> cells, Cell sum) {
			List<Column> columns = new ArrayList<>(categories.size() + 1);
			categories.forEach(c -> columns.add(new Column(c, cells.get(c.code()))));
			columns.add(new Column(null, sum));
			return columns;
		}

	}

	/** A cell of the table under its category, or under none for a total. */
	public record Column(@Nullable IncidentCategory category, Cell cell) {
	}

	/**
	 * The picture's flags as one multiple test: {@code tested} counts tested together, {@code flagged} of them flagged
	 * after the Benjamini–Hochberg adjustment; {@code chanceUnadjusted} is how many flags chance alone would give were
	 * each count tested on its own (the sum over the counts of the probability that a Poisson count with its earlier
	 * mean reaches a flag), and {@code chanceAmongFlagged} the most of the flags shown that are expected to be chance
	 * ({@value #ALPHA} of them: the false discovery rate the adjustment keeps).
	 */
	public record FlagTest(int tested, int flagged, double chanceUnadjusted) {

		public double chanceAmongFlagged() {
			return ALPHA * flagged;
		}

		/** {@link #chanceUnadjusted()} with one decimal, as the reader's language writes it. */
		public String chanceUnadjustedText(java.util.Locale locale) {
			return StatisticsFormat.decimal(chanceUnadjusted, 1, locale);
		}

		/** {@link #chanceAmongFlagged()} with two decimals, as the reader's language writes it. */
		public String chanceAmongFlaggedText(java.util.Locale locale) {
			return StatisticsFormat.decimal(chanceAmongFlagged(), 2, locale);
		}

	}

	/**
	 * Every count of one picture, collected before any is flagged, then tested together: {@link #add} returns where a
	 * count is, {@link #cell} its cell once {@link #test} has adjusted the p-values of all of them.
	 */
	static final class Family {

		private final List<double[]> counts = new ArrayList<>();

		private double[] adjusted = new double[0];

		/** Adds a count with the mean of the periods before and the count a year earlier; returns its index. */
		int add(int count, double earlierMean, int yearEarlier) {
			counts.add(new double[] { count, earlierMean, yearEarlier });
			return counts.size() - 1;
		}

		FlagTest test() {
			double[] p = new double[counts.size()];
			double chance = 0;
			for (int i = 0; i < p.length; i++) {
				p[i] = pValue((int) counts.get(i)[0], counts.get(i)[1]);
				chance += chanceOfAFlag(counts.get(i)[1]);
			}
			adjusted = FalseDiscoveryRate.adjust(p);
			int flagged = 0;
			for (int i = 0; i < p.length; i++) {
				flagged += cell(i).flagged() ? 1 : 0;
			}
			return new FlagTest(p.length, flagged, chance);
		}

		Cell cell(int index) {
			double[] c = counts.get(index);
			int count = (int) c[0];
			return new Cell(count, c[1], (int) c[2], increase(count, c[1]) && adjusted[index] < ALPHA);
		}

	}

	/** The active incident categories in their order. */
	List<IncidentCategory> categories() {
		return reporting.activeCategories();
	}

	/** The picture of a period, kept until the incidents (on any node) or the areas change. */
	Picture picture(String municipality, SituationPeriod period) {
		return shown(municipality, period).picture();
	}

	Shown shown(String municipality, SituationPeriod period) {
		Incidents counted = incidents.current();
		if (recent == null) {
			// nothing is kept by the key, so it need not name the area revision (a look at the database)
			return new Shown(List.of(municipality, period.key(), counted.version), compute(municipality, period, counted));
		}
		List<Object> key = List.of(municipality, period.key(), areas.revision(), counted.version);
		return recent.get(key, () -> new Shown(key, compute(municipality, period, counted)));
	}

	private Picture compute(String municipality, SituationPeriod period, Incidents counted) {
		List<IncidentCategory> categories = categories();
		Map<Key, Integer> now = new HashMap<>();
		Map<Key, Integer> earlier = new HashMap<>();
		Map<Key, Integer> yearEarlier = new HashMap<>();
		counts(counted, municipality, period, List.of(now, earlier, yearEarlier));
		int periodsBefore = period.before().size();

		// every count is added to one family first; the cells are made once all of them are tested together
		Family family = new Family();
		Map<Optional<UUID>, Map<String, Integer>> byArea = new LinkedHashMap<>();
		java.util.Set<Optional<UUID>> areaKeys = new java.util.LinkedHashSet<>();
		for (Map<Key, Integer> counts : List.of(now, earlier, yearEarlier)) {
			counts.keySet().forEach(k -> areaKeys.add(Optional.ofNullable(k.area())));
		}
		for (Optional<UUID> area : areaKeys) {
			Map<String, Integer> cells = new LinkedHashMap<>();
			for (IncidentCategory category : categories) {
				Key key = new Key(area.orElse(null), category.code());
				cells.put(category.code(), add(family, now.getOrDefault(key, 0), earlier.getOrDefault(key, 0),
						periodsBefore, yearEarlier.getOrDefault(key, 0)));
			}
			byArea.put(area, cells);
		}
		List<Row> rows = new ArrayList<>();
		boolean anyDemo = anyDemo(counted, municipality,
				period.before().isEmpty() ? period.start() : period.before().get(period.before().size() - 1).start(),
				period.end());
		Map<Optional<UUID>, Integer> rowTotals = new LinkedHashMap<>();
		byArea.forEach((area, cells) -> rowTotals.put(area, sum(family, cells.values(), periodsBefore)));
		Map<String, Integer> columnTotals = new LinkedHashMap<>();
		for (IncidentCategory category : categories) {
			columnTotals.put(category.code(),
					sum(family, byArea.values().stream().map(cells -> cells.get(category.code())).toList(), periodsBefore));
		}
		int grandTotal = sum(family, columnTotals.values(), periodsBefore);
		FlagTest flags = family.test();

		// the rows' areas against one state of the areas, not one look at the revision per row
		Map<AreaId, AreaCatalog.AreaRef> named = areas.areas(
				byArea.keySet().stream().flatMap(Optional::stream).map(AreaId::new).toList());
		byArea.forEach((area, cells) -> {
			AreaCatalog.AreaRef ref = area.map(id -> named.get(new AreaId(id))).orElse(null);
			Map<String, Cell> tested = new LinkedHashMap<>();
			cells.forEach((code, index) -> tested.put(code, family.cell(index)));
			rows.add(new Row(area.orElse(null), ref == null ? "" : ref.name(), ref != null && ref.demo(), tested,
					family.cell(rowTotals.get(area))));
		});
		rows.sort(java.util.Comparator.comparing((Row r) -> r.area() == null)
			.thenComparing(Row::areaName, java.text.Collator.getInstance(java.util.Locale.forLanguageTag("sv-SE"))));
		Map<String, Cell> totals = new LinkedHashMap<>();
		columnTotals.forEach((code, index) -> totals.put(code, family.cell(index)));
		return new Picture(period, categories, rows, totals, family.cell(grandTotal), anyDemo, flags);
	}

	/** Adds the sum of counts already in the family as one more count of it; returns its index. */
	private static int sum(Family family, java.util.Collection<Integer> indices, int periodsBefore) {
		int count = 0;
		double earlier = 0;
		int yearEarlier = 0;
		for (int index : indices) {
			double[] c = family.counts.get(index);
			count += (int) c[0];
			earlier += c[1] * periodsBefore;
			yearEarlier += (int) c[2];
		}
		return add(family, count, (int) Math.round(earlier), periodsBefore, yearEarlier);
	}

	private static int add(Family family, int count, int earlierSum, int periodsBefore, int yearEarlier) {
		return family.add(count, periodsBefore == 0 ? 0 : (double) earlierSum / periodsBefore, yearEarlier);
	}

	/** Whether a count could be flagged at all: at least {@value #MIN_FLAGGED}, and more than the earlier mean. */
	static boolean increase(int count, double earlierMean) {
		return count >= MIN_FLAGGED && count > earlierMean;
	}

	/** P(X ≥ count) for X Poisson with the earlier mean (at least {@value #MIN_RATE}); 1 for a count of 0. */
	static double pValue(int count, double earlierMean) {
		if (count <= 0) {
			return 1;
		}
		return Math.max(0, Math.min(1, 1 - poisson(earlierMean).cumulativeProbability(count - 1)));
	}

	/** Without a random generator: only probabilities are asked of it, and a generator costs its seeding. */
	private static PoissonDistribution poisson(double earlierMean) {
		return new PoissonDistribution(null, Math.max(earlierMean, MIN_RATE), PoissonDistribution.DEFAULT_EPSILON,
				PoissonDistribution.DEFAULT_MAX_ITERATIONS);
	}

	/** Whether a count tested on its own, without the adjustment, would be flagged. */
	static boolean unlikelyByChance(int count, double earlierMean) {
		return increase(count, earlierMean) && pValue(count, earlierMean) < ALPHA;
	}

	/**
	 * The probability that a count tested on its own is flagged by chance, were it Poisson with the earlier mean: the
	 * probability of reaching the smallest count that would be flagged.
	 */
	static double chanceOfAFlag(double earlierMean) {
		Double known = CHANCES.get(earlierMean);
		if (known != null) {
			return known;
		}
		double chance = computeChanceOfAFlag(earlierMean);
		if (CHANCES.size() >= 10_000) {
			CHANCES.clear();
		}
		CHANCES.put(earlierMean, chance);
		return chance;
	}

	/**
	 * {@link #chanceOfAFlag} by the earlier mean: a function of the mean alone, and the means of a picture repeat (a
	 * week's are quarters of whole numbers), while the quantile search is the costliest part of a picture.
	 */
	private static final Map<Double, Double> CHANCES = new java.util.concurrent.ConcurrentHashMap<>();

	private static double computeChanceOfAFlag(double earlierMean) {
		// P(X ≥ q) ≥ α for the (1 − α) quantile q, so the search may start there
		int smallest = Math.max(Math.max(MIN_FLAGGED, (int) Math.floor(earlierMean) + 1),
				poisson(earlierMean).inverseCumulativeProbability(1 - ALPHA));
		while (pValue(smallest, earlierMean) >= ALPHA) {
			smallest++;
		}
		return pValue(smallest, earlierMean);
	}

	private record Key(@Nullable UUID area, String category) {
	}

	/**
	 * Counts per area and category of the period (into {@code into[0]}), of the periods before it summed
	 * ({@code into[1]}) and of the same period a year earlier ({@code into[2]}): every incident of the municipality
	 * in those days, with or without a place, by the smallest area it lay in (none for an incident outside every
	 * area) and its category.
	 */
	private static void counts(Incidents in, String municipality, SituationPeriod period, List<Map<Key, Integer>> into) {
		count(in, municipality, period, into.get(0));
		for (SituationPeriod before : period.before()) {
			count(in, municipality, before, into.get(1));
		}
		count(in, municipality, period.yearEarlier(), into.get(2));
	}

	private static void count(Incidents in, String municipality, @Nullable SituationPeriod period, Map<Key, Integer> into) {
		if (period == null) {
			return;
		}
		Incidents.Selection rows = in.select(municipality,
				new HotSpots.IncidentFilter(period.start(), period.end(), java.util.Set.of()), false);
		int categories = in.dictionary.categories().size();
		int[] counts = new int[(in.dictionary.areaIds().size() + 1) * categories];
		for (int i = rows.first; i < rows.end; i++) {
			if (rows.test(i)) {
				counts[(in.area[i] + 1) * categories + in.categoryIndex(i)]++;
			}
		}
		for (int k = 0; k < counts.length; k++) {
			if (counts[k] > 0) {
				int area = k / categories - 1;
				into.merge(new Key(area < 0 ? null : in.dictionary.areaIds().get(area),
						in.dictionary.categories().get(k % categories)), counts[k], Integer::sum);
			}
		}
	}

	/** Whether any incident of the municipality from the first day up to (not including) the last is demo data. */
	private static boolean anyDemo(Incidents in, String municipality, LocalDate from, LocalDate to) {
		Incidents.Selection rows = in.select(municipality, new HotSpots.IncidentFilter(from, to, java.util.Set.of()),
				false);
		for (int i = rows.first; i < rows.end; i++) {
			if (rows.test(i) && in.demo(i)) {
				return true;
			}
		}
		return false;
	}

}
