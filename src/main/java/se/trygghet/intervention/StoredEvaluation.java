package se.trygghet.intervention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghet.area.AreaId;
import se.trygghet.system.Refusal;

/**
 * An effect evaluation as stored: what was asked (zones, categories, periods; days inclusive) and what was counted.
 * The results follow from these by {@link EffectEvaluation#evaluate}, so they can always be computed again.
 */
record StoredEvaluation(UUID id, InterventionId intervention, Request request, long targetBefore, long targetAfter,
		long controlBefore, long controlAfter, @Nullable Long bufferBefore, @Nullable Long bufferAfter,
		long longRunCount, LocalDate longRunFrom, int methodVersion, String createdBy, Instant createdAt) {

	/** What an analyst asks for: the zones, the categories (none = all) and the two periods, first and last days. */
	public record Request(AreaId target, AreaId control, @Nullable Integer bufferMetres, List<String> categories,
			LocalDate beforeFrom, LocalDate beforeTo, LocalDate afterFrom, LocalDate afterTo) {

		static final int MAX_BUFFER = 5000;

		public Request {
			categories = List.copyOf(categories);
			if (target.equals(control)) {
				throw Refusal.on("control", "evaluation.control.same");
			}
			if (bufferMetres != null && (bufferMetres < 1 || bufferMetres > MAX_BUFFER)) {
				throw Refusal.on("bufferMetres", "evaluation.buffer.range");
			}
			if (beforeTo.isBefore(beforeFrom)) {
				throw Refusal.on("beforeTo", "evaluation.period.reversed");
			}
			if (afterTo.isBefore(afterFrom)) {
				throw Refusal.on("afterTo", "evaluation.period.reversed");
			}
			if (!afterFrom.isAfter(beforeTo)) {
				throw Refusal.on("afterFrom", "evaluation.period.overlap");
			}
		}

	}

	EffectEvaluation.Counts counts() {
		return new EffectEvaluation.Counts(targetBefore, targetAfter, controlBefore, controlAfter, bufferBefore,
				bufferAfter, EffectEvaluation.months(request.beforeFrom(), request.beforeTo()),
				EffectEvaluation.months(request.afterFrom(), request.afterTo()), longRunCount,
				EffectEvaluation.months(longRunFrom, request.beforeFrom().minusDays(1)));
	}

	EffectEvaluation.Result result() {
		return EffectEvaluation.evaluate(counts());
	}

}
