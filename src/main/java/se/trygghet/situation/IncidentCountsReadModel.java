package se.trygghet.situation;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;
import se.trygghet.incident.IncidentReporting;
import se.trygghet.system.Caches;

/**
 * Counts incidents from this node's {@link IncidentProjection}, as every count of the lägesbild does: an area zone is
 * its area and every area under it, matched by the smallest area each incident lay in when it was reported, counted by
 * binary searches in the area's own rows of each kind; a shape zone reads the squares its bounding box touches and locates in the shape only the
 * incidents of squares its border crosses ({@link ShapeSquares}). The days of every stretch are counted in one pass
 * over the rows from the first day of any stretch to the last.
 */
@Component
class IncidentCountsReadModel implements IncidentCounts {

	private final IncidentReporting reporting;

	private final AreaCatalog areas;

	private final IncidentProjection incidents;

	/** {@link ShapeSquares} by shape: derived geometry, not counts (bounded in application.properties). */
	private final Caches.NamedCache shapes;

	IncidentCountsReadModel(IncidentReporting reporting, AreaCatalog areas, IncidentProjection incidents,
			Caches caches) {
		this.reporting = reporting;
		this.areas = areas;
		this.incidents = incidents;
		this.shapes = caches.named("situation-shapes");
	}

	@Override
	public List<Category> categories() {
		return reporting.activeCategories()
			.stream()
			.map(c -> new Category(c.code(), c.nameSv(), c.nameEn()))
			.toList();
	}

	@Override
	public long count(Zone zone, LocalDate from, LocalDate to, Set<String> categories) {
		return counts(zone, List.of(new Stretch(from, to)), categories).get(0);
	}

	@Override
	public List<Long> counts(Zone zone, List<Stretch> stretches, Set<String> categories) {
		List<Stretch> counted = stretches.stream().filter(Stretch::holdsDays).distinct().toList();
		if (counted.isEmpty()) {
			return stretches.stream().map(s -> 0L).toList();
		}
		Incidents in = incidents.current();
		int[] from = new int[counted.size()];
		int[] to = new int[counted.size()];
		for (int k = 0; k < from.length; k++) {
			from[k] = (int) counted.get(k).from().toEpochDay();
			to[k] = (int) counted.get(k).to().toEpochDay();
		}
		boolean[] kinds = kindMask(in, categories);
		long[] found = new long[from.length];
		if (zone instanceof InShape shape) {
			Geometry geometry = shape.sweref99();
			Optional<ShapeSquares> squares = shapes.get(new ShapeKey(geometry.copy(), Incidents.SQUARE),
					() -> Optional.ofNullable(ShapeSquares.of(geometry)));
			countInShape(in, geometry, squares.orElse(null), kinds, from, to, found);
		}
		else {
			// each area's own rows of each kind counted, by day, in each stretch
			Incidents.AreaRows byArea = in.areaRows();
			for (AreaId id : withDescendants(((InArea) zone).area())) {
				Integer a = in.dictionary.areaIndex().get(id.value());
				if (a == null) {
					continue;
				}
				for (int kind = 0; kind < kinds.length; kind++) {
					for (int s = 0; kinds[kind] && s < from.length; s++) {
						found[s] += byArea.count(a, kind, from[s], to[s]);
					}
				}
			}
		}
		Map<Stretch, Long> totals = new HashMap<>();
		for (int k = 0; k < found.length; k++) {
			totals.put(counted.get(k), found[k]);
		}
		return stretches.stream().map(s -> totals.getOrDefault(s, 0L)).toList();
	}

	/** Counts a row of this day in every stretch it falls in. */
	private static void add(int day, int[] from, int[] to, long[] found) {
		for (int k = 0; k < from.length; k++) {
			if (day >= from[k] && day < to[k]) {
				found[k]++;
			}
		}
	}

	@Override
	public Optional<LocalDate> firstDay(String municipality, Set<String> categories) {
		Incidents in = incidents.current();
		boolean[] kinds = in.dictionary.kinds(in.dictionary.municipality(municipality),
				in.dictionary.categories(categories));
		// the rows are in day order: the first that matches is on the first day
		for (int i = 0; i < in.size; i++) {
			if (kinds[in.kind(i)]) {
				return Optional.of(LocalDate.ofEpochDay(in.day[i]));
			}
		}
		return Optional.empty();
	}

