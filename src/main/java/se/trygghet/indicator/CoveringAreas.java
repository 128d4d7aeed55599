package se.trygghet.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaCatalog.AreaRef;
import se.trygghet.area.AreaId;
import se.trygghet.area.AreaLevel;
import se.trygghet.system.Caches;

/**
 * The area partitions from the areas' boundaries: the children of one level divide their parent when together they
 * cover all of it but at most {@value #GAP_PERCENT} % of its area (boundaries drawn from different sources rarely meet
 * exactly). Siblings never overlap (the area import refuses it), so their parts inside the parent add up to the area
 * they cover. An area or child without a boundary cannot be shown to be covered and divides nothing. Worked out once
 * per area and {@link AreaCatalog#revision() area revision} (cache {@value #CACHE}).
 */
@Component
class CoveringAreas implements AreaPartitions {

	static final double GAP_PERCENT = 1;

	static final String CACHE = "area-partitions";

	private final AreaCatalog areas;

	private final Caches.NamedCache partitions;

	CoveringAreas(AreaCatalog areas, Caches caches) {
		this.areas = areas;
		this.partitions = caches.named(CACHE);
	}

	@Override
	public List<List<AreaId>> of(AreaId area) {
		return partitions.get(List.of(area, areas.revision()), () -> partitions(area));
	}

	@Override
	public Optional<AreaId> parent(AreaId area) {
		return areas.area(area).map(AreaRef::parent);
	}

	private List<List<AreaId>> partitions(AreaId area) {
		Optional<Geometry> parent = areas.boundary(area);
		if (parent.isEmpty()) {
			return List.of();
		}
		Map<AreaLevel, List<AreaRef>> byLevel = new LinkedHashMap<>();
		areas.children(area).forEach(child -> byLevel.computeIfAbsent(child.level(), l -> new ArrayList<>()).add(child));
		List<List<AreaId>> partitions = new ArrayList<>();
		for (List<AreaRef> children : byLevel.values()) {
			List<Geometry> boundaries = new ArrayList<>();
			for (AreaRef child : children) {
				areas.boundary(child.id()).ifPresent(boundaries::add);
			}
			if (boundaries.size() == children.size() && covers(parent.get(), boundaries)) {
				partitions.add(children.stream().map(AreaRef::id).toList());
			}
		}
		return List.copyOf(partitions);
	}

	/** Whether the children, which do not overlap, leave at most the allowed gap of the parent uncovered. */
	static boolean covers(Geometry parent, List<Geometry> children) {
		double whole = parent.getArea();
		if (whole <= 0 || children.isEmpty()) {
			return false;
		}
		double covered = 0;
		for (Geometry child : children) {
			try {
				covered += parent.intersection(child).getArea();
			}
			catch (RuntimeException ex) {
				// a boundary JTS cannot intersect proves no cover; the import checks validity, so this is rare
				return false;
			}
		}
		return whole - covered <= whole * GAP_PERCENT / 100;
	}

}
