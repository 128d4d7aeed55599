package se.trygghet.help;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.trygghet.identity.CurrentUsers;

/** The help pages for staff under {@value HelpPages#STAFF} and for residents under {@value HelpPages#PUBLIC}. */
@Controller
class HelpController {

	private final HelpPages pages;

	private final CurrentUsers users;

	HelpController(HelpPages pages, CurrentUsers users) {
		this.pages = pages;
		this.users = users;
	}

	@GetMapping(HelpPages.STAFF)
	String index(Model model, Locale locale) {
		model.addAttribute("help", pages.index(users.current().orElse(null), false, locale));
		return "help/index";
	}

	@GetMapping(HelpPages.STAFF + "/{topic}")
	String topic(@PathVariable String topic, Model model, Locale locale) {
		model.addAttribute("page", pages.page(topic, false, locale));
		return "help/topic";
	}

	@GetMapping(HelpPages.PUBLIC)
	String publicIndex(Model model, Locale locale) {
		model.addAttribute("help", pages.index(null, true, locale));
		return "help/public-index";
	}

	@GetMapping(HelpPages.PUBLIC + "/{topic}")
	String publicTopic(@PathVariable String topic, Model model, Locale locale) {
		model.addAttribute("page", pages.page(topic, true, locale));
		return "help/public-topic";
	}

}
