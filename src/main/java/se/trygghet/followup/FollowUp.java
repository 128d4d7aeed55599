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

/** The follow-up's use cases: run a round, write and submit reports, review them. */
@Service
class FollowUp {

	private final ReportingRounds rounds;

	private final Reports reports;

	private final PlanCatalog plans;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FollowUp(ReportingRounds rounds, Reports reports, PlanCatalog plans, CurrentUsers currentUsers,
			ApplicationEventPublisher events, Clock clock) {
		this.rounds = rounds;
		this.reports = reports;
		this.plans = plans;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	@Transactional
	UUID planRound(ActionPlanId plan, String period, String title, LocalDate opensOn, LocalDate deadline) {
		plans.outline(plan).orElseThrow(() -> new NotFoundException("Planen"));
		if (rounds.periodTaken(plan, period)) {
			throw new FollowUpRefusal("followup.round.periodTaken");
		}
		ReportingRound round = ReportingRound.plan(plan, period, title, opensOn, deadline);
		rounds.add(round);
		events.publishEvent(new FollowUpEvents.RoundStateChanged(round.id().toString(), title, round.state(), 0));
		return round.id();
	}

	/** Plans the next period's round of the same plan; opening it will start each report from this round's status. */
	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	@Transactional
	UUID planNextRound(UUID previousId, String period, String title, LocalDate opensOn, LocalDate deadline) {
		ReportingRound previous = round(previousId);
		if (rounds.periodTaken(previous.plan(), period)) {
			throw new FollowUpRefusal("followup.round.periodTaken");
		}
		ReportingRound round = previous.next(period, title, opensOn, deadline);
		rounds.add(round);
		events.publishEvent(new FollowUpEvents.RoundStateChanged(round.id().toString(), title, round.state(), 0));
		return round.id();
	}

	/**
	 * Opens a round and creates its work from the plan as it stands today: for every activity a report owned by the
	 * lead committee and a contribution from each co-responsible committee.
	 */
	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	@Transactional
	int openRound(UUID roundId) {
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
					activity.number().toString(), activity.text(), activity.lead()));
			for (var committee : activity.coResponsible()) {
				work.add(Report.start(round.id(), Report.Kind.CONTRIBUTION, activity.id(),
						activity.number().toString(), activity.text(), committee));
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
				new FollowUpEvents.RoundStateChanged(round.id().toString(), round.title(), round.state(), created));
		return created;
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	@Transactional
	void closeRound(UUID roundId) {
		moveRound(roundId, round -> round.close(clock.instant()));
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	@Transactional
	void publishRound(UUID roundId) {
		moveRound(roundId, round -> round.publish(clock.instant()));
	}

	private void moveRound(UUID roundId, java.util.function.Consumer<ReportingRound> step) {
		ReportingRound round = round(roundId);
		step.accept(round);
		rounds.save(round);
		events.publishEvent(new FollowUpEvents.RoundStateChanged(round.id().toString(), round.title(), round.state(),
				reports.ofRound(round.id()).size()));
	}

	/** Reads a report the signed-in user may see, or refuses as if it did not exist for others. */
	@Transactional(readOnly = true)
	Report read(UUID reportId) {
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
	List<Report> contributionsTo(UUID reportId) {
		Report report = read(reportId);
		return reports.contributionsTo(report);
	}

	@Transactional
	void saveDraft(UUID reportId, int expectedVersion, ReportContent content) {
		Report report = writable(reportId, expectedVersion);
		report.edit(content);
		reports.save(report, actor(), null);
	}

	@Transactional
	void submit(UUID reportId, int expectedVersion) {
		Report report = writable(reportId, expectedVersion);
		report.submit(clock.instant());
		reports.save(report, actor(), null);
		published(report, "submitted");
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	@Transactional
	void returnReport(UUID reportId, int expectedVersion, String comment) {
		Report report = reviewable(reportId, expectedVersion);
		report.returnWith(comment);
		reports.save(report, actor(), comment);
		published(report, "returned");
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	@Transactional
	void approve(UUID reportId, int expectedVersion) {
		Report report = reviewable(reportId, expectedVersion);
		report.approve();
		reports.save(report, actor(), null);
		published(report, "approved");
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	@Transactional
	void reopen(UUID reportId, int expectedVersion, String reason) {
		Report report = reviewable(reportId, expectedVersion);
		report.reopen(reason);
		reports.save(report, actor(), reason);
		published(report, "reopened");
	}

	private Report writable(UUID reportId, int expectedVersion) {
		Report report = report(reportId);
		if (!ReportAccess.mayWrite(me(), report)) {
			throw new AccessDeniedException("Not your committee's report");
		}
		round(report.round()).requireAcceptingReports(LocalDate.now(clock));
		requireVersion(report, expectedVersion);
		return report;
	}

	private Report reviewable(UUID reportId, int expectedVersion) {
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
		events.publishEvent(new FollowUpEvents.ReportChanged(report.id().toString(), report.activityNumber(), step,
				report.state()));
	}

	private ReportingRound round(UUID id) {
		return rounds.byId(id).orElseThrow(() -> new NotFoundException("Uppföljningsomgången"));
	}

	private Report report(UUID id) {
		return reports.byId(id).orElseThrow(() -> new NotFoundException("Rapporten"));
	}

	private CurrentUser me() {
		return currentUsers.current().orElseThrow(() -> new AccessDeniedException("Sign in first"));
	}

	private String actor() {
		return currentUsers.actorName();
	}

}
