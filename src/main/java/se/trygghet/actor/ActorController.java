package se.trygghet.actor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

	public record ActorForm(@NotBlank @Size(max = Actor.MAX_NAME) String name, @NotNull ActorType type,
			@Nullable String description) {

		static ActorForm empty() {
			return new ActorForm("", null, "");
		}

	}

	@GetMapping(PATH)
	String actors(Model model) {
		model.addAttribute("actorForm", ActorForm.empty());
		return show(model);
	}

	@PostMapping(PATH)
	@IdempotentForm
	String register(@Valid @ModelAttribute("actorForm") ActorForm form, BindingResult bound, Model model,
			RedirectAttributes redirect) {
		BindingResult errors = Forms.errors(form, bound, model);
		if (errors.hasErrors() || !Forms.attempt(errors,
				() -> catalog.register(form.name(), form.type(), form.description()))) {
			return show(model);
		}
		redirect.addFlashAttribute("registered", form.name() == null ? "" : form.name().strip());
		return "redirect:" + PATH;
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
