package se.trygghet.area;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.trygghet.system.Caches;

/**
 * The catalog other modules read, answered from an {@link AreaSnapshot} held in memory. The snapshot is keyed by the
 * revision in the database, which is read on every call: a node rebuilds its index on the first call after any node
 * changed an area, so nothing has to be told to invalidate anything.
 */
@Component
class AreaIndex implements AreaCatalog {

	/** The serialised GeoJSON of the open API, per revision and filter. */
	static final String CACHE = "area-geojson";

	private final Areas areas;

	private final Caches.NamedCache collections;

	private volatile AreaSnapshot snapshot = AreaSnapshot.EMPTY;

	AreaIndex(Areas areas, Caches caches) {
		this.areas = areas;
		this.collections = caches.named(CACHE);
	}

	/** The areas as they stand now. */
	AreaSnapshot snapshot() {
		long revision = areas.revision();
		AreaSnapshot current = snapshot;
		if (current.revision() == revision) {
			return current;
		}
		synchronized (this) {
			current = snapshot;
			if (current.revision() != revision) {
				// the revision is read before the areas, so the areas are never older than the revision they carry
				current = AreaSnapshot.of(revision, areas.all());
				snapshot = current;
			}
			return current;
		}
	}

	@Override
	public Optional<AreaRef> area(AreaId id) {
		return snapshot().byId(id).map(AreaSnapshot.Indexed::ref);
	}

	@Override
	public java.util.Map<AreaId, AreaRef> areas(Collection<AreaId> ids) {
		AreaSnapshot now = snapshot();
		java.util.Map<AreaId, AreaRef> found = new java.util.HashMap<>();
		for (AreaId id : ids) {
			now.byId(id).ifPresent(a -> found.put(id, a.ref()));
		}
		return found;
	}

	@Override
	public Optional<Bounds> bounds(AreaId id) {
		return snapshot().byId(id)
			.filter(a -> a.geometry() != null)
			.map(a -> a.geometry().getEnvelopeInternal())
			.map(e -> new Bounds(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()));
	}

	@Override
	public Optional<org.locationtech.jts.geom.Geometry> boundary(AreaId id) {
		return snapshot().byId(id).filter(a -> a.geometry() != null).map(a -> a.geometry().copy());
	}

	@Override
	public boolean covers(AreaId id, Sweref99Point point) {
		return snapshot().byId(id)
			.map(a -> a.covers(POINTS.createPoint(new org.locationtech.jts.geom.Coordinate(point.east(), point.north()))))
			.orElse(false);
	}

