package se.trygghet.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghet.identity.CurrentUser;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.plan.ActivityNumber;
import se.trygghet.plan.CommitteeId;
import se.trygghet.plan.PlanCatalog;
import se.trygghet.plan.PlanJournal;
import se.trygghet.system.NotFoundException;
import se.trygghet.system.Refusal;

/**
 * The steps of a consultation. Coordinators send, reply and close; a committee's reporters comment and submit for
 * their own committee only (anyone else is refused with 403, as for followup's reports). Every step is audited
 * ({@link ConsultationEvents}) and written into the plan's history ({@link PlanJournal}) in the same transaction;
 * the history names a comment, never its text, since every internal reader sees the plan's history.
 */
@Service
class ConsultationService {

	private final Consultations consultations;

	private final PlanCatalog catalog;

	private final PlanJournal journal;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ConsultationService(Consultations consultations, PlanCatalog catalog, PlanJournal journal,
			CurrentUsers currentUsers, ApplicationEventPublisher events, Clock clock) {
		this.consultations = consultations;
		this.catalog = catalog;
		this.journal = journal;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	/** Sends a draft plan to the committees named on its activities; refused while another one of it is open. */
	@Transactional
	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	ConsultationId send(ActionPlanId planId, LocalDate deadline) {
		PlanCatalog.PlanOutline plan = catalog.outline(planId).orElseThrow(() -> new NotFoundException("Planen"));
		if (consultations.openOf(planId).isPresent()) {
			throw Refusal.of("consultation.send.alreadyOpen");
		}
		Consultation consultation = Consultation.send(plan, deadline, LocalDate.now(clock), clock.instant(),
				currentUsers.actorName());
		consultations.insert(consultation);
		events.publishEvent(new ConsultationEvents.ConsultationSent(consultation.id(), planId, plan.name(), deadline,
				consultation.committees().stream().map(c -> c.id().value()).toList()));
		journal.note(planId, "Consultation", consultation.id().value(), plan.name(), "consultation.history.sent",
				Map.of("deadline", deadline.toString(), "committees", consultation.committees().size()));
		return consultation.id();
	}

	@Transactional
	@PreAuthorize("hasRole('COMMITTEE_REPORTER')")
	void comment(ConsultationId id, CommitteeId committee, ActivityNumber number, Position position,
			@Nullable String text) {
		Consultation consultation = forChange(id);
		requireReporterOf(committee);
		Consultation.Comment comment = consultation.comment(committee, number, position, text, LocalDate.now(clock),
				clock.instant(), currentUsers.actorName());
		consultations.saveComment(id, comment);
		written(consultation, comment, number.toString());
	}

	@Transactional
	@PreAuthorize("hasRole('COMMITTEE_REPORTER')")
	void commentOnWhole(ConsultationId id, CommitteeId committee, @Nullable String text) {
		Consultation consultation = forChange(id);
		requireReporterOf(committee);
		Consultation.Comment comment = consultation.overall(committee, text, LocalDate.now(clock), clock.instant(),
				currentUsers.actorName());
		consultations.saveComment(id, comment);
		written(consultation, comment, null);
	}

	@Transactional
	@PreAuthorize("hasRole('COMMITTEE_REPORTER')")
	void submit(ConsultationId id, CommitteeId committee) {
		Consultation consultation = forChange(id);
		requireReporterOf(committee);
		Consultation.Committee submitted = consultation.submit(committee, LocalDate.now(clock), clock.instant(),
				currentUsers.actorName());
		consultations.saveSubmission(id, submitted);
		events.publishEvent(new ConsultationEvents.AnswerSubmitted(id, consultation.plan(), committee.value(),
				submitted.name()));
		journal.note(consultation.plan(), "Consultation", id.value(), submitted.label(),
				"consultation.history.submitted", null);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	void reply(ConsultationId id, CommentId commentId, @Nullable String reply, boolean draftChanged) {
		Consultation consultation = forChange(id);
		Consultation.Comment comment = consultation.reply(commentId, reply == null ? "" : reply, draftChanged,
				clock.instant(), currentUsers.actorName());
		consultations.saveComment(id, comment);
		String committee = consultation.committee(comment.committee()).map(Consultation.Committee::label).orElse("");
		String activity = activityNumber(consultation, comment);
		events.publishEvent(new ConsultationEvents.CommentReplied(id, consultation.plan(), commentId,
				committee, activity, draftChanged));
		journal.note(consultation.plan(), "ConsultationComment", commentId.value(), label(committee, activity),
				"consultation.history.replied", Map.of("draftChanged", draftChanged));
	}

	@Transactional
	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	void close(ConsultationId id) {
		Consultation consultation = forChange(id);
		consultation.close(clock.instant(), currentUsers.actorName());
		consultations.saveClosing(consultation);
		Consultation.Progress progress = consultation.progress();
		events.publishEvent(new ConsultationEvents.ConsultationClosed(id, consultation.plan(),
				consultation.planName(), progress.answered(), progress.committees()));
		journal.note(consultation.plan(), "Consultation", id.value(), consultation.planName(),
				"consultation.history.closed",
				Map.of("answered", progress.answered(), "committees", progress.committees()));
	}

	private void written(Consultation consultation, Consultation.Comment comment, @Nullable String activity) {
		String committee = consultation.committee(comment.committee()).map(Consultation.Committee::label).orElse("");
		events.publishEvent(new ConsultationEvents.CommentWritten(consultation.id(), consultation.plan(), comment.id(),
				comment.committee().value(), committee, activity, comment.position()));
		journal.note(consultation.plan(), "ConsultationComment", comment.id().value(), label(committee, activity),
				"consultation.history.commented", null);
	}

	private Consultation forChange(ConsultationId id) {
		return consultations.forChange(id).orElseThrow(() -> new NotFoundException("Remissen"));
	}

	/** Only a reporter bound to the committee writes its answer; anyone else is refused as for a page not theirs. */
	private void requireReporterOf(CommitteeId committee) {
		CurrentUser user = currentUsers.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		if (!user.reportsFor(committee.value())) {
			throw new AccessDeniedException("Not your committee's answer");
		}
	}

	static @Nullable String activityNumber(Consultation consultation, Consultation.Comment comment) {
		return comment.activity() == null ? null
				: consultation.activity(comment.activity()).map(a -> a.number().toString()).orElse(null);
	}

	private static String label(String committee, @Nullable String activity) {
		return activity == null ? committee : activity + " · " + committee;
	}

}
