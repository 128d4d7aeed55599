package se.trygghet.intervention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;
import se.trygghet.area.AreaCatalog;
import se.trygghet.situation.IncidentCounts;
import se.trygghet.system.Refusal;

/**
 * Counts what an evaluation needs through the lägesbild's {@link IncidentCounts}: target and control by area (in SQL),
 * the buffer as a ring of N metres around the target in SWEREF 99 TM (JTS), minus the target and the control area so
 * no incident counts twice, and the target's longer run before the before period (for the regression-to-the-mean
 * check), from where the incident records of the chosen categories begin if that is later: days before the first
 * record are unknown, and counting them as days without incidents would make any before period look like a peak.
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
		AreaCatalog.AreaRef targetArea = areas.area(r.target())
			.orElseThrow(() -> Refusal.on("target", "form.invalidValue"));
		if (areas.area(r.control()).isEmpty()) {
			throw Refusal.on("control", "form.invalidValue");
		}
		Set<String> categories = Set.copyOf(r.categories());
		IncidentCounts.Zone target = new IncidentCounts.InArea(r.target());
		IncidentCounts.Zone control = new IncidentCounts.InArea(r.control());
		LocalDate longRunFrom = longRunFrom(r.beforeFrom(),
				incidents.firstDay(targetArea.municipality(), categories).orElse(r.beforeFrom()));
		// each zone is counted for all its stretches in one pass: the ring's bounding box is read once, not twice
		IncidentCounts.Stretch before = stretch(r.beforeFrom(), r.beforeTo());
		IncidentCounts.Stretch after = stretch(r.afterFrom(), r.afterTo());
		List<Long> inTarget = incidents.counts(target,
				List.of(before, after, new IncidentCounts.Stretch(longRunFrom, r.beforeFrom())), categories);
		List<Long> inControl = incidents.counts(control, List.of(before, after), categories);
		Long bufferBefore = null;
		Long bufferAfter = null;
		if (r.bufferMetres() != null) {
			List<Long> inRing = incidents.counts(new IncidentCounts.InShape(ring(r)), List.of(before, after), categories);
			bufferBefore = inRing.get(0);
			bufferAfter = inRing.get(1);
		}
		return new StoredEvaluation(UUID.randomUUID(), intervention, r, inTarget.get(0), inTarget.get(1),
				inControl.get(0), inControl.get(1), bufferBefore, bufferAfter, inTarget.get(2), longRunFrom,
				EffectEvaluation.METHOD_VERSION, by, clock.instant());
	}

	/** The target's boundary grown by the buffer width, less the target itself and the control area. */
	Geometry ring(StoredEvaluation.Request r) {
		Geometry target = areas.boundary(r.target())
			.orElseThrow(() -> Refusal.on("bufferMetres", "evaluation.buffer.unmapped"));
		Geometry ring = target.buffer(r.bufferMetres()).difference(target);
		@Nullable Geometry control = areas.boundary(r.control()).orElse(null);
		if (control != null && ring.intersects(control)) {
			ring = ring.difference(control);
		}
		if (ring.isEmpty()) {
			throw Refusal.on("bufferMetres", "evaluation.buffer.empty");
		}
		return ring;
	}

	/** The longer run's first day: {@value EffectEvaluation#LONG_RUN_MONTHS} months back, or where records begin. */
	private static LocalDate longRunFrom(LocalDate beforeFrom, LocalDate recordsBegin) {
		LocalDate window = beforeFrom.minusMonths(EffectEvaluation.LONG_RUN_MONTHS);
		if (!recordsBegin.isAfter(window)) {
			return window;
		}
		return recordsBegin.isBefore(beforeFrom) ? recordsBegin : beforeFrom;
	}

	/** A period as the request states it, first and last day included. */
	private static IncidentCounts.Stretch stretch(LocalDate first, LocalDate last) {
		return new IncidentCounts.Stretch(first, last.plusDays(1));
	}

}
