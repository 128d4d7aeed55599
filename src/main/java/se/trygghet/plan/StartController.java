package se.trygghet.plan;

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

	private final PlanPages pages;

	private final CurrentUsers currentUsers;

	StartController(PlanPages pages, CurrentUsers currentUsers) {
		this.pages = pages;
		this.currentUsers = currentUsers;
	}

	@GetMapping("/")
	String start(Model model) {
		Optional<CurrentUser> me = currentUsers.current();
		model.addAllAttributes(pages.plans());
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
		model.addAllAttributes(pages.start(user));
		return "start/internal";
	}

}