	/**
	 * A shape's counts: the rows of the squares its bounding box touches ({@link Incidents.Squares}) from the first day
	 * of any stretch to the last; all of a square inside the shape, none of one outside, and of a square across its
	 * border those whose point lies in the shape or on its border ({@link ShapeSquares}). A shape too large to classify
	 * (null) is counted by testing every row of those days, as are the rows of far-off places.
	 */
	static void countInShape(Incidents in, Geometry geometry, @Nullable ShapeSquares shape, boolean[] kinds,
			int[] from, int[] to, long[] found) {
		int spanFrom = java.util.Arrays.stream(from).min().orElseThrow();
		int spanTo = java.util.Arrays.stream(to).max().orElseThrow();
		if (shape == null) {
			ShapeSquares.Locator located = ShapeSquares.locator(geometry);
			for (int i = in.firstOnOrAfter(spanFrom), end = in.firstOnOrAfter(spanTo); i < end; i++) {
				countIfInShape(in, i, geometry, located, kinds, from, to, found);
			}
			return;
		}
		Incidents.Squares squares = in.squares();
		int[] day = squares.day();
		int[] key = squares.key();
		double[] east = squares.east();
		double[] north = squares.north();
		int[] squareRow = squares.squareRow();
		int lastRow = shape.firstRow + shape.rows - 1;
		for (int column = shape.firstColumn; column < shape.firstColumn + shape.columns; column++) {
			for (int s = squares.firstSquare(column, shape.firstRow), last = squares.columnEnd(column); s < last
					&& squareRow[s] <= lastRow; s++) {
				int row = squareRow[s];
				byte kind = shape.classOf(column, row);
				if (kind == ShapeSquares.OUTSIDE) {
					continue;
				}
				int cells = kind == ShapeSquares.ACROSS ? shape.cellsOf(column, row) : -1;
				for (int k = squares.firstOnOrAfter(s, spanFrom), squareEnd = squares.start()[s + 1]; k < squareEnd
						&& day[k] < spanTo; k++) {
					if (kinds[key[k] / Incidents.HOURS_OF_WEEK]
							&& (cells < 0 || shape.covers(cells, column, row, east[k], north[k]))) {
						add(day[k], from, to, found);
					}
				}
			}
		}
		for (int i : squares.strays()) {
			if (in.day[i] >= spanFrom && in.day[i] < spanTo) {
				countIfInShape(in, i, geometry, shape::locate, kinds, from, to, found);
			}
		}
	}

	/** Counts row i if its point lies in the shape's bounding box and then in the shape. */
	private static void countIfInShape(Incidents in, int i, Geometry geometry, ShapeSquares.Locator located,
			boolean[] kinds, int[] from, int[] to, long[] found) {
		double e = in.east[i];
		double n = in.north[i];
		Envelope box = geometry.getEnvelopeInternal();
		if (e >= box.getMinX() && e <= box.getMaxX() && n >= box.getMinY() && n <= box.getMaxY() && kinds[in.kind(i)]
				&& located.locate(e, n)) {
			add(in.day[i], from, to, found);
		}
	}

	/**
	 * A shape's classification is kept by the shape's exact coordinates (a copy, so that a caller changing its geometry
	 * later cannot change a key) and the squares' size: it is derived geometry, not a count, and serves any filter.
	 */
	private record ShapeKey(Geometry shape, int square) {
	}

	/** The kinds (municipality × category) of the categories, of any municipality: all when none is given. */
	private static boolean[] kindMask(Incidents in, Set<String> categories) {
		boolean[] mask = new boolean[in.dictionary.kinds()];
		for (int k = 0; k < mask.length; k++) {
			mask[k] = categories.isEmpty()
					|| categories.contains(in.dictionary.categories().get(in.dictionary.kindCategory()[k]));
		}
		return mask;
	}

	private List<AreaId> withDescendants(AreaId root) {
		List<AreaId> all = new ArrayList<>();
		Deque<AreaId> todo = new ArrayDeque<>(List.of(root));
		while (!todo.isEmpty()) {
			AreaId next = todo.pop();
			all.add(next);
			areas.children(next).forEach(child -> todo.push(child.id()));
		}
		return all;
	}

}
