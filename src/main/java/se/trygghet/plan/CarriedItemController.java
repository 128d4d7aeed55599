package se.trygghet.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
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
import se.trygghet.plan.NextPlanPages.CarriedItemPage;
import se.trygghet.plan.NextPlanPages.DraftCopy;
import se.trygghet.system.Forms;

/**
 * What becomes of the focus areas, goals and indicators a draft of the next plan carried over: each has a page
 * (reached from the comparison and from the draft's own page) where the coordinator changes its copy in the draft or
 * ends it with a reason. The kind is the URL's segment ({@code indicators}, {@code goals}, {@code focus-areas}),
 * bound as {@link CarriedItems.Kind}; the item is an id, or a focus area's number. Pages come from
 * {@link NextPlanPages}; the choices go through {@link NextPlanDrafting}, whose refusals show on the fields.
 */
@Controller
@RequestMapping("/plans/{key}/succession/{kind}/{item}")
class CarriedItemController {

	private static final String VIEW = "plan/carried-item";

	private final NextPlanPages pages;

	private final NextPlanDrafting drafting;

	CarriedItemController(NextPlanPages pages, NextPlanDrafting drafting) {
		this.pages = pages;
		this.drafting = drafting;
	}

	/** Ending a carried item; the reason is required by the domain, which says so on the field. */
	public record EndForm(@Nullable @Size(max = 4000) String reason) {
	}

	/**
	 * A change of a carried item's copy: the fields of its kind are read (an indicator's name, unit, direction,
	 * definition and whether a new series starts — absent when its checkbox is not ticked —, a goal's text, a focus
	 * area's title and description); the others are absent.
	 */
	public record ChangeForm(@Nullable @Size(max = 500) String name, @Nullable @Size(max = 100) String unit,
			@Nullable Direction direction, @Nullable @Size(max = 4000) String definition, @Nullable Boolean newSeries,
			@Nullable @Size(max = 2000) String text, @Nullable @Size(max = 500) String title,
			@Nullable @Size(max = 20000) String description) {

		/** The form as the copy in the draft stands (empty, for an item no longer carried). */
		static ChangeForm of(@Nullable DraftCopy copy) {
			if (copy instanceof DraftCopy.OfIndicator i) {
				return new ChangeForm(i.indicator().name(), i.indicator().unit(), i.indicator().direction(),
						i.indicator().definition(), false, null, null, null);
			}
			if (copy instanceof DraftCopy.OfGoal g) {
				return new ChangeForm(null, null, null, null, null, g.goal().text(), null, null);
			}
			if (copy instanceof DraftCopy.OfFocusArea f) {
				return new ChangeForm(null, null, null, null, null, null, f.focusArea().title(),
						f.focusArea().description());
			}
			return new ChangeForm("", "", Direction.INCREASE, null, false, "", "", null);
		}

	}

	@GetMapping
	String show(@PathVariable String key, @PathVariable CarriedItems.Kind kind, @PathVariable String item,
			Model model) {
		CarriedItemPage page = pages.carriedItem(key, kind, item);
		return show(model, page, ChangeForm.of(page.copy()), new EndForm(""));
	}

	@PostMapping
	String change(@PathVariable String key, @PathVariable CarriedItems.Kind kind, @PathVariable String item,
			@Valid @ModelAttribute("form") ChangeForm form, BindingResult bound, Model model,
			RedirectAttributes redirect) {
		CarriedItemPage page = pages.carriedItem(key, kind, item);
		BindingResult errors = Forms.errors(form, bound, model);
		if (kind == CarriedItems.Kind.INDICATOR && form.direction() == null && !errors.hasFieldErrors("direction")) {
			errors.rejectValue("direction", "NotNull");
		}
		UUID previous = page.fate().item();
		if (!errors.hasErrors() && Forms.attempt(errors, () -> {
			switch (kind) {
				case INDICATOR -> drafting.changeIndicator(key, new IndicatorId(previous), form.name(), form.unit(),
						form.direction(), form.definition(), Boolean.TRUE.equals(form.newSeries()));
				case GOAL -> drafting.changeGoal(key, previous, form.text());
				case FOCUS_AREA -> drafting.changeFocusArea(key, previous, form.title(), form.description());
			}
		})) {
			return saved(key, page.fate(), redirect);
		}
		return show(model, page, null, new EndForm(""));
	}

	@PostMapping("/end")
	String end(@PathVariable String key, @PathVariable CarriedItems.Kind kind, @PathVariable String item,
			@Valid @ModelAttribute("endForm") EndForm form, BindingResult bound, Model model,
			RedirectAttributes redirect) {
		CarriedItemPage page = pages.carriedItem(key, kind, item);
		BindingResult errors = Forms.errors(form, bound, model);
		if (!errors.hasErrors()
				&& Forms.attempt(errors, () -> drafting.end(key, kind, page.fate().item(), form.reason()))) {
			return saved(key, page.fate(), redirect);
		}
		return show(model, page, ChangeForm.of(page.copy()), null);
	}

	/** The page with both forms; the one just posted (null here) is already in the model with its errors. */
	private static String show(Model model, CarriedItemPage page, @Nullable ChangeForm form,
			@Nullable EndForm endForm) {
		model.addAllAttributes(page.model());
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
