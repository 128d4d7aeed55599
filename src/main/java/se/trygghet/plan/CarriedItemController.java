package se.trygghet.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
 * What becomes of the focus areas, goals and indicators a draft of the next plan carried over: each has a page
 * (reached from the comparison) where the coordinator changes its copy in the draft or ends it with a reason. Pages
 * come from {@link NextPlanPages}; the choices go through {@link NextPlanDrafting}, whose refusals show on the fields.
 */
@Controller
@RequestMapping("/plans/{key}/succession")
class CarriedItemController {

	private static final String VIEW = "plan/carried-item";

	private final NextPlanPages pages;

	private final NextPlanDrafting drafting;

	CarriedItemController(NextPlanPages pages, NextPlanDrafting drafting) {
		this.pages = pages;
		this.drafting = drafting;
	}

	/** Ending a carried item; the reason is required by the domain, which says so on the field. */
	record EndForm(@Nullable @Size(max = 4000) String reason) {
	}

	/** {@code newSeries} is absent when its checkbox is not ticked. */
	record IndicatorForm(@Nullable @Size(max = 500) String name, @Nullable @Size(max = 100) String unit,
			@NotNull Direction direction, @Nullable @Size(max = 4000) String definition, @Nullable Boolean newSeries) {

		static IndicatorForm of(@Nullable Object copy) {
			return copy instanceof PlanView.IndicatorView i
					? new IndicatorForm(i.name(), i.unit(), i.direction(), i.definition(), false)
					: new IndicatorForm("", "", Direction.INCREASE, null, false);
		}

	}

	record GoalForm(@Nullable @Size(max = 2000) String text) {

		static GoalForm of(@Nullable Object copy) {
			return new GoalForm(copy instanceof PlanView.GoalView g ? g.text() : "");
		}

	}

	record FocusAreaForm(@Nullable @Size(max = 500) String title, @Nullable @Size(max = 20000) String description) {

		static FocusAreaForm of(@Nullable Object copy) {
			return copy instanceof PlanView.FocusAreaView f ? new FocusAreaForm(f.title(), f.description())
					: new FocusAreaForm("", null);
		}

	}

	@GetMapping("/indicators/{id}")
	String initIndicatorForm(@PathVariable String key, @PathVariable String id, Model model) {
		var page = pages.carriedItem(key, CarriedItems.Kind.INDICATOR, id);
		return show(model, page.model(), IndicatorForm.of(page.model().get("copy")), new EndForm(""));
	}

	@PostMapping("/indicators/{id}")
	String processIndicatorForm(@PathVariable String key, @PathVariable String id,
			@Valid @ModelAttribute("form") IndicatorForm form, BindingResult bound, Model model,
			RedirectAttributes redirect) {
		var page = pages.carriedItem(key, CarriedItems.Kind.INDICATOR, id);
		BindingResult errors = Forms.errors(form, bound, model);
		if (!errors.hasErrors() && Forms.attempt(errors, () -> drafting.changeIndicator(key,
				new IndicatorId(page.item().item()), form.name(), form.unit(), form.direction(), form.definition(),
				Boolean.TRUE.equals(form.newSeries())))) {
			return saved(key, page.item(), redirect);
		}
		return show(model, page.model(), null, new EndForm(""));
	}

	@PostMapping("/indicators/{id}/end")
	String endIndicator(@PathVariable String key, @PathVariable String id,
			@Valid @ModelAttribute("endForm") EndForm form, BindingResult bound, Model model,
			RedirectAttributes redirect) {
		var page = pages.carriedItem(key, CarriedItems.Kind.INDICATOR, id);
		BindingResult errors = Forms.errors(form, bound, model);
		if (!errors.hasErrors() && Forms.attempt(errors,
				() -> drafting.endIndicator(key, new IndicatorId(page.item().item()), form.reason()))) {
			return saved(key, page.item(), redirect);
		}
		return show(model, page.model(), IndicatorForm.of(page.model().get("copy")), null);
	}

