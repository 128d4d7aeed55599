package se.trygghet.followup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.trygghet.identity.CurrentUser;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.identity.Role;
import se.trygghet.plan.ActivityNumber;
import se.trygghet.system.NotFoundException;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.ToStringSerializer;

/** Follow-up rounds as open data: published rounds for anyone, all rounds for staff who read everything. */
@RestController
@RequestMapping(path = "/api/v1/rounds", produces = "application/json")
@Tag(name = "Follow-up", description = "Yearly reporting rounds and the committees' reports on the plan's activities")
class FollowUpApiController {

	private final FollowUpViews views;

	private final Reports reports;

	private final CurrentUsers currentUsers;

	FollowUpApiController(FollowUpViews views, Reports reports, CurrentUsers currentUsers) {
		this.views = views;
		this.reports = reports;
		this.currentUsers = currentUsers;
	}

	/** Progress counted as on the round's page: lead committees' reports and contributions apart. */
	record Round(RoundId id, String planKey, String period, String title, LocalDate opensOn, LocalDate deadline,
			RoundState state,
			@Schema(description = "reports of the lead committees, one per activity") int reports,
			@Schema(description = "of those, submitted and waiting for review") int submitted,
			@Schema(description = "of those, approved") int approved,
			@Schema(description = "contributions of co-responsible committees") int contributions,
			@Schema(description = "of those, submitted") int contributionsSubmitted,
			@Schema(description = "of those, approved") int contributionsApproved,
			@Schema(description = "true for rounds invented for the demo") boolean demo) {

		static Round of(FollowUpViews.RoundRow r) {
			return new Round(r.id(), r.planKey(), r.period(), r.title(), r.opensOn(), r.deadline(), r.state(),
					r.reports().total(), r.reports().submitted(), r.reports().approved(), r.contributions().total(),
					r.contributions().submitted(), r.contributions().approved(), r.demo());
		}

	}

	record ReportItem(
			@JsonSerialize(using = ToStringSerializer.class) @Schema(type = "string", example = "2.3",
					description = "the activity's number as the plan prints it") ActivityNumber activityNumber,
			String activityText, String committee, String kind, ReportState state,
			@Nullable ActivityStatus status, @Nullable String statusReason, @Nullable String done,
			@Nullable String effects, @Nullable String nextSteps, @Nullable GoalContribution assessment,
			@Schema(description = "what the report says about the child-rights and gender-equality perspectives and "
					+ "other groupings; childrenConsulted is null when the report does not say") Perspectives perspectives,
			@Schema(description = "true when the round was invented for the demo") boolean demo) {
	}

	@GetMapping
	@Operation(summary = "List rounds", description = "Published rounds for everyone; all rounds for staff.")
	List<Round> rounds() {
		return views.rounds(!readsEverything()).stream().map(Round::of).toList();
	}

	@GetMapping("/{id}/reports")
	@Operation(summary = "The reports of a round",
			description = "Public once the round is published, and then only the approved reports of the lead "
					+ "committees; staff who read everything get every report and contribution in any state.")
	List<ReportItem> reports(@PathVariable RoundId id) {
		boolean everything = readsEverything();
		FollowUpViews.RoundRow round = views.round(id)
			.filter(r -> r.state() == RoundState.PUBLISHED || everything)
			.orElseThrow(() -> new NotFoundException("Omgången"));
		Map<UUID, String> committees = views.committeeNames();
		return reports.ofRound(round.id())
			.stream()
			.filter(r -> everything || (r.kind() == Report.Kind.ACTIVITY_REPORT && r.state() == ReportState.APPROVED))
			.map(r -> new ReportItem(r.activityNumber(), r.activityText(), committees.get(r.committee().value()),
					r.kind().name(), r.state(), r.content().status(), r.content().statusReason(), r.content().done(),
					r.content().effects(), r.content().nextSteps(), r.content().assessment(),
					r.content().perspectives(), round.demo()))
			.toList();
	}

	/** Reporters see their own work on the pages, not every committee's drafts through the API. */
	private boolean readsEverything() {
		return currentUsers.current()
			.map((CurrentUser user) -> user.hasAny(Role.ADMIN, Role.COORDINATOR, Role.ANALYST, Role.VIEWER))
			.orElse(false);
	}

}
