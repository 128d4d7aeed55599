package se.trygghet.area;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What other modules may read of areas: the hierarchy, an area by id or code, and the area a point lies in. Answers
 * come from an in-memory spatial index that every node rebuilds when the areas change; {@link #revision()} tells a
 * caller when results it derived from areas should be computed again.
 */
public interface AreaCatalog {

	Optional<AreaRef> area(AreaId id);

	/**
	 * The known areas among these ids, read against one state of the areas (one look at the revision, not one per
	 * area): for a table with a row per area.
	 */
	java.util.Map<AreaId, AreaRef> areas(Collection<AreaId> ids);

	/** An area by its code, which is unique per municipality and level (e.g. 1980, KOMMUN, 1980). */
	Optional<AreaRef> area(String municipality, AreaLevel level, String code);

	/** Every area of a municipality at one level, by name. */
	List<AreaRef> atLevel(String municipality, AreaLevel level);

	/** The areas directly under this one, coarser levels first, then by name. */
	List<AreaRef> children(AreaId id);

	/** The areas this one lies under, its parent first and the top of the hierarchy last. */
	List<AreaRef> ancestors(AreaId id);

	/** The smallest area whose boundary contains the point (a point on a boundary counts as inside). */
	Optional<AreaRef> locate(Sweref99Point point);

	/**
	 * For each point, the smallest area containing it, or null: the same as {@link #locate(Sweref99Point)} for many
	 * points at once, against one state of the areas and with one look at the revision instead of one per point.
	 */
	List<@Nullable AreaRef> locateAll(List<Sweref99Point> points);

	/** The area of the given level whose boundary contains the point, e.g. the stadsdel of an incident. */
	Optional<AreaRef> locate(Sweref99Point point, AreaLevel level);

	/**
	 * The areas as a GeoJSON FeatureCollection in WGS84 for Leaflet: each feature's id is the area's id, with
	 * {@code name}, {@code level}, {@code code}, {@code parent} and {@code demo} as properties; coordinates are rounded
	 * to six decimals (about 0.1 m). Areas without a boundary have a null geometry.
	 */
	String geoJson(Collection<AreaId> areas);

	/**
	 * The areas a map of the municipality outlines: its mapped stadsdelar (or, where none is mapped, its kommundelar)
	 * and the municipality itself.
	 */
	List<AreaRef> outlined(String municipality);

	/**
	 * {@link #outlined} as {@link #geoJson}, for a Leaflet map to draw as vectors, with or without tiles; kept per
	 * area revision, as every opening of a map asks for it.
	 */
	String outlinesGeoJson(String municipality);

	/** Changes whenever any area changes. */
	long revision();

	/** The bounding box of an area's boundary in SWEREF 99 TM, if it has one. */
	Optional<Bounds> bounds(AreaId id);

	/**
	 * The area's boundary in SWEREF 99 TM (EPSG:3006), as a copy the caller may change (e.g. to draw a buffer ring
	 * around it for an effect evaluation), or empty for an area without one.
	 */
	Optional<org.locationtech.jts.geom.Geometry> boundary(AreaId id);

	/** Whether a point lies in the area's boundary (its border included); false for an area without one. */
	boolean covers(AreaId id, Sweref99Point point);

	/**
	 * The rings of an area's boundary in SWEREF 99 TM (outer rings and holes alike, each closed), simplified so that no
	 * point moves more than {@code tolerance} metres; empty for an area without one. For drawing maps in documents.
	 */
	List<List<Sweref99Point>> outline(AreaId id, double tolerance);

	/**
	 * For each point, whether it lies in the area's boundary: the same as {@link #covers} for many points at once,
	 * against one state of the areas and with one look at the revision instead of one per point.
	 */
	List<Boolean> coversAll(AreaId id, List<Sweref99Point> points);

	/**
	 * Whether a point lies inside the municipality: inside its own boundary when it has one, otherwise inside one of
	 * its mapped areas (the municipality's own row has no boundary until its map is imported).
	 */
	default boolean withinMunicipality(String municipality, Sweref99Point point) {
		Optional<AreaRef> kommun = atLevel(municipality, AreaLevel.KOMMUN).stream().findFirst();
		if (kommun.isPresent() && kommun.get().mapped()) {
			return covers(kommun.get().id(), point);
		}
		return locate(point).filter(a -> a.municipality().equals(municipality)).isPresent();
	}

	/** A box in SWEREF 99 TM metres. */
	record Bounds(double minEast, double minNorth, double maxEast, double maxNorth) {
	}

	/**
	 * An area as other modules see it. {@code demo} means its boundary was invented for a demonstration, which every
	 * view of it must say; {@code mapped} whether it has a boundary at all.
	 */
	record AreaRef(AreaId id, String municipality, AreaLevel level, String code, String name, @Nullable AreaId parent,
			boolean demo, boolean mapped) {

		public AreaRef {
			Objects.requireNonNull(id);
			Objects.requireNonNull(level);
		}

	}

}
