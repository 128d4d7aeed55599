package se.trygghet.situation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghet.system.Forms;
import se.trygghet.system.Refusal;

/**
 * The joint yearly lägesbild with the police: the computed kartläggning beside what the group writes (summary,
 * analysis, prioritised problems), deciding and reopening, and the document as PDF and Word. The situation picture of
 * a period is also handed out as a PDF here.
 */
@Controller
class JointPictureController {

	static final String VIEW = "situation/joint";

	private final JointPictureWork work;

	private final JointPicturePage page;

	private final SituationDocuments documents;

	private final Clock clock;

	JointPictureController(JointPictureWork work, JointPicturePage page, SituationDocuments documents, Clock clock) {
		this.work = work;
		this.page = page;
		this.documents = documents;
		this.clock = clock;
	}

	public record TextsForm(@Nullable String analysis, @Nullable String summary, @Nullable Integer version) {
	}

	public record ProblemForm(@Nullable String title, @Nullable String area, @Nullable List<String> categories,
			@Nullable String rationale, @Nullable Integer version) {

		static ProblemForm empty() {
			return new ProblemForm(null, null, List.of(), null, null);
		}

	}

	/** Reopening a decided picture: the version the writer saw and why it is reopened. */
	public record ReopenForm(@Nullable String reason, @Nullable Integer version) {
	}

	/** A step on the picture or one of its problems: the version the writer saw, and for a move its direction. */
	public record StepForm(@Nullable Integer version, @Nullable String direction) {
	}

	@GetMapping("/situation/joint")
	String currentYear() {
		return "redirect:/situation/joint/" + LocalDate.now(clock).getYear();
	}

	@GetMapping("/situation/joint/{year}")
	String page(@PathVariable int year, Model model, Locale locale) {
		JointPicturePage.View view = page.view(year, locale);
		if (!model.containsAttribute("texts")) {
			model.addAttribute("texts", new TextsForm(view.joint().analysis(), view.joint().summary(),
					view.joint().version()));
		}
		if (!model.containsAttribute("problem")) {
			model.addAttribute("problem", ProblemForm.empty());
		}
		if (!model.containsAttribute("reopen")) {
			model.addAttribute("reopen", new ReopenForm(null, view.joint().version()));
		}
		model.addAttribute("joint", view.joint());
		model.addAttribute("decidedAtText", view.decidedAtText());
		model.addAttribute("updatedAtText", view.updatedAtText());
		model.addAttribute("problems", view.problems());
		model.addAttribute("facts", view.facts());
		model.addAttribute("categories", view.categories());
		model.addAttribute("areas", view.areas());
		model.addAttribute("costs", view.costs());
		return VIEW;
	}

	@PostMapping("/situation/joint/{year}/texts")
	String saveTexts(@PathVariable int year, @ModelAttribute("texts") TextsForm form, BindingResult bound, Model model,
			Locale locale, RedirectAttributes redirect) {
		BindingResult errors = Forms.errors(form, bound, model);
		page.picture(year);
		if (!errors.hasErrors() && attemptOrShowSaved(year, errors, model,
				() -> work.revise(year, version(form.version()), form.analysis(), form.summary()))) {
			return saved(year, redirect, "texts");
		}
		return page(year, model, locale);
	}

	@PostMapping("/situation/joint/{year}/problems")
	String addProblem(@PathVariable int year, @ModelAttribute("problem") ProblemForm form, BindingResult bound,
			Model model, Locale locale, RedirectAttributes redirect) {
		BindingResult errors = Forms.errors(form, bound, model);
		page.picture(year);
		if (!errors.hasErrors() && Forms.attempt(errors, () -> work.addProblem(year, version(form.version()),
				form.title() == null ? "" : form.title(), form.area(), Forms.distinct(form.categories()),
				form.rationale()))) {
			return saved(year, redirect, "problems");
		}
		// a locked picture shows the problem form only to give back what someone typed before it was decided
		model.addAttribute("problemRefused", true);
		return page(year, model, locale);
	}

