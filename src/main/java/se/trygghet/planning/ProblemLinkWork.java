package se.trygghet.planning;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.plan.ActivityId;
import se.trygghet.plan.PlanCatalog;
import se.trygghet.plan.PlanCatalog.ActivityOutline;
import se.trygghet.plan.PlanCatalog.PlanOutline;
import se.trygghet.plan.PlanJournal;
import se.trygghet.plan.PlanState;
import se.trygghet.situation.JointPictureCatalog;
import se.trygghet.situation.JointPictureCatalog.PrioritisedProblem;
import se.trygghet.system.NotFoundException;
import se.trygghet.system.Refusal;

/**
 * The coordinator's decision of which activities of a draft address a prioritised problem of the latest joint
 * lägesbild. Only a draft's: an adopted plan's links are part of what was decided. Each link and each removal is
 * audited and a step in the draft's history ({@link PlanJournal}), in the same transaction.
 */
@Service
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class ProblemLinkWork {

	private final PlanCatalog plans;

	private final JointPictureCatalog pictures;

	private final ProblemLinks links;

	private final PlanJournal journal;

	private final CurrentUsers users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProblemLinkWork(PlanCatalog plans, JointPictureCatalog pictures, ProblemLinks links, PlanJournal journal,
			CurrentUsers users, ApplicationEventPublisher events, Clock clock) {
		this.plans = plans;
		this.pictures = pictures;
		this.links = links;
		this.journal = journal;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	/** Says that the draft's activity addresses the problem; linking it again changes nothing. */
	@Transactional
	void link(String key, UUID problemId, ActivityId activityId) {
		PlanOutline draft = draft(key);
		PrioritisedProblem problem = problem(problemId);
		ActivityOutline activity = activity(draft, activityId);
		if (links.add(draft.id(), problem.id(), activity.id(), problem.title(), users.actorName(), clock.instant())) {
			recorded(draft, problem, activity, true);
		}
	}

	/** Takes the link back; taking back one that is not there changes nothing. */
	@Transactional
	void unlink(String key, UUID problemId, ActivityId activityId) {
		PlanOutline draft = draft(key);
		PrioritisedProblem problem = problem(problemId);
		ActivityOutline activity = activity(draft, activityId);
		if (links.remove(draft.id(), problem.id(), activity.id())) {
			recorded(draft, problem, activity, false);
		}
	}

	private void recorded(PlanOutline draft, PrioritisedProblem problem, ActivityOutline activity, boolean linked) {
		events.publishEvent(new PlanningEvents.ProblemLinkChanged(draft.key(), draft.name(), problem.id(),
				problem.title(), activity.number().toString(), linked));
		journal.note(draft.id(), "PrioritisedProblem", problem.id(), problem.title(),
				linked ? "planning.history.problemLinked" : "planning.history.problemUnlinked",
				Map.of("activity", activity.number() + " " + activity.text()));
	}

	private PlanOutline draft(String key) {
		PlanOutline plan = plans.plans()
			.stream()
			.filter(p -> p.key().equals(key))
			.findFirst()
			.flatMap(p -> plans.outline(p.id()))
			.orElseThrow(() -> new NotFoundException("Planen"));
		if (plan.state() != PlanState.DRAFT) {
			throw Refusal.of("planning.links.notDraft");
		}
		return plan;
	}

	/** Only the latest joint lägesbild's problems are linked: those are the ones the evidence page answers. */
	private PrioritisedProblem problem(UUID id) {
		return pictures.latest()
			.flatMap(p -> p.problems().stream().filter(q -> q.id().equals(id)).findFirst())
			.orElseThrow(() -> Refusal.of("planning.links.unknownProblem"));
	}

	private static ActivityOutline activity(PlanOutline draft, ActivityId id) {
		return draft.activities()
			.stream()
			.filter(a -> a.id().equals(id))
			.findFirst()
			.orElseThrow(() -> Refusal.of("planning.links.unknownActivity"));
	}

}
