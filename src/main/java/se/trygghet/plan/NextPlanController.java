package se.trygghet.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The next plan and amendments: drawing a draft from an adopted plan, choosing what becomes of each of its
 * activities, the comparison of the two plans (page, PDF, Word), and opening and deciding an amendment of an adopted
 * plan. Pages come from {@link NextPlanPages}; changes go through {@link NextPlanDrafting} and {@link PlanEditing}.
 */
@Controller
@RequestMapping("/plans/{key}")
class NextPlanController {

	private final NextPlanPages pages;

	private final NextPlanDrafting drafting;

	private final PlanEditing editing;

	private final PlanComparisonDocuments documents;

	NextPlanController(NextPlanPages pages, NextPlanDrafting drafting, PlanEditing editing,
			PlanComparisonDocuments documents) {
		this.pages = pages;
		this.drafting = drafting;
		this.editing = editing;
		this.documents = documents;
	}

	public record NextPlanForm(@NotNull @Min(1900) @Max(2100) Integer periodFrom,
			@NotNull @Min(1900) @Max(2100) Integer periodTo) {
	}

	/** What becomes of an activity: it continues (brought back if it had ended), ends or is merged. */
	enum Choice {

		CONTINUED, ENDED, MERGED

	}

	public record DispositionForm(@NotNull Choice choice, @Nullable @Size(max = 4000) String reason,
			@Nullable ActivityNumber target) {

		static DispositionForm of(PlanLineage.ActivityFate fate) {
			Choice choice = switch (fate.disposition()) {
				case CONTINUED, CHANGED -> Choice.CONTINUED;
				case ENDED -> Choice.ENDED;
				case MERGED -> Choice.MERGED;
			};
			return new DispositionForm(choice, fate.reason(),
					fate.disposition() == Disposition.MERGED ? fate.successorNumber() : null);
		}

	}

	public record AmendmentForm(@NotBlank @Size(max = 2000) String reason) {
	}

	public record DecisionForm(@NotBlank @Size(max = 200) String decidedBy, @NotBlank @Size(max = 200) String decision,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn) {
	}

	@GetMapping("/next")
	String initNextPlanForm(@PathVariable String key, Model model) {
		PlanPages.Page<int[]> page = pages.next(key);
		model.addAttribute("form", new NextPlanForm(page.item()[0], page.item()[1]));
		model.addAllAttributes(page.model());
		return "plan/next";
	}

	@PostMapping("/next")
	String processNextPlanForm(@PathVariable String key, @Valid @ModelAttribute("form") NextPlanForm form,
			BindingResult bound, Model model, RedirectAttributes redirect) {
		PlanPages.Page<int[]> page = pages.next(key);
		BindingResult errors = Forms.errors(form, bound, model);
		if (!errors.hasErrors()) {
			String[] drafted = new String[1];
			if (Forms.attempt(errors, () -> drafted[0] = drafting.draft(key, form.periodFrom(), form.periodTo()))) {
				redirect.addFlashAttribute("drafted", true);
				return "redirect:/plans/" + drafted[0] + "/comparison";
			}
		}
		model.addAllAttributes(page.model());
		return "plan/next";
	}

	@GetMapping("/comparison")
	String comparison(@PathVariable String key, Model model) {
		model.addAllAttributes(pages.comparison(key));
		return "plan/comparison";
	}

	@GetMapping("/comparison/{format:pdf|docx}")
	ResponseEntity<byte[]> comparisonFile(@PathVariable String key, @PathVariable String format, Locale locale) {
		PlanComparisonDocuments.File file = documents.file(key, format, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name()).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.bytes());
	}

	@GetMapping("/succession/{number}")
	String initDispositionForm(@PathVariable String key, @PathVariable ActivityNumber number, Model model) {
		PlanPages.Page<PlanLineage.ActivityFate> page = pages.disposition(key, number);
		model.addAttribute("form", DispositionForm.of(page.item()));
		model.addAllAttributes(page.model());
		model.addAttribute("choices", Choice.values());
		return "plan/disposition";
	}

	@PostMapping("/succession/{number}")
	String processDispositionForm(@PathVariable String key, @PathVariable ActivityNumber number,
			@Valid @ModelAttribute("form") DispositionForm form, BindingResult bound, Model model,
			RedirectAttributes redirect) {
		PlanPages.Page<PlanLineage.ActivityFate> page = pages.disposition(key, number);
		BindingResult errors = Forms.errors(form, bound, model);
		if (!errors.hasErrors() && form.choice() == Choice.MERGED && form.target() == null) {
			errors.rejectValue("target", "plan.succession.merge.targetRequired");
		}
		if (!errors.hasErrors() && Forms.attempt(errors, () -> choose(key, number, form, page.item()))) {
			redirect.addFlashAttribute("chosen", number.toString());
			return "redirect:/plans/" + key + "/comparison";
		}
		model.addAllAttributes(page.model());
		model.addAttribute("choices", Choice.values());
		return "plan/disposition";
	}

	private void choose(String key, ActivityNumber number, DispositionForm form, PlanLineage.ActivityFate fate) {
		switch (form.choice()) {
			case ENDED -> drafting.end(key, number, form.reason());
			case MERGED -> drafting.merge(key, number, form.target(), form.reason());
			case CONTINUED -> {
				if (fate.disposition() == Disposition.ENDED || fate.disposition() == Disposition.MERGED) {
					drafting.restore(key, number);
				}
			}
		}
	}

	@GetMapping("/amendment")
	String amendment(@PathVariable String key, Model model) {
		model.addAllAttributes(pages.amendments(key));
		model.addAttribute("openForm", new AmendmentForm(""));
		model.addAttribute("closeForm", new DecisionForm("Kommunstyrelsen", "", null));
		return "plan/amendment";
	}

	@PostMapping("/amendment/open")
	String openAmendment(@PathVariable String key, @Valid @ModelAttribute("openForm") AmendmentForm form,
			BindingResult bound, Model model, RedirectAttributes redirect) {
		BindingResult errors = Forms.errors(form, bound, model);
		if (!errors.hasErrors() && Forms.attempt(errors, () -> editing.openAmendment(key, form.reason()))) {
			redirect.addFlashAttribute("amendmentOpened", true);
			return "redirect:/plans/" + key + "/amendment";
		}
		model.addAllAttributes(pages.amendments(key));
		model.addAttribute("closeForm", new DecisionForm("Kommunstyrelsen", "", null));
		return "plan/amendment";
	}

	@PostMapping("/amendment/close")
	String closeAmendment(@PathVariable String key, @Valid @ModelAttribute("closeForm") DecisionForm form,
			BindingResult bound, Model model, RedirectAttributes redirect) {
		BindingResult errors = Forms.errors(form, bound, model);
		if (!errors.hasErrors() && Forms.attempt(errors,
				() -> editing.closeAmendment(key, form.decidedBy(), form.decision(), form.decidedOn()))) {
			redirect.addFlashAttribute("amendmentClosed", true);
			return "redirect:/plans/" + key + "/amendment";
		}
		model.addAllAttributes(pages.amendments(key));
		model.addAttribute("openForm", new AmendmentForm(""));
		return "plan/amendment";
	}

}