	@PostMapping("/situation/joint/{year}/reopen")
	String reopen(@PathVariable int year, @ModelAttribute("reopen") ReopenForm form, BindingResult bound, Model model,
			Locale locale, RedirectAttributes redirect) {
		BindingResult errors = Forms.errors(form, bound, model);
		page.picture(year);
		if (!errors.hasErrors()
				&& Forms.attempt(errors, () -> work.reopen(year, version(form.version()), form.reason()))) {
			return saved(year, redirect, "status");
		}
		// shown again with its errors even when the picture is no longer decided (someone reopened it meanwhile)
		model.addAttribute("reopenRefused", true);
		return page(year, model, locale);
	}

	@PostMapping("/situation/joint/{year}/problems/{problem}/remove")
	String removeProblem(@PathVariable int year, @PathVariable UUID problem, @ModelAttribute StepForm step,
			Model model, Locale locale, RedirectAttributes redirect) {
		return attempt(year, model, locale, redirect, "problems",
				() -> work.removeProblem(year, version(step.version()), problem));
	}

	@PostMapping("/situation/joint/{year}/problems/{problem}/move")
	String moveProblem(@PathVariable int year, @PathVariable UUID problem, @ModelAttribute StepForm step, Model model,
			Locale locale, RedirectAttributes redirect) {
		return attempt(year, model, locale, redirect, "problem-" + problem,
				() -> work.moveProblem(year, version(step.version()), problem, !"down".equals(step.direction())));
	}

	@PostMapping("/situation/joint/{year}/decide")
	String decide(@PathVariable int year, @ModelAttribute StepForm step, Model model, Locale locale,
			RedirectAttributes redirect) {
		return attempt(year, model, locale, redirect, "status", () -> work.decide(year, version(step.version())));
	}

	@GetMapping("/situation/joint/{year}/{format:pdf|docx}")
	ResponseEntity<byte[]> document(@PathVariable int year, @PathVariable String format, Locale locale) {
		page.picture(year);
		return file(format.equals("pdf") ? documents.jointPdf(year, locale) : documents.jointDocx(year, locale));
	}

	@GetMapping("/situation/{period}/pdf")
	ResponseEntity<byte[]> picturePdf(@PathVariable SituationPeriod period, Locale locale) {
		return file(documents.picturePdf(period, locale));
	}

	private static ResponseEntity<byte[]> file(SituationDocuments.File file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.name() + "\"")
			.body(file.bytes());
	}

	/**
	 * Runs the texts' change, showing a refusal on the form. Saved over a newer version, the form keeps the writer's
	 * text, says so in its summary and shows the saved version beside it, so saving again replaces it knowingly.
	 */
	private boolean attemptOrShowSaved(int year, BindingResult errors, Model model, Runnable change) {
		try {
			change.run();
			return true;
		}
		catch (Refusal refusal) {
			if ("concurrent.change".equals(refusal.code())) {
				errors.reject("situation.joint.stale");
				model.addAttribute("savedTexts", page.picture(year));
			}
			else {
				Forms.reject(errors, refusal);
			}
			return false;
		}
	}

	private static String saved(int year, RedirectAttributes redirect, String anchor) {
		redirect.addFlashAttribute("saved", true);
		return "redirect:/situation/joint/" + year + "#" + anchor;
	}

	/**
	 * Runs a step (a button with the version the page was shown at) and redirects to the page at the part changed; a
	 * refused step shows the page again with its message above it.
	 */
	private String attempt(int year, Model model, Locale locale, RedirectAttributes redirect, String anchor,
			Runnable change) {
		page.picture(year);
		try {
			change.run();
			return saved(year, redirect, anchor);
		}
		catch (Refusal refusal) {
			model.addAttribute("refusal", refusal.code());
			return page(year, model, locale);
		}
	}

	private static int version(@Nullable Integer version) {
		// a form without a version cannot say what it was based on, so it is treated as stale
		return version == null ? Integer.MIN_VALUE : version;
	}

}
