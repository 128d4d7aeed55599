package se.trygghet.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghet.identity.CurrentUser;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.plan.PlanCatalog;
import se.trygghet.system.NotFoundException;
import se.trygghet.system.Refusal;

/** The follow-up's use cases: run a round, write and submit reports, review them. */
@Service
class FollowUp {

	private final ReportingRounds rounds;

	private final Reports reports;

	private final PlanCatalog plans;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Attachments attachments;

	/** Largest file a report may carry, and how many; both say so in the refusal. */
	static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

	static final int MAX_ATTACHMENTS = 20;

	FollowUp(ReportingRounds rounds, Reports reports, PlanCatalog plans, CurrentUsers currentUsers,
			ApplicationEventPublisher events, Clock clock, Attachments attachments) {
		this.attachments = attachments;
		this.rounds = rounds;
		this.reports = reports;
		this.plans = plans;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	@Transactional
	RoundId planRound(ActionPlanId plan, String period, String title, LocalDate opensOn, LocalDate deadline) {
		plans.outline(plan).orElseThrow(() -> new NotFoundException("Planen"));
		if (rounds.periodTaken(plan, period)) {
			throw Refusal.of("followup.round.periodTaken");
		}
		ReportingRound round = ReportingRound.plan(plan, period, title, opensOn, deadline);
		rounds.add(round);
		events.publishEvent(new FollowUpEvents.RoundStateChanged(round.id(), title, round.state(), 0));
		return round.id();
	}

	/** Plans the next period's round of the same plan; opening it will start each report from this round's status. */
	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	@Transactional
	RoundId planNextRound(RoundId previousId, String period, String title, LocalDate opensOn, LocalDate deadline) {
		ReportingRound previous = round(previousId);
		if (rounds.periodTaken(previous.plan(), period)) {
			throw Refusal.of("followup.round.periodTaken");
		}
		ReportingRound round = previous.next(period, title, opensOn, deadline);
		rounds.add(round);
		events.publishEvent(new FollowUpEvents.RoundStateChanged(round.id(), title, round.state(), 0));
		return round.id();
	}

	/**
	 * Opens a round and creates its work from the plan as it stands today: for every activity a report owned by the
	 * lead committee and a contribution from each co-responsible committee.
	 */
	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	@Transactional
	int openRound(RoundId roundId) {
		ReportingRound round = round(roundId);
		round.open(clock.instant());
		PlanCatalog.PlanOutline plan = plans.outline(round.plan()).orElseThrow(() -> new NotFoundException("Planen"));
		Map<String, Report> previous = new HashMap<>();
		if (round.copiedFrom() != null) {
			reports.ofRound(round.copiedFrom())
				.forEach(r -> previous.put(r.activity() + "/" + r.committee(), r));
		}
		int created = 0;
		for (PlanCatalog.ActivityOutline activity : plan.activities()) {
			List<Report> work = new ArrayList<>();
			work.add(Report.start(round.id(), Report.Kind.ACTIVITY_REPORT, activity.id(),
					activity.number(), activity.text(), activity.lead()));
			for (var committee : activity.coResponsible()) {
				work.add(Report.start(round.id(), Report.Kind.CONTRIBUTION, activity.id(),
						activity.number(), activity.text(), committee));
			}
			for (Report report : work) {
				reports.add(report);
				Report last = previous.get(report.activity() + "/" + report.committee());
				if (last != null && last.content().status() != null) {
					report.continueFrom(last);
					reports.save(report, CurrentUsers.SYSTEM, "Startläge från föregående omgång");
				}
				created++;
			}
		}
		rounds.save(round);
		events.publishEvent(
				new FollowUpEvents.RoundStateChanged(round.id(), round.title(), round.state(), created));
		return created;
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	@Transactional
	void closeRound(RoundId roundId) {
		moveRound(roundId, round -> round.close(clock.instant()));
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	@Transactional
	void publishRound(RoundId roundId) {
		moveRound(roundId, round -> round.publish(clock.instant()));
	}

	private void moveRound(RoundId roundId, java.util.function.Consumer<ReportingRound> step) {
		ReportingRound round = round(roundId);
		step.accept(round);
		rounds.save(round);
		events.publishEvent(new FollowUpEvents.RoundStateChanged(round.id(), round.title(), round.state(),
				reports.ofRound(round.id()).size()));
	}

	/** Reads a report the signed-in user may see, or refuses as if it did not exist for others. */
	@Transactional(readOnly = true)
	Report read(ReportId reportId) {
		Report report = report(reportId);
		Report lead = report.kind() == Report.Kind.ACTIVITY_REPORT ? report
				: reports.activityReportOf(report.round(), report.activity()).orElse(report);
		if (!ReportAccess.mayRead(me(), report, lead)) {
			throw new AccessDeniedException("Not your committee's report");
		}
		return report;
	}

	/** The contributions beside a lead's report, for the lead committee and the reviewers. */
	@Transactional(readOnly = true)
	List<Report> contributionsTo(ReportId reportId) {
		Report report = read(reportId);
		return reports.contributionsTo(report);
	}

	@Transactional
	void saveDraft(ReportId reportId, int expectedVersion, ReportContent content) {
		Report report = writable(reportId, expectedVersion);
		requireIndicatorsOfThePlan(report, content);
		report.edit(content);
		reports.save(report, actor(), null);
	}

	/**
	 * Saves a draft while the reporter types. Unchanged text saves nothing (so pauses do not pile up versions); a
	 * newer save by someone else is never overwritten. Returns the report's version after the call.
	 */
	@Transactional
	int autosave(ReportId reportId, int expectedVersion, ReportContent content) {
		Report report = writable(reportId, expectedVersion);
		if (report.content().equals(content)) {
			return report.version();
		}
		requireIndicatorsOfThePlan(report, content);
		report.edit(content);
		reports.save(report, actor(), "Autosparat");
		return expectedVersion + 1;
	}

	/** Refuses anyone but the report's own committee, before a malformed request is even looked at. */
	@Transactional(readOnly = true)
	void requireWriter(ReportId reportId) {
		if (!ReportAccess.mayWrite(me(), report(reportId))) {
			throw new AccessDeniedException("Not your committee's report");
		}
	}

	@Transactional
	void submit(ReportId reportId, int expectedVersion) {
		Report report = writable(reportId, expectedVersion);
		report.submit(clock.instant());
		reports.save(report, actor(), null);
		published(report, "submitted");
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	@Transactional
	void returnReport(ReportId reportId, int expectedVersion, String comment) {
		Report report = reviewable(reportId, expectedVersion);
		report.returnWith(comment);
		reports.save(report, actor(), comment);
		published(report, "returned");
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	@Transactional
	void approve(ReportId reportId, int expectedVersion) {
		Report report = reviewable(reportId, expectedVersion);
		report.approve();
		reports.save(report, actor(), null);
		published(report, "approved");
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	@Transactional
	void reopen(ReportId reportId, int expectedVersion, String reason) {
		Report report = reviewable(reportId, expectedVersion);
		report.reopen(reason);
		reports.save(report, actor(), reason);
		published(report, "reopened");
	}

	/** Indicators the report may point to: those of its round's plan. A forged id is refused, not stored. */
	private void requireIndicatorsOfThePlan(Report report, ReportContent content) {
		if (content.indicators().isEmpty()) {
			return;
		}
		PlanCatalog.PlanOutline plan = plans.outline(round(report.round()).plan())
			.orElseThrow(() -> new NotFoundException("Planen"));
		java.util.Set<se.trygghet.plan.IndicatorId> known = plan.focusAreas()
			.stream()
			.flatMap(f -> f.indicators().stream())
			.map(PlanCatalog.IndicatorOutline::id)
			.collect(java.util.stream.Collectors.toSet());
		if (!known.containsAll(content.indicators())) {
			throw Refusal.of("followup.indicators.unknown");
		}
	}

	/** The files of a report its reader may see. */
	@Transactional(readOnly = true)
	List<Attachments.Attachment> attachmentsOf(ReportId reportId) {
		read(reportId);
		return attachments.ofReport(reportId);
	}

	@Transactional(readOnly = true)
	Attachments.Content attachment(UUID attachmentId) {
		Attachments.Content content = attachments.content(attachmentId)
			.orElseThrow(() -> new NotFoundException("Bilagan"));
		read(content.attachment().report());
		return content;
	}

	/**
	 * Attaches a file to a report its committee is still writing. The content decides the type; a name that claims
	 * another type, an unknown type, an empty or too large file is refused with a message saying which.
	 */
	@Transactional
	UUID attach(ReportId reportId, String originalName, byte[] bytes) {
		Report report = report(reportId);
		if (!ReportAccess.mayWrite(me(), report)) {
			throw new AccessDeniedException("Not your committee's report");
		}
		round(report.round()).requireAcceptingReports(LocalDate.now(clock));
		if (report.state() != ReportState.DRAFT && report.state() != ReportState.RETURNED) {
			throw Refusal.of("followup.attachment.locked");
		}
		if (bytes.length == 0) {
			throw Refusal.of("followup.attachment.empty");
		}
		String filename = AttachmentNames.clean(originalName);
		if (bytes.length > MAX_ATTACHMENT_BYTES) {
			throw Refusal.of("followup.attachment.tooLarge");
		}
		AttachmentType type = AttachmentType.detect(bytes)
			.orElseThrow(() -> Refusal.of("followup.attachment.type"));
		if (!type.fits(filename)) {
			throw Refusal.of("followup.attachment.nameMismatch");
		}
		if (attachments.countOf(reportId) >= MAX_ATTACHMENTS) {
			throw Refusal.of("followup.attachment.tooMany");
		}
		UUID id = UUID.randomUUID();
		attachments.add(id, reportId, filename, type, bytes, actor());
		published(report, "attachment.added");
		return id;
	}

	@Transactional
	void detach(ReportId reportId, UUID attachmentId) {
		Report report = report(reportId);
		if (!ReportAccess.mayWrite(me(), report)) {
			throw new AccessDeniedException("Not your committee's report");
		}
		round(report.round()).requireAcceptingReports(LocalDate.now(clock));
		if (report.state() != ReportState.DRAFT && report.state() != ReportState.RETURNED) {
			throw Refusal.of("followup.attachment.locked");
		}
		Attachments.Attachment attachment = attachments.byId(attachmentId)
			.filter(a -> a.report().equals(reportId))
			.orElseThrow(() -> new NotFoundException("Bilagan"));
		attachments.remove(attachment.id());
		published(report, "attachment.removed");
	}

	private Report writable(ReportId reportId, int expectedVersion) {
		Report report = report(reportId);
		if (!ReportAccess.mayWrite(me(), report)) {
			throw new AccessDeniedException("Not your committee's report");
		}
		round(report.round()).requireAcceptingReports(LocalDate.now(clock));
		requireVersion(report, expectedVersion);
		return report;
	}

	private Report reviewable(ReportId reportId, int expectedVersion) {
		Report report = report(reportId);
		round(report.round()).requireReviewable();
		requireVersion(report, expectedVersion);
		return report;
	}

	private static void requireVersion(Report report, int expectedVersion) {
		if (report.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("Report changed since it was read");
		}
	}

	private void published(Report report, String step) {
		events.publishEvent(new FollowUpEvents.ReportChanged(report.id(), report.activityNumber(), step,
				report.state()));
	}

	private ReportingRound round(RoundId id) {
		return rounds.byId(id).orElseThrow(() -> new NotFoundException("Uppföljningsomgången"));
	}

	private Report report(ReportId id) {
		return reports.byId(id).orElseThrow(() -> new NotFoundException("Rapporten"));
	}

	private CurrentUser me() {
		return currentUsers.current().orElseThrow(() -> new AccessDeniedException("Sign in first"));
	}

	private String actor() {
		return currentUsers.actorName();
	}

}