	@GetMapping("/goals/{id}")
	String initGoalForm(@PathVariable String key, @PathVariable String id, Model model) {
		var page = pages.carriedItem(key, CarriedItems.Kind.GOAL, id);
		return show(model, page.model(), GoalForm.of(page.model().get("copy")), new EndForm(""));
	}

	@PostMapping("/goals/{id}")
	String processGoalForm(@PathVariable String key, @PathVariable String id,
			@Valid @ModelAttribute("form") GoalForm form, BindingResult bound, Model model,
			RedirectAttributes redirect) {
		var page = pages.carriedItem(key, CarriedItems.Kind.GOAL, id);
		BindingResult errors = Forms.errors(form, bound, model);
		if (!errors.hasErrors()
				&& Forms.attempt(errors, () -> drafting.changeGoal(key, page.item().item(), form.text()))) {
			return saved(key, page.item(), redirect);
		}
		return show(model, page.model(), null, new EndForm(""));
	}

	@PostMapping("/goals/{id}/end")
	String endGoal(@PathVariable String key, @PathVariable String id, @Valid @ModelAttribute("endForm") EndForm form,
			BindingResult bound, Model model, RedirectAttributes redirect) {
		var page = pages.carriedItem(key, CarriedItems.Kind.GOAL, id);
		BindingResult errors = Forms.errors(form, bound, model);
		if (!errors.hasErrors()
				&& Forms.attempt(errors, () -> drafting.endGoal(key, page.item().item(), form.reason()))) {
			return saved(key, page.item(), redirect);
		}
		return show(model, page.model(), GoalForm.of(page.model().get("copy")), null);
	}

	@GetMapping("/focus-areas/{number}")
	String initFocusAreaForm(@PathVariable String key, @PathVariable String number, Model model) {
		var page = pages.carriedItem(key, CarriedItems.Kind.FOCUS_AREA, number);
		return show(model, page.model(), FocusAreaForm.of(page.model().get("copy")), new EndForm(""));
	}

	@PostMapping("/focus-areas/{number}")
	String processFocusAreaForm(@PathVariable String key, @PathVariable String number,
			@Valid @ModelAttribute("form") FocusAreaForm form, BindingResult bound, Model model,
			RedirectAttributes redirect) {
		var page = pages.carriedItem(key, CarriedItems.Kind.FOCUS_AREA, number);
		BindingResult errors = Forms.errors(form, bound, model);
		if (!errors.hasErrors() && Forms.attempt(errors,
				() -> drafting.changeFocusArea(key, page.item().item(), form.title(), form.description()))) {
			return saved(key, page.item(), redirect);
		}
		return show(model, page.model(), null, new EndForm(""));
	}

	@PostMapping("/focus-areas/{number}/end")
	String endFocusArea(@PathVariable String key, @PathVariable String number,
			@Valid @ModelAttribute("endForm") EndForm form, BindingResult bound, Model model,
			RedirectAttributes redirect) {
		var page = pages.carriedItem(key, CarriedItems.Kind.FOCUS_AREA, number);
		BindingResult errors = Forms.errors(form, bound, model);
		if (!errors.hasErrors()
				&& Forms.attempt(errors, () -> drafting.endFocusArea(key, page.item().item(), form.reason()))) {
			return saved(key, page.item(), redirect);
		}
		return show(model, page.model(), FocusAreaForm.of(page.model().get("copy")), null);
	}

	/** The page with both forms; the one just posted (null here) is already in the model with its errors. */
	private static String show(Model model, java.util.Map<String, Object> pageModel, @Nullable Object form,
			@Nullable EndForm endForm) {
		model.addAllAttributes(pageModel);
		if (form != null) {
			model.addAttribute("form", form);
		}
		if (endForm != null) {
			model.addAttribute("endForm", endForm);
		}
		return VIEW;
	}

	private static String saved(String key, PlanLineage.ItemFate fate, RedirectAttributes redirect) {
		redirect.addFlashAttribute("itemChosen", fate.text());
		return "redirect:/plans/" + key + "/comparison";
	}

}
