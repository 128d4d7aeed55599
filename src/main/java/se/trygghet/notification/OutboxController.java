package se.trygghet.notification;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.trygghet.identity.HttpAuthorizationRules;
import se.trygghet.identity.Role;

/** The outbox page: what the platform has mailed, or would have mailed without an SMTP server (ADMIN). */
@Controller
class OutboxController {

	private final Notices notices;

	OutboxController(Notices notices) {
		this.notices = notices;
	}

	@GetMapping("/admin/outbox")
	String outbox(Model model) {
		model.addAttribute("entries", notices.latest(200));
		return "notification/outbox";
	}

	@Component
	static class Rules implements HttpAuthorizationRules {

		@Override
		public void configure(
				AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
			rules.requestMatchers("/admin/outbox").hasRole(Role.ADMIN.name());
		}

	}

}
