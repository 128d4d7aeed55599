package se.trygghet.planning;

import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghet.plan.ActivityId;
import se.trygghet.system.Forms;

/**
 * The evidence page of a draft plan (the whole plan, or one focus area with {@code ?area=2}) and the draft's
 * introduction written on it, with buttons that add a citation of the lägesbild or the follow-up to the text, and
 * the coordinator's choice of which activities address each prioritised problem of the lägesbild.
 */
@Controller
class EvidenceController {

	private final EvidenceReadModel evidence;

	private final IntroductionWork work;

	private final ProblemLinkWork links;

	EvidenceController(EvidenceReadModel evidence, IntroductionWork work, ProblemLinkWork links) {
		this.evidence = evidence;
		this.work = work;
		this.links = links;
	}

	/** The draft's activity chosen for a prioritised problem (its id; none when nothing was chosen). */
	public record ProblemLinkForm(@Nullable UUID activity) {
	}

	/** The introduction as written, the version it was read at, and, from a citation button, what to cite. */
	public record IntroductionForm(@Nullable @Size(max = IntroductionWork.MAX_TEXT) String text, @Nullable Integer version,
			@Nullable String cite) {
	}

	@GetMapping("/planning/{key}/evidence")
	String evidence(@PathVariable String key, @RequestParam(required = false) @Nullable Integer area, Locale locale,
			Model model) {
		PlanEvidence shown = evidence.evidence(key, area, locale);
		model.addAttribute("evidence", shown);
		if (!model.containsAttribute("introduction")) {
			model.addAttribute("introduction",
					new IntroductionForm(shown.introduction().text(), shown.introduction().version(), null));
		}
		return "planning/evidence";
	}

	@PostMapping("/planning/{key}/introduction")
	String introduction(@PathVariable String key, @ModelAttribute("introduction") IntroductionForm form,
			BindingResult bound, Model model, Locale locale, RedirectAttributes redirect) {
		BindingResult errors = Forms.errors(form, bound, model);
		if (form.cite() != null) {
			// a citation is added to the text on the form, not saved: the writer places it and saves
			IntroductionForm cited = new IntroductionForm(evidence.withCitation(key, form.text(), form.cite(), locale),
					form.version(), null);
			model.addAttribute("introduction", cited);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "introduction",
					new BeanPropertyBindingResult(cited, "introduction"));
			model.addAttribute("cited", true);
			return evidence(key, null, locale, model);
		}
		if (!errors.hasErrors() && Forms.attempt(errors,
				() -> work.revise(key, form.version() == null ? -1 : form.version(), form.text()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/planning/" + key + "/evidence#introduction";
		}
		return evidence(key, null, locale, model);
	}

	@PostMapping("/planning/{key}/problems/{problem}/links")
	String link(@PathVariable String key, @PathVariable UUID problem,
			@ModelAttribute("problemLink") ProblemLinkForm form, BindingResult bound, Model model, Locale locale) {
		return changeLink(key, problem, form, Forms.errors(form, bound, model), model, locale, true);
	}

	@PostMapping("/planning/{key}/problems/{problem}/links/remove")
	String unlink(@PathVariable String key, @PathVariable UUID problem,
			@ModelAttribute("problemLink") ProblemLinkForm form, BindingResult bound, Model model, Locale locale) {
		return changeLink(key, problem, form, Forms.errors(form, bound, model), model, locale, false);
	}

	private String changeLink(String key, UUID problem, ProblemLinkForm form, BindingResult errors, Model model,
			Locale locale, boolean link) {
		if (!errors.hasErrors() && form.activity() == null) {
			errors.reject("planning.links.chooseActivity");
		}
		if (!errors.hasErrors() && Forms.attempt(errors, () -> {
			if (link) {
				links.link(key, problem, new ActivityId(form.activity()));
			}
			else {
				links.unlink(key, problem, new ActivityId(form.activity()));
			}
		})) {
			return "redirect:/planning/" + key + "/evidence#problem-" + problem;
		}
		return evidence(key, null, locale, model);
	}

}
