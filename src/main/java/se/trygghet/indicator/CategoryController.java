package se.trygghet.indicator;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
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
import se.trygghet.indicator.IndicatorCatalog.Option;
import se.trygghet.system.Forms;
import se.trygghet.system.IdempotentForm;

/** The categories values are broken down by, and a form to add one (ADMIN). */
@Controller
class CategoryController {

	static final String PATH = "/admin/indicator-categories";

	private static final String VIEW = "indicator/categories";

	private final IndicatorCatalog catalog;

	private final CategoryAdministration administration;

	CategoryController(IndicatorCatalog catalog, CategoryAdministration administration) {
		this.catalog = catalog;
		this.administration = administration;
	}

	/**
	 * A new category; {@code options} has one option a line, written {@code key | Svenskt namn | English name}.
	 */
	public record CategoryForm(@Nullable String key, @Nullable String name, @Nullable String nameEn, @Nullable String options) {

		static CategoryForm empty() {
			return new CategoryForm("", "", "", "");
		}

	}

	@GetMapping(PATH)
	String categories(Model model) {
		model.addAttribute("form", CategoryForm.empty());
		return show(model);
	}

	@PostMapping(PATH)
	@IdempotentForm
	String add(@ModelAttribute("form") CategoryForm form, BindingResult bound, Model model,
			RedirectAttributes redirect) {
		BindingResult errors = Forms.errors(form, bound, model);
		List<Option> options = new ArrayList<>();
		for (String line : text(form.options()).strip().split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split("\\|", -1);
			if (parts.length != 3) {
				// every line that is not written as asked, not just the first
				errors.rejectValue("options", "indicator.category.option.format", new Object[] { line.strip() }, null);
				continue;
			}
			options.add(new Option(parts[0].strip(), parts[1].strip(), parts[2].strip()));
		}
		if (errors.hasErrors()) {
			// the lines that could be read and the other fields are checked too, so that every problem shows at once
			Forms.attempt(errors,
					() -> administration.check(text(form.key()), text(form.name()), text(form.nameEn()), options));
			return show(model);
		}
		if (!Forms.attempt(errors,
				() -> administration.add(text(form.key()), text(form.name()), text(form.nameEn()), options))) {
			return show(model);
		}
		redirect.addFlashAttribute("added", text(form.key()).strip());
		return "redirect:" + PATH;
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	private String show(Model model) {
		model.addAttribute("categories", catalog.categories());
		return VIEW;
	}

	@Component
	static class Rules implements HttpAuthorizationRules {

		@Override
		public void configure(
				AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
			rules.requestMatchers(PATH).hasRole(Role.ADMIN.name());
		}

	}

}
