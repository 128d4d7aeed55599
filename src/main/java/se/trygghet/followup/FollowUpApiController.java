package se.trygghet.followup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.trygghet.identity.CurrentUser;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.identity.Role;
import se.trygghet.system.NotFoundException;

/** Follow-up rounds as open data: published rounds for anyone, all rounds for staff who read everything. */
@RestController
@RequestMapping(path = "/api/v1/rounds", produces = "application/json")
@Tag(name = "Follow-up", description = "Yearly reporting rounds and the committees' reports on the plan's activities")
class FollowUpApiController {

	private final FollowUpViews views;

	private final RoundReportItems items;

	private final CurrentUsers currentUsers;

	FollowUpApiController(FollowUpViews views, RoundReportItems items, CurrentUsers currentUsers) {
		this.views = views;
		this.items = items;
		this.currentUsers = currentUsers;
	}

	/** Progress counted as on the round's page: lead committees' reports and contributions apart. */
	public record Round(RoundId id, String planKey, String period, String title, LocalDate opensOn, LocalDate deadline,
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

	@GetMapping
	@Operation(summary = "List rounds", description = "Published rounds for everyone; all rounds for staff.")
	List<Round> rounds() {
		return views.rounds(!readsEverything()).stream().map(Round::of).toList();
	}

	@GetMapping("/{id}/reports")
	@Operation(summary = "The reports of a round",
			description = "Public once the round is published, and then only the approved reports of the lead "
					+ "committees; staff who read everything get every report and contribution in any state. In the "
					+ "plan's last round, once the next plan is adopted, each report says whether that plan ends the "
					+ "activity or merges it into another (nextPlan).")
	List<RoundReportItems.ReportItem> reports(@PathVariable RoundId id) {
		return items.of(id, readsEverything()).orElseThrow(() -> new NotFoundException("Omgången"));
	}

	/** Reporters see their own work on the pages, not every committee's drafts through the API. */
	private boolean readsEverything() {
		return currentUsers.current()
			.map((CurrentUser user) -> user.hasAny(Role.ADMIN, Role.COORDINATOR, Role.ANALYST, Role.VIEWER))
			.orElse(false);
	}

}
