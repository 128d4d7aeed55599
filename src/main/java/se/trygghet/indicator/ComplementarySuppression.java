package se.trygghet.indicator;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import se.trygghet.area.AreaId;
import se.trygghet.indicator.IndicatorCatalog.Point;
import se.trygghet.indicator.IndicatorCatalog.SuppressionReason;

/**
 * Secondary (complementary) suppression: which further values of one indicator the public may not see so that no
 * withheld value can be worked out from the published ones. Values add up wherever parts make a whole (a {@link Sum}):
 * the options of kön, or of ålder, make up the value without that category (the other categories of the breakdown
 * kept); the areas that {@link AreaPartitions divide} an area make up its value; the half-years, quarters or months of
 * a period make up the period's value. A withheld value leaks when
 * <ul>
 * <li>it is the only value of a sum that is not published (the total minus the other gender);</li>
 * <li>the published values and the ranges the public knows of the withheld ones leave it one possible count (for
 * counts and rates, whose counts add up: a value withheld as small is 1 to min − 1, one withheld here at least the
 * minimum, as small ones and zeros are never chosen);</li>
 * <li>or some combination of sums fixes it (areas by age band, every row and column with two unknowns or more, where
 * the rows of one block minus its columns leave one value), which linear algebra over all the sums finds
 * ({@link FixedUnknowns}).</li>
 * </ul>
 * Each leak withholds one more value, until none is left: the smallest published part by its count (ties by period,
 * area and breakdown), never a zero count of a count or rate, or where no part is left the whole — of the sum that gave
 * the value away, or for a combination, of the sums the value is in, those with the fewest unknowns first. A sum whose
 * values are all withheld already cannot be closed and is left. Everything is decided from all the indicator's values
 * in a fixed order, so every page, export and API answer withholds the same values, whatever part of them it shows.
 * Values not published anywhere here count as unknown.
 */
final class ComplementarySuppression {

	/** The categories whose options, all together, make up the value without the category. */
	static final Set<String> DIVIDING_CATEGORIES = Set.of("kon", "alder");

	/** Where a value sits. */
	public record Cell(Period period, AreaId area, Breakdown breakdown) {

		static Cell of(Point point) {
			return new Cell(point.period(), point.area(), point.breakdown());
		}

	}

	/** Parts that add up to a whole. */
	public record Sum(Cell whole, List<Cell> parts) {

		public Sum {
			parts = List.copyOf(parts);
		}

		List<Cell> cells() {
			List<Cell> cells = new ArrayList<>(parts.size() + 1);
			cells.add(whole);
			cells.addAll(parts);
			return cells;
		}

	}

	/** A withheld value that can be worked out, and the sum that gives it away if one alone does. */
	private record Leak(Cell cell, @Nullable Sum sum) {
	}

	static final Comparator<Cell> ORDER = Comparator.comparing(Cell::period)
		.thenComparing(c -> c.area().value())
		.thenComparing(c -> c.breakdown().key());

	private final Map<Cell, Point> shown = new HashMap<>();

	private final IndicatorSetup.MeasureType measure;

	private final boolean countsAddUp;

	private final int minCount;

	private final List<Sum> sums;

	private final Map<Cell, List<Sum>> sumsOf = new HashMap<>();

	private final Map<Sum, Integer> positions = new HashMap<>();

	/** The sums (by position) that changed since they were last looked at. */
	private final TreeSet<Integer> unchecked = new TreeSet<>();

	private final Set<Cell> withheld = new HashSet<>();

	private final Set<Cell> added = new LinkedHashSet<>();

	private final Set<Cell> givenUp = new HashSet<>();

	private ComplementarySuppression(Collection<Point> points, IndicatorSetup setup, AreaPartitions areas,
			int minCount) {
		points.forEach(p -> shown.put(Cell.of(p), p));
		shown.forEach((cell, point) -> {
			if (point.suppressed() != null) {
				withheld.add(cell);
			}
		});
		this.measure = setup.measure();
		this.countsAddUp = measure == IndicatorSetup.MeasureType.COUNT || measure == IndicatorSetup.MeasureType.RATE;
		this.minCount = minCount;
		this.sums = sums(shown.keySet(), setup, areas);
		for (Sum sum : sums) {
			positions.put(sum, positions.size());
			sum.cells().forEach(cell -> sumsOf.computeIfAbsent(cell, c -> new ArrayList<>()).add(sum));
		}
		withheld.forEach(this::changed);
	}

	private void changed(Cell cell) {
		sumsOf.getOrDefault(cell, List.of()).forEach(sum -> unchecked.add(positions.get(sum)));
	}

