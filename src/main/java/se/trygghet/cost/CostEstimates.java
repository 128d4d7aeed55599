package se.trygghet.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The arithmetic of the estimates, plain and without a database: unit costs brought to one price year by the index,
 * times counts (a year's incidents) or times an interval (incidents prevented), summed as ranges. A unit cost that is
 * not entered, or whose year the index lacks, is missing: it is never taken as 0, and every sum that lacks it says so.
 */
public final class CostEstimates {

	/** An incident category as the estimates name it. */
	public record Category(String code, String nameSv, String nameEn) {
	}

	private record Key(String category, CostKind kind) {
	}

	private final int priceYear;

	private final Map<String, Category> categories = new LinkedHashMap<>();

	private final Map<Key, CostRange> units = new HashMap<>();

	private final Map<Key, Integer> unindexed = new HashMap<>();

	private final boolean demo;

	private CostEstimates(List<Category> categories, Collection<UnitCost> unitCosts, PriceIndex index, int priceYear,
			boolean demoIndex) {
		this.priceYear = priceYear;
		categories.forEach(c -> this.categories.put(c.code(), c));
		boolean anyDemo = demoIndex;
		for (UnitCost unit : unitCosts) {
			Key key = new Key(unit.category(), unit.kind());
			var factor = index.factor(unit.priceYear(), priceYear);
			if (factor.isPresent()) {
				units.put(key, unit.range().scaled(factor.get()));
				anyDemo |= unit.demo();
			}
			else {
				unindexed.put(key, unit.priceYear());
			}
		}
		this.demo = anyDemo;
	}

	/**
	 * The estimates of these categories with these unit costs in {@code priceYear}'s prices; {@code demoIndex} when the
	 * index holds an invented value.
	 */
	public static CostEstimates of(List<Category> categories, Collection<UnitCost> unitCosts, PriceIndex index,
			int priceYear, boolean demoIndex) {
		return new CostEstimates(categories, unitCosts, index, priceYear, demoIndex);
	}

	public int priceYear() {
		return priceYear;
	}

	/** The unit cost in the price year's prices, or null when it is missing. */
	public @Nullable CostRange unit(String category, CostKind kind) {
		return units.get(new Key(category, kind));
	}

	private Amount.Missing missing(String category, CostKind kind) {
		Category c = categories.get(category);
		return new Amount.Missing(category, c == null ? category : c.nameSv(), kind,
				unindexed.get(new Key(category, kind)));
	}

	/** {@code count} incidents of a category in one kind of cost; 0 incidents cost nothing even without a unit cost. */
	Sum cost(String category, CostKind kind, long count) {
		if (count == 0) {
			return Sum.known(CostRange.ZERO);
		}
		CostRange unit = unit(category, kind);
		return unit == null ? Sum.lacking(missing(category, kind)) : Sum.known(unit.times(count));
	}

	/** {@code count} incidents of a category, every kind of cost together. */
	Sum cost(String category, long count) {
		Sum sum = Sum.EMPTY;
		for (CostKind kind : CostKind.values()) {
			sum = sum.plus(cost(category, kind, count));
		}
		return sum;
	}

	/** The estimated cost of a year's incidents per category, per area and in total. */
	public YearlyCosts yearly(int year, List<RecordedIncidents.AreaCount> areas) {
		Map<String, Long> perCategory = new LinkedHashMap<>();
		categories.keySet().forEach(code -> perCategory.put(code, 0L));
		boolean demoAreas = false;
		List<YearlyCosts.AreaRow> rows = new ArrayList<>();
		for (RecordedIncidents.AreaCount area : areas) {
			Map<String, Amount> byCategory = new LinkedHashMap<>();
			Sum total = Sum.EMPTY;
			long count = 0;
			for (String code : categories.keySet()) {
				long n = area.byCategory().getOrDefault(code, 0L);
				perCategory.merge(code, n, Long::sum);
				count += n;
				Sum sum = cost(code, n);
				byCategory.put(code, sum.amount());
				total = total.plus(sum);
			}
			demoAreas |= area.demo() && count > 0;
			rows.add(new YearlyCosts.AreaRow(area.area(), area.demo(), count, byCategory, total.amount()));
		}
		List<YearlyCosts.CategoryRow> categoryRows = new ArrayList<>();
		Sum total = Sum.EMPTY;
		for (Category c : categories.values()) {
			long n = perCategory.get(c.code());
			Map<CostKind, Amount> byKind = new EnumMap<>(CostKind.class);
			Sum all = Sum.EMPTY;
			for (CostKind kind : CostKind.values()) {
				Sum sum = cost(c.code(), kind, n);
				byKind.put(kind, sum.amount());
				all = all.plus(sum);
			}
			categoryRows.add(new YearlyCosts.CategoryRow(c.code(), c.nameSv(), c.nameEn(), n, byKind, all.amount()));
			total = total.plus(all);
		}
		Amount whole = total.amount();
		return new YearlyCosts(year, priceYear, demo || demoAreas, categoryRows, rows, whole, whole.missing());
	}

	/**
	 * The value of the incidents prevented, from the 95 % interval of the total net effect (positive = prevented) and
	 * the evaluation's categories (every category when empty): per kind of cost, low = the interval's low end times the
	 * cheapest category's low unit cost, high = its high end times the dearest category's high unit cost, since which
	 * categories the prevented incidents were is not known. A kind any of the categories lacks is missing.
	 */
	public PreventedValue prevented(@Nullable Double netEffectLow, @Nullable Double netEffectHigh,
			List<String> evaluated) {
		if (netEffectLow == null || netEffectHigh == null) {
			return new PreventedValue(PreventedValue.Outcome.NO_NET_EFFECT, priceYear, Map.of(), null, List.of(),
					false);
		}
		if (netEffectLow <= 0) {
			return new PreventedValue(PreventedValue.Outcome.NO_SAVING, priceYear, Map.of(), null, List.of(), false);
		}
		List<String> codes = evaluated.isEmpty() ? List.copyOf(categories.keySet()) : evaluated;
		BigDecimal lowCount = BigDecimal.valueOf(netEffectLow);
		BigDecimal highCount = BigDecimal.valueOf(netEffectHigh);
		Map<CostKind, Amount> byKind = new EnumMap<>(CostKind.class);
		Sum total = Sum.EMPTY;
		for (CostKind kind : CostKind.values()) {
			BigDecimal cheapest = null;
			BigDecimal dearest = null;
			List<Amount.Missing> lacking = new ArrayList<>();
			for (String code : codes) {
				CostRange unit = unit(code, kind);
				if (unit == null) {
					lacking.add(missing(code, kind));
					continue;
				}
				cheapest = cheapest == null || unit.low().compareTo(cheapest) < 0 ? unit.low() : cheapest;
				dearest = dearest == null || unit.high().compareTo(dearest) > 0 ? unit.high() : dearest;
			}
			Sum sum = !lacking.isEmpty() || cheapest == null ? Sum.lacking(lacking)
					: Sum.known(new CostRange(cheapest.multiply(lowCount), dearest.multiply(highCount)));
			byKind.put(kind, sum.amount());
			total = total.plus(sum);
		}
		Amount whole = total.amount();
		return new PreventedValue(PreventedValue.Outcome.ESTIMATED, priceYear, byKind, whole, whole.missing(), demo);
	}

	/** A sum of known ranges (null while none is known) and the unit costs it lacks. */
	record Sum(@Nullable CostRange known, Set<Amount.Missing> lacking) {

		static final Sum EMPTY = new Sum(null, Set.of());

		static Sum known(CostRange range) {
			return new Sum(range, Set.of());
		}

		static Sum lacking(Amount.Missing missing) {
			return new Sum(null, Set.of(missing));
		}

		static Sum lacking(List<Amount.Missing> missing) {
			return new Sum(null, new LinkedHashSet<>(missing));
		}

		Sum plus(Sum other) {
			CostRange range = known == null ? other.known : other.known == null ? known : known.plus(other.known);
			Set<Amount.Missing> all = new LinkedHashSet<>(lacking);
			all.addAll(other.lacking);
			return new Sum(range, all);
		}

		Amount amount() {
			return new Amount(known == null ? null : known.rounded(), List.copyOf(lacking));
		}

	}

}
