package se.trygghet.area;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Finds areas of the same level under the same parent whose boundaries overlap. Such areas would count the same
 * incident or inhabitant twice, and a point in both would land in whichever the index happened to find first. Areas
 * that share a border, or overlap by no more than digitising noise (1 m², or 0.01 % of the smaller area when that is
 * more), are fine. Pairs of areas that are both already stored are not reported: an import is judged by what it adds.
 */
final class SiblingOverlaps {

	static final double MIN_TOLERANCE_M2 = 1.0;

	static final double RELATIVE_TOLERANCE = 0.0001;

	private SiblingOverlaps() {
	}

	/** Areas that must not overlap each other share a group: their level and parent. */
	public record Group(AreaLevel level, AreaFileReader.@Nullable Key parent) {
	}

	/**
	 * An area to compare: {@code feature} is its index in the file, or null for a stored area the file does not
	 * change. The geometry is in SWEREF 99 TM metres.
	 */
	public record Sibling(@Nullable Integer feature, String name, Group group, Geometry geometry) {

		boolean inFile() {
			return feature != null;
		}

	}

	/** Two siblings that overlap by {@code squareMetres}, the one from the file first. */
	public record Overlap(Sibling first, Sibling second, double squareMetres) {

		AreaFileProblem problem() {
			return new AreaFileProblem(first.feature(), "area.overlap", first.name(), second.name(),
					String.valueOf(Math.round(squareMetres)));
		}

	}

	static List<Overlap> find(List<Sibling> siblings) {
		Map<Group, List<Sibling>> groups = new LinkedHashMap<>();
		for (Sibling sibling : siblings) {
			groups.computeIfAbsent(sibling.group(), g -> new ArrayList<>()).add(sibling);
		}
		List<Overlap> found = new ArrayList<>();
		for (List<Sibling> group : groups.values()) {
			found.addAll(inGroup(group));
		}
		found.sort(Comparator.comparing((Overlap o) -> o.first().feature()).thenComparing(o -> o.second().name()));
		return found;
	}

	private static List<Overlap> inGroup(List<Sibling> group) {
		List<Overlap> found = new ArrayList<>();
		if (group.size() < 2) {
			return found;
		}
		// boxes first: a municipality's hundreds of DeSO areas need only a few comparisons each
		STRtree index = new STRtree();
		for (int i = 0; i < group.size(); i++) {
			index.insert(group.get(i).geometry().getEnvelopeInternal(), i);
		}
		for (int i = 0; i < group.size(); i++) {
			Sibling a = group.get(i);
			for (Object candidate : index.query(a.geometry().getEnvelopeInternal())) {
				int j = (Integer) candidate;
				Sibling b = group.get(j);
				// each pair once, and never two stored areas
				if (j <= i || !(a.inFile() || b.inFile())) {
					continue;
				}
				double overlap = OverlayNGRobust.overlay(a.geometry(), b.geometry(), OverlayNG.INTERSECTION).getArea();
				if (overlap > tolerance(a.geometry(), b.geometry())) {
					found.add(a.inFile() ? new Overlap(a, b, overlap) : new Overlap(b, a, overlap));
				}
			}
		}
		return found;
	}

	/** How much overlap is taken for noise in two boundaries. */
	static double tolerance(Geometry a, Geometry b) {
		return Math.max(MIN_TOLERANCE_M2, RELATIVE_TOLERANCE * Math.min(a.getArea(), b.getArea()));
	}

}