	/**
	 * The values, besides those already withheld ({@link Point#suppressed()} set), that must be withheld too.
	 *
	 * @param points one indicator's values for the public after primary suppression, at most one per cell
	 */
	static Set<Cell> withhold(Collection<Point> points, IndicatorSetup setup, AreaPartitions areas, int minCount) {
		if (points.stream().noneMatch(p -> p.suppressed() != null)) {
			return Set.of();
		}
		return new ComplementarySuppression(points, setup, areas, minCount).run();
	}

	private Set<Cell> run() {
		Leak leak;
		while ((leak = leak()) != null) {
			Cell more = remedy(leak);
			if (more == null) {
				givenUp.add(leak.cell());
				continue;
			}
			if (!withheld.add(more)) {
				throw new IllegalStateException("Chose " + more + " again to withhold");
			}
			added.add(more);
			changed(more);
		}
		return added;
	}

	// --- the sums -------------------------------------------------------------------------------------------------

	/** Every sum one of the values is in, as whole or as part, each once, in a fixed order. */
	private static List<Sum> sums(Set<Cell> cells, IndicatorSetup setup, AreaPartitions areas) {
		Map<String, List<String>> dividing = new TreeMap<>();
		setup.breakdowns().forEach((category, options) -> {
			if (DIVIDING_CATEGORIES.contains(category) && options.size() >= 2) {
				dividing.put(category, options);
			}
		});
		Set<Sum> sums = new LinkedHashSet<>();
		Map<AreaId, List<List<AreaId>>> partitions = new HashMap<>();
		Map<AreaId, @Nullable AreaId> parents = new HashMap<>();
		Set<Period.Type> types = EnumSet.noneOf(Period.Type.class);
		cells.forEach(c -> types.add(c.period().type()));
		for (Cell cell : cells.stream().sorted(ORDER).toList()) {
			dividing.forEach((category, options) -> {
				Breakdown whole = cell.breakdown().with(category, Breakdown.TOTAL_OPTION);
				sums.add(new Sum(new Cell(cell.period(), cell.area(), whole), options.stream()
					.map(o -> new Cell(cell.period(), cell.area(), whole.with(category, o)))
					.toList()));
			});
			for (List<AreaId> children : partitions.computeIfAbsent(cell.area(), areas::of)) {
				sums.add(areaSum(cell, cell.area(), children));
			}
			AreaId parent = parents.computeIfAbsent(cell.area(), a -> areas.parent(a).orElse(null));
			if (parent != null) {
				for (List<AreaId> children : partitions.computeIfAbsent(parent, areas::of)) {
					if (children.contains(cell.area())) {
						sums.add(areaSum(cell, parent, children));
					}
				}
			}
			// a sum of periods needs values of both kinds: without any of the whole's kind it only repeats the others
			for (Period.Type type : types) {
				int compared = Integer.compare(type.partsPerYear(), cell.period().type().partsPerYear());
				if (compared < 0) {
					sums.add(periodSum(cell, cell.period().within(type), cell.period().type()));
				}
				else if (compared > 0) {
					sums.add(periodSum(cell, cell.period(), type));
				}
			}
		}
		return List.copyOf(sums);
	}

	private static Sum areaSum(Cell cell, AreaId whole, List<AreaId> parts) {
		return new Sum(new Cell(cell.period(), whole, cell.breakdown()),
				parts.stream().map(a -> new Cell(cell.period(), a, cell.breakdown())).toList());
	}

	private static Sum periodSum(Cell cell, Period whole, Period.Type parts) {
		return new Sum(new Cell(whole, cell.area(), cell.breakdown()),
				whole.parts(parts).stream().map(p -> new Cell(p, cell.area(), cell.breakdown())).toList());
	}

	// --- finding a leak -------------------------------------------------------------------------------------------

	/**
	 * The next leak: first in the sums a newly withheld value is in (in the sums' order), as a sum changes only when one
	 * of its values does; then in combinations of all of them.
	 */
	private @Nullable Leak leak() {
		Integer next;
		while ((next = unchecked.pollFirst()) != null) {
			Sum sum = sums.get(next);
			Cell only = onlyUnknown(sum);
			Cell leaking = only != null && withheld.contains(only) ? only : countsAddUp ? pinned(sum) : null;
			if (leaking != null && !givenUp.contains(leaking)) {
				// looked at again once closed
				unchecked.add(next);
				return new Leak(leaking, sum);
			}
		}
		Cell fixed = fixedByCombinations();
		return fixed == null ? null : new Leak(fixed, null);
	}

	private @Nullable Cell onlyUnknown(Sum sum) {
		Cell only = null;
		for (Cell cell : sum.cells()) {
			if (!published(cell)) {
				if (only != null) {
					return null;
				}
				only = cell;
			}
		}
		return only;
	}

