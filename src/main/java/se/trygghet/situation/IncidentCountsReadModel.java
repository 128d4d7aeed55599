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
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.algorithm.locate.PointOnGeometryLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.springframework.stereotype.Component;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;
import se.trygghet.incident.IncidentReporting;

/**
 * Counts incidents from this node's {@link IncidentProjection}, as every count of the lägesbild does: an area zone is
 * its area and every area under it, matched by the smallest area each incident lay in when it was reported; a shape
 * zone takes the incidents whose point lies in its bounding box and tests each against the prepared shape. The days
 * of every stretch are counted in one pass over the rows from the first day of any stretch to the last.
 */
@Component
class IncidentCountsReadModel implements IncidentCounts {

	private static final GeometryFactory POINTS = new GeometryFactory();

	private final IncidentReporting reporting;

	private final AreaCatalog areas;

	private final IncidentProjection incidents;

	IncidentCountsReadModel(IncidentReporting reporting, AreaCatalog areas, IncidentProjection incidents) {
		this.reporting = reporting;
		this.areas = areas;
		this.incidents = incidents;
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
		int first = in.firstOnOrAfter(java.util.Arrays.stream(from).min().orElseThrow());
		int end = in.firstOnOrAfter(java.util.Arrays.stream(to).max().orElseThrow());
		boolean[] kinds = kindMask(in, categories);
		long[] found = new long[from.length];
		if (zone instanceof InShape shape) {
			countInShape(in, shape, first, end, kinds, from, to, found);
		}
		else {
			// each area's own rows, from the first day of any stretch to the last
			int spanFrom = java.util.Arrays.stream(from).min().orElseThrow();
			int spanTo = java.util.Arrays.stream(to).max().orElseThrow();
			Incidents.AreaRows byArea = in.areaRows();
			for (AreaId id : withDescendants(((InArea) zone).area())) {
				Integer a = in.dictionary.areaIndex().get(id.value());
				if (a == null) {
					continue;
				}
				int areaEnd = byArea.end(a);
				for (int k = byArea.firstOnOrAfter(a, in.day, spanFrom); k < areaEnd; k++) {
					int row = byArea.rows()[k];
					if (in.day[row] >= spanTo) {
						break;
					}
					if (kinds[in.kind(row)]) {
						add(in.day[row], from, to, found);
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
	 * A shape's counts: the points in its bounding box, each located in the shape (its border included) by an index of
	 * its edges, counted in every stretch its day falls in.
	 */
	private static void countInShape(Incidents in, InShape shape, int first, int end, boolean[] kinds, int[] from,
			int[] to, long[] found) {
		Geometry geometry = shape.sweref99();
		PointOnGeometryLocator locator = geometry instanceof Polygonal ? new IndexedPointInAreaLocator(geometry)
				: new PreparedCovers(PreparedGeometryFactory.prepare(geometry));
		Envelope box = geometry.getEnvelopeInternal();
		double minE = box.getMinX();
		double maxE = box.getMaxX();
		double minN = box.getMinY();
		double maxN = box.getMaxY();
		Coordinate point = new Coordinate();
		for (int i = first; i < end; i++) {
			double e = in.east[i];
			double n = in.north[i];
			if (e >= minE && e <= maxE && n >= minN && n <= maxN && kinds[in.kind(i)]) {
				point.x = e;
				point.y = n;
				if (locator.locate(point) != Location.EXTERIOR) {
					add(in.day[i], from, to, found);
				}
			}
		}
	}

	/** A shape that is not a polygon (a collection left by a difference) is tested as a prepared geometry. */
	private record PreparedCovers(PreparedGeometry prepared) implements PointOnGeometryLocator {

		@Override
		public int locate(Coordinate p) {
			return prepared.covers(POINTS.createPoint(p)) ? Location.INTERIOR : Location.EXTERIOR;
		}

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
