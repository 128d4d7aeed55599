package se.trygghet.intervention;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.trygghet.actor.ActorId;
import se.trygghet.area.AreaId;
import se.trygghet.plan.ActivityId;
import se.trygghet.plan.CommitteeId;
import se.trygghet.plan.IndicatorId;
import se.trygghet.system.Refusal;

/**
 * An intervention (insats) against a problem: what kind, who carries it out (committees and outside actors), where
 * and when, which activity of the plan it carries out, what it should change and where that should show (the plan's
 * indicators it aims to move, or incident categories), how well the method is known to work and what it costs. Its
 * status changes only through {@link #moveTo}.
 */
record Intervention(InterventionId id, ProblemId problem, String title, InterventionKind kind,
		List<CommitteeId> committees, List<ActorId> actors, @Nullable AreaId area, LocalDate startsOn,
		@Nullable LocalDate endsOn, @Nullable ActivityId activity, String expectedEffect,
		List<IndicatorId> indicators, List<String> categories, EvidenceLevel evidenceLevel,
		@Nullable BigDecimal costSek, InterventionStatus status, Visibility visibility, boolean demo, int version) {

	Intervention {
		committees = List.copyOf(committees);
		actors = List.copyOf(actors);
		categories = List.copyOf(categories);
		indicators = List.copyOf(indicators);
		Texts.require("title", title, Problem.MAX_TITLE);
		Texts.require("expectedEffect", expectedEffect, Problem.MAX_TEXT);
		if (endsOn != null && endsOn.isBefore(startsOn)) {
			throw Refusal.on("endsOn", "intervention.endsOn.beforeStart");
		}
		if (committees.isEmpty() && actors.isEmpty()) {
			throw Refusal.on("committees", "intervention.responsible.none");
		}
		if (indicators.isEmpty() && categories.isEmpty()) {
			// an intervention nobody can follow up is not knowledge-based: say where its effect should show
			throw Refusal.on("indicators", "intervention.effect.unmeasured");
		}
		if (costSek != null && costSek.signum() < 0) {
			throw Refusal.on("costSek", "intervention.cost.negative");
		}
	}

	/** The intervention as read at another version: a change then fails if someone saved after that version. */
	Intervention atVersion(int readVersion) {
		return new Intervention(id, problem, title, kind, committees, actors, area, startsOn, endsOn, activity,
				expectedEffect, indicators, categories, evidenceLevel, costSek, status, visibility, demo, readVersion);
	}

	Intervention moveTo(InterventionStatus next) {
		if (!status.mayBecome(next)) {
			throw Refusal.of("intervention.status.illegal");
		}
		return new Intervention(id, problem, title, kind, committees, actors, area, startsOn, endsOn, activity,
				expectedEffect, indicators, categories, evidenceLevel, costSek, next, visibility, demo, version);
	}

}
