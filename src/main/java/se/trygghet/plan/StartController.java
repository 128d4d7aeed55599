package se.trygghet.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.trygghet.identity.CurrentUser;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.identity.Role;

/**
 * The start page differs by role: a coordinator sees what needs attention in the current plan, a reporter the
 * activities of their committees, an admin the administration, everyone else the plan; visitors who are not signed in
 * see what the platform is and where the open data is.
 */
@Controller
class StartController {

	private final PlanViews views;

	private final PlanHistory history;

	private final CurrentUsers currentUsers;

	StartController(PlanViews views, PlanHistory history, CurrentUsers currentUsers) {
		this.views = views;
		this.history = history;
		this.currentUsers = currentUsers;
	}

	@GetMapping("/")
	String start(Model model) {
		Optional<CurrentUser> me = currentUsers.current();
		List<PlanViews.PlanSummary> plans = views.summaries();
		model.addAttribute("plans", plans);
		if (me.isEmpty()) {
			return "start/public";
		}
		CurrentUser user = me.get();
		if (user.roles().stream().allMatch(role -> role == Role.FIELD_REPORTER)) {
			// field staff have one job here: reporting what they see, usually from a phone
			return "start/field";
		}
		if (user.has(Role.PARTNER)) {
			// partners see only what is shared with their organisation; the modules that share add their links
			return "start/partner";
		}
		Optional<PlanView> current = plans.stream()
			.filter(p -> p.state() == PlanState.ADOPTED)
			.findFirst()
			.or(() -> plans.stream().findFirst())
			.flatMap(p -> views.byId(p.id()));
		model.addAttribute("current", current.orElse(null));
		current.ifPresent(plan -> {
			model.addAttribute("unconfirmedLeads",
					plan.activities().stream().filter(a -> !a.leadConfirmed()).toList());
			if (user.hasAny(Role.COORDINATOR, Role.ADMIN)) {
				model.addAttribute("recentChanges", history.forPlan(plan.id(), 10));
			}
			if (user.has(Role.COMMITTEE_REPORTER)) {
				model.addAttribute("myActivities", plan.activities()
					.stream()
					.filter(a -> a.committees().stream().anyMatch(c -> user.committeeIds().contains(c.committeeId())))
					.toList());
				model.addAttribute("myCommittees",
						plan.committees().stream().filter(c -> user.committeeIds().contains(c.id())).toList());
			}
		});
		return "start/internal";
	}

}
