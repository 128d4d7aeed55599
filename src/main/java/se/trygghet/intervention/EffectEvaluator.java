package se.trygghet.intervention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;
import se.trygghet.area.AreaCatalog;
import se.trygghet.situation.IncidentCounts;

/**
 * Counts what an evaluation needs through the lägesbild's {@link IncidentCounts}: target and control by area (in SQL),
 * the buffer as a ring of N metres around the target in SWEREF 99 TM (JTS), minus the target and the control area so
 * no incident counts twice, and the target's longer run before the before period (for the regression-to-the-mean
 * check).
 */
@Component
class EffectEvaluator {

	private final IncidentCounts incidents;

	private final AreaCatalog areas;

	private final Clock clock;

	EffectEvaluator(IncidentCounts incidents, AreaCatalog areas, Clock clock) {
		this.incidents = incidents;
		this.areas = areas;
		this.clock = clock;
	}

	StoredEvaluation count(InterventionId intervention, StoredEvaluation.Request r, String by) {
		if (areas.area(r.target()).isEmpty()) {
			throw new InterventionRefusal("target", "form.invalidValue");
		}
		if (areas.area(r.control()).isEmpty()) {
			throw new InterventionRefusal("control", "form.invalidValue");
		}
		Set<String> categories = Set.copyOf(r.categories());
		IncidentCounts.Zone target = new IncidentCounts.InArea(r.target());
		IncidentCounts.Zone control = new IncidentCounts.InArea(r.control());
		Long bufferBefore = null;
		Long bufferAfter = null;
		if (r.bufferMetres() != null) {
			IncidentCounts.Zone ring = new IncidentCounts.InShape(ring(r));
			bufferBefore = count(ring, r.beforeFrom(), r.beforeTo(), categories);
			bufferAfter = count(ring, r.afterFrom(), r.afterTo(), categories);
		}
		LocalDate longRunFrom = r.beforeFrom().minusMonths(EffectEvaluation.LONG_RUN_MONTHS);
		return new StoredEvaluation(UUID.randomUUID(), intervention, r,
				count(target, r.beforeFrom(), r.beforeTo(), categories),
				count(target, r.afterFrom(), r.afterTo(), categories),
				count(control, r.beforeFrom(), r.beforeTo(), categories),
				count(control, r.afterFrom(), r.afterTo(), categories), bufferBefore, bufferAfter,
				incidents.count(target, longRunFrom, r.beforeFrom(), categories), longRunFrom,
				EffectEvaluation.METHOD_VERSION, by, clock.instant());
	}

	/** The target's boundary grown by the buffer width, less the target itself and the control area. */
	Geometry ring(StoredEvaluation.Request r) {
		Geometry target = areas.boundary(r.target())
			.orElseThrow(() -> new InterventionRefusal("bufferMetres", "evaluation.buffer.unmapped"));
		Geometry ring = target.buffer(r.bufferMetres()).difference(target);
		@Nullable Geometry control = areas.boundary(r.control()).orElse(null);
		if (control != null && ring.intersects(control)) {
			ring = ring.difference(control);
		}
		if (ring.isEmpty()) {
			throw new InterventionRefusal("bufferMetres", "evaluation.buffer.empty");
		}
		return ring;
	}

	private long count(IncidentCounts.Zone zone, LocalDate first, LocalDate last, Set<String> categories) {
		return incidents.count(zone, first, last.plusDays(1), categories);
	}

}
