package se.trygghet.area;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * All areas at one revision, immutable, with an STR-tree over their bounding boxes: finding the areas around a point
 * costs a few box comparisons and one exact test per candidate, instead of a test against every boundary.
 */
final class AreaSnapshot {

	/** One area with what the index and the pages need. */
	public record Indexed(AreaCatalog.AreaRef ref, String source, @Nullable Geometry geometry,
			@Nullable PreparedGeometry prepared, double squareMetres) {

		boolean covers(Point point) {
			return prepared != null && prepared.covers(point);
		}

	}

	static final AreaSnapshot EMPTY = new AreaSnapshot(-1, List.of());

	private final long revision;

	private final List<Indexed> ordered;

	private final Map<AreaId, Indexed> byId = new HashMap<>();

	private final Map<AreaId, List<Indexed>> children = new HashMap<>();

	private final List<Indexed> roots = new ArrayList<>();

	private final STRtree tree = new STRtree();

	private AreaSnapshot(long revision, List<Area> areas) {
		this.revision = revision;
		Collator swedish = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
		Comparator<Indexed> order = Comparator.comparing((Indexed i) -> i.ref().level())
			.thenComparing(i -> i.ref().name(), swedish)
			.thenComparing(i -> i.ref().code());
		List<Indexed> all = new ArrayList<>();
		for (Area area : areas) {
			Geometry geometry = area.geometry();
			Indexed indexed = new Indexed(
					new AreaCatalog.AreaRef(area.id(), area.municipality(), area.level(), area.code(), area.name(),
							area.parent(), area.demo(), geometry != null),
					area.source(), geometry, geometry == null ? null : PreparedGeometryFactory.prepare(geometry),
					geometry == null ? 0 : geometry.getArea());
			all.add(indexed);
			byId.put(area.id(), indexed);
			if (geometry != null) {
				tree.insert(geometry.getEnvelopeInternal(), indexed);
			}
		}
		all.sort(order);
		this.ordered = List.copyOf(all);
		for (Indexed indexed : ordered) {
			AreaId parent = indexed.ref().parent();
			if (parent == null || !byId.containsKey(parent)) {
				roots.add(indexed);
			}
			else {
				children.computeIfAbsent(parent, p -> new ArrayList<>()).add(indexed);
			}
		}
		// built now: a tree builds itself on the first query, which is not safe when many threads query at once
		tree.build();
	}

	static AreaSnapshot of(long revision, List<Area> areas) {
		return new AreaSnapshot(revision, areas);
	}

	long revision() {
		return revision;
	}

	/** Every area, coarser levels first, then by name in Swedish order. */
	List<Indexed> all() {
		return ordered;
	}

	/** The areas with no parent: the municipalities, normally. */
	List<Indexed> roots() {
		return List.copyOf(roots);
	}

	Optional<Indexed> byId(AreaId id) {
		return Optional.ofNullable(byId.get(id));
	}

	List<Indexed> children(AreaId id) {
		return List.copyOf(children.getOrDefault(id, List.of()));
	}

	List<Indexed> ancestors(AreaId id) {
		List<Indexed> ancestors = new ArrayList<>();
		Indexed current = byId.get(id);
		while (current != null && current.ref().parent() != null) {
			current = byId.get(current.ref().parent());
			if (current != null) {
				ancestors.add(current);
			}
		}
		return ancestors;
	}

	/** Every area containing the point, the smallest first. */
	List<Indexed> containing(Sweref99Point point) {
		Point p = point(point);
		List<Indexed> found = new ArrayList<>();
		for (Object candidate : tree.query(p.getEnvelopeInternal())) {
			Indexed indexed = (Indexed) candidate;
			if (indexed.covers(p)) {
				found.add(indexed);
			}
		}
		found.sort(Comparator.comparingDouble(Indexed::squareMetres));
		return found;
	}

	Optional<Indexed> locate(Sweref99Point point) {
		List<Indexed> found = containing(point);
		return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
	}

	/** The same answer as {@link #locate} by testing every boundary; the baseline the index is measured against. */
	Optional<Indexed> locateByScan(Sweref99Point point) {
		Point p = point(point);
		Indexed smallest = null;
		for (Indexed indexed : ordered) {
			if (indexed.covers(p) && (smallest == null || indexed.squareMetres() < smallest.squareMetres())) {
				smallest = indexed;
			}
		}
		return Optional.ofNullable(smallest);
	}

	private static Point point(Sweref99Point point) {
		return Projections.SWEREF.createPoint(new Coordinate(point.east(), point.north()));
	}

}