	@Override
	public List<List<Sweref99Point>> outline(AreaId id, double tolerance) {
		org.locationtech.jts.geom.Geometry geometry = snapshot().byId(id)
			.map(AreaSnapshot.Indexed::geometry)
			.orElse(null);
		if (geometry == null) {
			return List.of();
		}
		// topology-preserving, so a simplified ring never crosses itself or a neighbouring hole
		org.locationtech.jts.geom.Geometry simple = tolerance > 0
				? org.locationtech.jts.simplify.TopologyPreservingSimplifier.simplify(geometry, tolerance) : geometry;
		List<List<Sweref99Point>> rings = new ArrayList<>();
		for (int i = 0; i < simple.getNumGeometries(); i++) {
			if (simple.getGeometryN(i) instanceof org.locationtech.jts.geom.Polygon polygon) {
				rings.add(points(polygon.getExteriorRing()));
				for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
					rings.add(points(polygon.getInteriorRingN(h)));
				}
			}
		}
		return rings;
	}

	private static List<Sweref99Point> points(org.locationtech.jts.geom.LineString ring) {
		List<Sweref99Point> points = new ArrayList<>(ring.getNumPoints());
		for (org.locationtech.jts.geom.Coordinate c : ring.getCoordinates()) {
			points.add(new Sweref99Point(c.x, c.y));
		}
		return points;
	}

	@Override
	public List<Boolean> coversAll(AreaId id, List<Sweref99Point> points) {
		AreaSnapshot.Indexed area = snapshot().byId(id).orElse(null);
		List<Boolean> covered = new ArrayList<>(points.size());
		for (Sweref99Point point : points) {
			covered.add(area != null
					&& area.covers(POINTS.createPoint(new org.locationtech.jts.geom.Coordinate(point.east(), point.north()))));
		}
		return covered;
	}

	private static final org.locationtech.jts.geom.GeometryFactory POINTS = new org.locationtech.jts.geom.GeometryFactory(
			new org.locationtech.jts.geom.PrecisionModel(), 3006);

	@Override
	public Optional<AreaRef> area(String municipality, AreaLevel level, String code) {
		return snapshot().all()
			.stream()
			.map(AreaSnapshot.Indexed::ref)
			.filter(a -> a.municipality().equals(municipality) && a.level() == level && a.code().equals(code))
			.findFirst();
	}

	@Override
	public List<AreaRef> outlined(String municipality) {
		List<AreaRef> parts = atLevel(municipality, AreaLevel.STADSDEL).stream().filter(AreaRef::mapped).toList();
		if (parts.isEmpty()) {
			parts = atLevel(municipality, AreaLevel.KOMMUNDEL).stream().filter(AreaRef::mapped).toList();
		}
		List<AreaRef> outlined = new java.util.ArrayList<>(parts);
		atLevel(municipality, AreaLevel.KOMMUN).stream().filter(AreaRef::mapped).forEach(outlined::add);
		return outlined;
	}

	@Override
	public String outlinesGeoJson(String municipality) {
		return collections.get(List.of("outlines", municipality, snapshot().revision()),
				() -> geoJson(outlined(municipality).stream().map(AreaRef::id).toList()));
	}

	@Override
	public List<AreaRef> atLevel(String municipality, AreaLevel level) {
		return snapshot().all()
			.stream()
			.map(AreaSnapshot.Indexed::ref)
			.filter(a -> a.municipality().equals(municipality) && a.level() == level)
			.toList();
	}

	@Override
	public List<AreaRef> children(AreaId id) {
		return refs(snapshot().children(id));
	}

	@Override
	public List<AreaRef> ancestors(AreaId id) {
		return refs(snapshot().ancestors(id));
	}

	@Override
	public Optional<AreaRef> locate(Sweref99Point point) {
		return snapshot().locate(point).map(AreaSnapshot.Indexed::ref);
	}

	@Override
	public List<@Nullable AreaRef> locateAll(List<Sweref99Point> points) {
		AreaSnapshot current = snapshot();
		List<@Nullable AreaRef> found = new ArrayList<>(points.size());
		for (Sweref99Point point : points) {
			found.add(current.locate(point).map(AreaSnapshot.Indexed::ref).orElse(null));
		}
		return found;
	}

	@Override
	public Optional<AreaRef> locate(Sweref99Point point, AreaLevel level) {
		return snapshot().containing(point)
			.stream()
			.map(AreaSnapshot.Indexed::ref)
			.filter(a -> a.level() == level)
			.findFirst();
	}

	@Override
	public String geoJson(Collection<AreaId> ids) {
		AreaSnapshot current = snapshot();
		List<AreaSnapshot.Indexed> found = ids.stream()
			.map(id -> current.byId(id).orElse(null))
			.filter(Objects::nonNull)
			.toList();
		return new String(GeoJson.featureCollection(found), StandardCharsets.UTF_8);
	}

	@Override
	public long revision() {
		return areas.revision();
	}

	/** The snapshot's areas, of one level and municipality if given, as a GeoJSON FeatureCollection. */
	byte[] featureCollection(AreaSnapshot snapshot, @Nullable AreaLevel level, @Nullable String municipality) {
		return collections.get(java.util.Arrays.asList(snapshot.revision(), level, municipality),
				() -> GeoJson.featureCollection(snapshot.all()
					.stream()
					.filter(a -> level == null || a.ref().level() == level)
					.filter(a -> municipality == null || a.ref().municipality().equals(municipality))
					.toList()));
	}

	private static List<AreaRef> refs(List<AreaSnapshot.Indexed> indexed) {
		return indexed.stream().map(AreaSnapshot.Indexed::ref).toList();
	}

}