	/**
	 * A withheld value of the sum that the published counts and the ranges of the unknown ones leave one count for, or
	 * null. The sum says: parts − whole = 0.
	 */
	private @Nullable Cell pinned(Sum sum) {
		List<Cell> unknown = new ArrayList<>();
		List<Integer> signs = new ArrayList<>();
		double known = 0;
		List<Cell> cells = sum.cells();
		for (int i = 0; i < cells.size(); i++) {
			Cell cell = cells.get(i);
			int sign = i == 0 ? -1 : 1;
			if (published(cell)) {
				BigDecimal count = count(shown.get(cell));
				if (count == null || count.stripTrailingZeros().scale() > 0) {
					return null;
				}
				known += sign * count.doubleValue();
			}
			else {
				unknown.add(cell);
				signs.add(sign);
			}
		}
		// Σ sign · x over the unknown ones = −known
		double rest = -known;
		for (int i = 0; i < unknown.size(); i++) {
			Cell cell = unknown.get(i);
			if (!withheld.contains(cell) || givenUp.contains(cell)) {
				continue;
			}
			double othersLow = 0;
			double othersHigh = 0;
			for (int j = 0; j < unknown.size(); j++) {
				if (j != i) {
					double[] range = range(unknown.get(j));
					double a = signs.get(j) * range[0];
					double b = signs.get(j) * range[1];
					othersLow += Math.min(a, b);
					othersHigh += Math.max(a, b);
				}
			}
			double low = signs.get(i) > 0 ? rest - othersHigh : othersLow - rest;
			double high = signs.get(i) > 0 ? rest - othersLow : othersHigh - rest;
			double[] own = range(cell);
			low = Math.max(low, own[0]);
			high = Math.min(high, own[1]);
			if (low == high) {
				return cell;
			}
		}
		return null;
	}

	/** What the public knows of an unknown count: its lowest and highest possible value. */
	private double[] range(Cell cell) {
		Point point = shown.get(cell);
		SuppressionReason reason = point == null ? null : point.suppressed();
		if (reason == SuppressionReason.SMALL_COUNT) {
			return new double[] { 1, minCount - 1 };
		}
		if (added.contains(cell)) {
			return new double[] { minCount, Double.POSITIVE_INFINITY };
		}
		return new double[] { 0, Double.POSITIVE_INFINITY };
	}

	/**
	 * The first withheld value that the sums together fix. Sums that hold a never-published value found in no other sum
	 * say nothing about the rest (that value absorbs them) and are left out first, which keeps the equations few.
	 */
	private @Nullable Cell fixedByCombinations() {
		Map<Cell, Integer> uses = new HashMap<>();
		Map<Sum, List<Cell>> kept = new LinkedHashMap<>();
		for (Cell cell : withheld.stream().sorted(ORDER).toList()) {
			for (Sum sum : sumsOf.getOrDefault(cell, List.of())) {
				collect(sum, kept, uses);
			}
		}
		Deque<Sum> open = new ArrayDeque<>(kept.keySet());
		while (!open.isEmpty()) {
			Sum sum = open.pop();
			List<Cell> unknown = kept.get(sum);
			if (unknown == null) {
				continue;
			}
			for (Sum other : expand(unknown)) {
				if (!kept.containsKey(other)) {
					collect(other, kept, uses);
					open.push(other);
				}
			}
		}
		boolean dropped = true;
		while (dropped) {
			dropped = false;
			for (var it = kept.entrySet().iterator(); it.hasNext();) {
				Map.Entry<Sum, List<Cell>> entry = it.next();
				boolean absorbed = entry.getValue()
					.stream()
					.anyMatch(c -> !withheld.contains(c) && uses.get(c) == 1);
				if (absorbed) {
					entry.getValue().forEach(c -> uses.merge(c, -1, Integer::sum));
					it.remove();
					dropped = true;
				}
			}
		}
		for (List<Cell> component : components(kept)) {
			if (component.stream().noneMatch(c -> withheld.contains(c) && !givenUp.contains(c))) {
				continue;
			}
			Map<Cell, Integer> column = new HashMap<>();
			component.forEach(c -> column.put(c, column.size()));
			List<long[]> rows = new ArrayList<>();
			kept.forEach((sum, unknown) -> {
				if (column.containsKey(unknown.get(0))) {
					long[] row = new long[component.size()];
					for (Cell cell : unknown) {
						row[column.get(cell)] = cell.equals(sum.whole()) ? FixedUnknowns.minusOne() : 1;
					}
					rows.add(row);
				}
			});
			boolean[] fixed = FixedUnknowns.of(rows.toArray(long[][]::new), component.size());
			for (Cell cell : component) {
				if (fixed[column.get(cell)] && withheld.contains(cell) && !givenUp.contains(cell)) {
					return cell;
				}
			}
		}
		return null;
	}

	private void collect(Sum sum, Map<Sum, List<Cell>> kept, Map<Cell, Integer> uses) {
		if (kept.containsKey(sum)) {
			return;
		}
		List<Cell> unknown = sum.cells().stream().filter(c -> !published(c)).toList();
		if (unknown.isEmpty()) {
			return;
		}
		kept.put(sum, unknown);
		unknown.forEach(c -> uses.merge(c, 1, Integer::sum));
	}

