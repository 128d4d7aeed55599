package se.trygghet.plan;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.trygghet.identity.CurrentUser;
import se.trygghet.identity.CurrentUsers;

/**
 * The start page: visitors who are not signed in see what the platform is and where the open data is; a signed-in
 * person sees, for each of their roles, what needs them now ({@link StartPage}, from every module's
 * {@link se.trygghet.identity.StartSections}).
 */
@Controller
class StartController {

	private final PlanPages pages;

	private final StartPage startPage;

	private final CurrentUsers currentUsers;

	StartController(PlanPages pages, StartPage startPage, CurrentUsers currentUsers) {
		this.pages = pages;
		this.startPage = startPage;
		this.currentUsers = currentUsers;
	}

	@GetMapping("/")
	String start(Model model, Locale locale) {
		Optional<CurrentUser> me = currentUsers.current();
		if (me.isEmpty()) {
			model.addAllAttributes(pages.plans());
			return "start/public";
		}
		model.addAttribute("sections", startPage.view(me.get(), locale));
		return "start/home";
	}

}
