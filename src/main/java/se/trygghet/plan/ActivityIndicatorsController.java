package se.trygghet.plan;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghet.system.Forms;

/**
 * The form where a coordinator chooses which of the plan's indicators an activity aims to move besides its focus
 * area's (the page is read from {@link ActivityIndicatorsReadModel}, the change made by {@link ActivityAimsEditing}).
 * Its own controller and template, apart from the activity's text and committees.
 */
@Controller
@RequestMapping("/plans")
class ActivityIndicatorsController {

	static final String VIEW = "plan/activity-indicators";

	private final ActivityIndicatorsReadModel pages;

	private final ActivityAimsEditing editing;

	ActivityIndicatorsController(ActivityIndicatorsReadModel pages, ActivityAimsEditing editing) {
		this.pages = pages;
		this.editing = editing;
	}

	public record IndicatorsForm(@Nullable List<UUID> indicators) {

		public List<String> chosen() {
			return Forms.chosen(indicators);
		}

	}

	@GetMapping("/{key}/activities/{number}/indicators")
	String form(@PathVariable String key, @PathVariable ActivityNumber number, Model model) {
		model.addAllAttributes(pages.formPage(key, number));
		model.addAttribute("form", new IndicatorsForm(pages.named(key, number)));
		return VIEW;
	}

	@PostMapping("/{key}/activities/{number}/indicators")
	String choose(@PathVariable String key, @PathVariable ActivityNumber number,
			@Valid @ModelAttribute("form") IndicatorsForm form, BindingResult bound, Model model,
			RedirectAttributes redirect) {
		BindingResult errors = Forms.errors(form, bound, model);
		if (!errors.hasErrors() && Forms.attempt(errors, () -> editing.choose(key, number,
				Forms.distinct(form.indicators()).stream().map(IndicatorId::new).toList()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/plans/" + key + "/activities/" + number;
		}
		model.addAllAttributes(pages.formPage(key, number));
		return VIEW;
	}

}