	/** The other sums the unknown values of a sum are in. */
	private List<Sum> expand(List<Cell> unknown) {
		List<Sum> more = new ArrayList<>();
		unknown.forEach(c -> more.addAll(sumsOf.getOrDefault(c, List.of())));
		return more;
	}

	/** The unknown values the kept sums tie together, each group in order, the groups by their first value. */
	private static List<List<Cell>> components(Map<Sum, List<Cell>> kept) {
		Map<Cell, Cell> parent = new HashMap<>();
		for (List<Cell> unknown : kept.values()) {
			Cell first = root(parent, unknown.get(0));
			for (Cell cell : unknown) {
				Cell other = root(parent, cell);
				if (!other.equals(first)) {
					parent.put(other, first);
				}
			}
		}
		Map<Cell, List<Cell>> groups = new HashMap<>();
		for (Cell cell : parent.keySet()) {
			groups.computeIfAbsent(root(parent, cell), r -> new ArrayList<>()).add(cell);
		}
		List<List<Cell>> components = new ArrayList<>();
		for (List<Cell> group : groups.values()) {
			group.sort(ORDER);
			components.add(group);
		}
		components.sort(Comparator.comparing(g -> g.get(0), ORDER));
		return components;
	}

	private static Cell root(Map<Cell, Cell> parent, Cell cell) {
		Cell root = cell;
		Cell up;
		while ((up = parent.putIfAbsent(root, root)) != null && !up.equals(root)) {
			root = up;
		}
		return root;
	}

	// --- withholding one more -------------------------------------------------------------------------------------

	/**
	 * The value to withhold so that this leak closes, or null when none can. A sum that gives the value away alone
	 * closes only by a value of its own; where all of its values are withheld already, what the public knows of them
	 * fixes it whatever else is withheld (a total under the minimum of two parts under it), and it is left.
	 */
	private @Nullable Cell remedy(Leak leak) {
		if (leak.sum() != null) {
			return choose(List.of(leak.sum()));
		}
		List<Sum> around = new ArrayList<>(sumsOf.getOrDefault(leak.cell(), List.of()));
		around.sort(Comparator.comparingInt(this::unknowns));
		Cell chosen = choose(around);
		if (chosen != null) {
			return chosen;
		}
		// nothing published in its own sums: look further along the unknown values it is tied to
		Set<Cell> seen = new HashSet<>(Set.of(leak.cell()));
		Deque<Cell> next = new ArrayDeque<>(List.of(leak.cell()));
		while (!next.isEmpty()) {
			List<Sum> sums = new ArrayList<>();
			for (Sum sum : sumsOf.getOrDefault(next.pop(), List.of())) {
				sums.add(sum);
				sum.cells().stream().filter(c -> !published(c) && seen.add(c)).sorted(ORDER).forEach(next::add);
			}
			chosen = choose(sums);
			if (chosen != null) {
				return chosen;
			}
		}
		return null;
	}

	/** The smallest published part of the first of the sums that has one; else the first published whole. */
	private @Nullable Cell choose(List<Sum> sums) {
		Comparator<Cell> smallest = Comparator
			.comparing((Cell c) -> count(shown.get(c)), Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(ORDER);
		for (Sum sum : sums) {
			Cell part = sum.parts().stream().filter(this::eligible).min(smallest).orElse(null);
			if (part != null) {
				return part;
			}
		}
		return sums.stream().map(Sum::whole).filter(this::eligible).findFirst().orElse(null);
	}

	/** Whether withholding the value hides anything: a published value, and for counts and rates not a zero. */
	private boolean eligible(Cell cell) {
		if (!published(cell)) {
			return false;
		}
		BigDecimal count = count(shown.get(cell));
		return !countsAddUp || count == null || count.signum() != 0;
	}

	private int unknowns(Sum sum) {
		return (int) sum.cells().stream().filter(c -> !published(c)).count();
	}

	private boolean published(Cell cell) {
		Point point = shown.get(cell);
		return point != null && point.value() != null && !withheld.contains(cell);
	}

	/**
	 * The count behind a value: a count's value, a rate's numerator; for other measures the numerator or else the
	 * respondents, which only order the candidates. Null when it is not known.
	 */
	private @Nullable BigDecimal count(@Nullable Point point) {
		if (point == null) {
			return null;
		}
		if (measure == IndicatorSetup.MeasureType.COUNT) {
			return point.value();
		}
		if (point.numerator() != null || measure == IndicatorSetup.MeasureType.RATE) {
			return point.numerator();
		}
		return point.respondents() == null ? null : BigDecimal.valueOf(point.respondents());
	}

}
