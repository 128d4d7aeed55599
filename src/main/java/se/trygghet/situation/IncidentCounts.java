package se.trygghet.situation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import se.trygghet.area.AreaId;

/**
 * What other modules may count of the incidents: how many of some categories happened in a zone during a stretch of
 * days, e.g. to evaluate an intervention against a control area. Days are calendar days in Sweden; {@code from} is
 * the first day counted and {@code to} the first day not counted.
 */
public interface IncidentCounts {

	/** The incident categories, in their order. */
	List<Category> categories();

	/** Incidents of the given categories (every category when the set is empty) in the zone, from ≤ day &lt; to. */
	long count(Zone zone, LocalDate from, LocalDate to, Set<String> categories);

	/**
	 * The counts for several stretches of days in one pass over the zone, in the stretches' order: a shape's bounding
	 * box is read once, not once per stretch. Each counts as {@link #count} would.
	 */
	List<Long> counts(Zone zone, List<Stretch> stretches, Set<String> categories);

	/**
	 * The day of the earliest incident of the given categories (every category when the set is empty) anywhere in the
	 * municipality, or empty when there is none: where the records begin, so that a caller can tell days before it
	 * (unknown) from days without incidents (zero).
	 */
	Optional<LocalDate> firstDay(String municipality, Set<String> categories);

	record Category(String code, String nameSv, String nameEn) {
	}

	/** Days from ≤ day &lt; to; a stretch whose {@code to} is not after its {@code from} holds no day. */
	record Stretch(LocalDate from, LocalDate to) {

		public Stretch {
			Objects.requireNonNull(from);
			Objects.requireNonNull(to);
		}

		public boolean holdsDays() {
			return to.isAfter(from);
		}

	}

	/** Where to count. */
	sealed interface Zone permits InArea, InShape {
	}

	/**
	 * Incidents located in an area or any area under it (each incident carries the smallest area that contained it
	 * when it was reported), counted by area id.
	 */
	record InArea(AreaId area) implements Zone {

		public InArea {
			Objects.requireNonNull(area);
		}

	}

	/**
	 * Incidents whose point lies in a shape drawn in SWEREF 99 TM metres (its border included), e.g. a buffer ring
	 * around a target area; prefiltered by the shape's bounding box and then tested point in polygon.
	 */
	record InShape(Geometry sweref99) implements Zone {

		public InShape {
			if (sweref99 == null || sweref99.isEmpty()) {
				throw new IllegalArgumentException("A zone needs a shape");
			}
		}

	}

}
