package se.trygghet.intervention;

import java.time.Clock;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.system.NotFoundException;
import se.trygghet.system.Refusal;

/**
 * Every change in the cycle: analysts, coordinators and admins record problems, analyse their causes, plan
 * interventions, evaluate them and record feedback. Each change is audited through its event and bumps the module's
 * revision in the same transaction.
 */
@Service
@PreAuthorize("hasAnyRole('ANALYST', 'COORDINATOR', 'ADMIN')")
class InterventionWork {

	private final Problems problems;

	private final Interventions interventions;

	private final Evaluations evaluations;

	private final Feedbacks feedbacks;

	private final EffectEvaluator evaluator;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Choices choices;

	InterventionWork(Problems problems, Interventions interventions, Evaluations evaluations, Feedbacks feedbacks,
			EffectEvaluator evaluator, CurrentUsers currentUsers, ApplicationEventPublisher events, Clock clock,
			Choices choices) {
		this.choices = choices;
		this.problems = problems;
		this.interventions = interventions;
		this.evaluations = evaluations;
		this.feedbacks = feedbacks;
		this.evaluator = evaluator;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	ProblemId recordProblem(Problem problem) {
		choices.requireKnownIndicators(problem.indicators());
		problems.insert(problem, currentUsers.actorName(), clock.instant());
		changed(new InterventionEvents.ProblemRecorded(problem.id(), problem.title(), problem.demo(),
				problem.indicators()));
		return problem.id();
	}

	/** Saves the problem's fields as edited from the version read; the status is changed by {@link #moveProblem}. */
	@Transactional
	void reviseProblem(Problem edited) {
		Problem stored = problem(edited.id());
		choices.requireKnownIndicators(edited.indicators());
		Problem revised = new Problem(edited.id(), edited.title(), edited.description(), edited.area(),
				edited.categories(), edited.from(), edited.to(), edited.priority(), stored.status(),
				edited.visibility(), edited.evidence(), stored.demo(), edited.version());
		problems.update(revised, clock.instant());
		changed(new InterventionEvents.ProblemRevised(revised.id(), revised.title(), revised.indicators()));
	}

	@Transactional
	void moveProblem(ProblemId id, ProblemStatus next, int version) {
		Problem stored = problem(id);
		Problem moved = stored.atVersion(version).moveTo(next);
		problems.update(moved, clock.instant());
		changed(new InterventionEvents.ProblemStatusChanged(id, stored.title(), stored.status().name(), next.name()));
	}

	@Transactional
	void saveAnalysis(ProblemId id, CauseAnalysis analysis, int readVersion) {
		Problem stored = problem(id);
		problems.saveAnalysis(id, analysis, readVersion, currentUsers.actorName(), clock.instant());
		changed(new InterventionEvents.CauseAnalysisSaved(id, stored.title()));
	}

	@Transactional
	void recordDialogue(ProblemId id, CauseAnalysis.Dialogue dialogue) {
		problem(id);
		problems.addDialogue(id, dialogue, currentUsers.actorName(), clock.instant());
		changed(new InterventionEvents.DialogueRecorded(id, dialogue.heldOn(), dialogue.participants()));
	}

	@Transactional
	InterventionId planIntervention(Intervention intervention) {
		Problem problem = problem(intervention.problem());
		if (problem.status() == ProblemStatus.AVSLUTAT) {
			throw Refusal.of("intervention.problem.closed");
		}
		choices.requireKnownIndicators(intervention.indicators());
		interventions.insert(intervention, currentUsers.actorName(), clock.instant());
		changed(new InterventionEvents.InterventionPlanned(intervention.id(), intervention.problem(),
				intervention.title(), intervention.activity(), intervention.indicators()));
		return intervention.id();
	}

	/** Saves the intervention's fields as edited from the version read; the status is changed by {@link #moveIntervention}. */
	@Transactional
	void reviseIntervention(Intervention edited) {
		Intervention stored = intervention(edited.id());
		if (!stored.problem().equals(edited.problem())) {
			throw Refusal.of("form.invalidValue");
		}
		choices.requireKnownIndicators(edited.indicators());
		interventions.update(edited, stored.status(), clock.instant());
		changed(new InterventionEvents.InterventionRevised(edited.id(), edited.title(), edited.indicators()));
	}

	@Transactional
	void moveIntervention(InterventionId id, InterventionStatus next, int version) {
		Intervention stored = intervention(id);
		interventions.updateStatus(stored.atVersion(version).moveTo(next), clock.instant());
		changed(new InterventionEvents.InterventionStatusChanged(id, stored.title(), stored.status(), next));
	}

	/** Counts, computes and stores an evaluation with its inputs, so it can be read and recomputed later. */
	@Transactional
	UUID evaluate(InterventionId id, StoredEvaluation.Request request) {
		intervention(id);
		StoredEvaluation evaluation = evaluator.count(id, request, currentUsers.actorName());
		EffectEvaluation.Result result = evaluation.result();
		evaluations.insert(evaluation, result);
		changed(new InterventionEvents.EffectEvaluated(id, evaluation.id(), result.verdict().name()));
		return evaluation.id();
	}

	@Transactional
	void recordFeedback(Feedback feedback) {
		Problem problem = problem(feedback.problem());
		if (feedback.intervention() != null && !intervention(feedback.intervention()).problem().equals(problem.id())) {
			throw Refusal.on("intervention", "feedback.intervention.foreign");
		}
		feedbacks.insert(feedback, problem.demo(), currentUsers.actorName(), clock.instant());
		changed(new InterventionEvents.FeedbackRecorded(problem.id(), feedback.intervention(), feedback.recipient(),
				feedback.visibility()));
	}

	private Problem problem(ProblemId id) {
		return problems.find(id).orElseThrow(() -> new NotFoundException("problem " + id));
	}

	private Intervention intervention(InterventionId id) {
		return interventions.find(id).orElseThrow(() -> new NotFoundException("intervention " + id));
	}

	private void changed(Object event) {
		interventions.bumpRevision();
		events.publishEvent(event);
	}

}
