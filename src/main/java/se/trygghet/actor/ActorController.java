package se.trygghet.actor;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghet.identity.HttpAuthorizationRules;
import se.trygghet.identity.Role;
import se.trygghet.system.Forms;
import se.trygghet.system.IdempotentForm;
import se.trygghet.system.Refusal;

/** The list of actors for every internal reader, and a form to register one for coordinators. */
@Controller
class ActorController {

	static final String PATH = "/actors";

	private final ActorCatalog catalog;

	private final se.trygghet.identity.CurrentUsers currentUsers;

	ActorController(ActorCatalog catalog, se.trygghet.identity.CurrentUsers currentUsers) {
		this.catalog = catalog;
		this.currentUsers = currentUsers;
	}

	record ActorForm(@Nullable String name, @Nullable String type, @Nullable String description) {

		static ActorForm empty() {
			return new ActorForm("", "", "");
		}

	}

	@GetMapping(PATH)
	String actors(Model model) {
		model.addAttribute("form", ActorForm.empty());
		return show(model);
	}

	@PostMapping(PATH)
	@IdempotentForm
	String register(@ModelAttribute("form") ActorForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		ActorForm posted = Forms.recover(form, errors, model, ActorForm::empty);
		if (errors.hasErrors() || posted != form) {
			return show(model);
		}
		ActorType type = parse(form.type());
		if (form.name() == null || form.name().isBlank()) {
			errors.rejectValue("name", "actor.name.invalid");
		}
		if (type == null) {
			errors.rejectValue("type", "actor.type.required");
		}
		if (type == null || errors.hasErrors()) {
			return show(model);
		}
		try {
			catalog.register(form.name() == null ? "" : form.name(), type, form.description());
		}
		catch (Refusal refusal) {
			Forms.reject(errors, refusal);
			return show(model);
		}
		redirect.addFlashAttribute("registered", form.name() == null ? "" : form.name().strip());
		return "redirect:" + PATH;
	}

	private static @Nullable ActorType parse(@Nullable String type) {
		for (ActorType candidate : ActorType.values()) {
			if (candidate.name().equals(type)) {
				return candidate;
			}
		}
		return null;
	}

	private String show(Model model) {
		model.addAttribute("actors", catalog.all());
		model.addAttribute("types", ActorType.values());
		model.addAttribute("mayRegister",
				currentUsers.current().map(user -> user.hasAny(Role.COORDINATOR, Role.ADMIN)).orElse(false));
		return "actor/actors";
	}

	@Component
	static class Rules implements HttpAuthorizationRules {

		@Override
		public void configure(
				AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
			rules.requestMatchers(HttpMethod.GET, PATH).hasAnyRole(Role.internalReaders());
			rules.requestMatchers(HttpMethod.POST, PATH).hasAnyRole(Role.COORDINATOR.name(), Role.ADMIN.name());
		}

	}

}
