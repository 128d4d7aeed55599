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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghet.system.Refusal;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaLevel;
import se.trygghet.system.NotFoundException;

/**
 * The joint yearly lägesbild with the police: the computed kartläggning beside what the group writes (summary,
 * analysis, prioritised problems), deciding and reopening, and the document as PDF and Word. The situation picture of
 * a period is also handed out as a PDF here.
 */
@Controller
class JointPictureController {

	static final String VIEW = "situation/joint";

	private final JointPictureWork work;

	private final Kartlaggning kartlaggning;

	private final SituationDocuments documents;

	private final SituationPictures pictures;

	private final AreaCatalog areas;

	private final IncidentReporting reporting;

	private final Clock clock;

	JointPictureController(JointPictureWork work, Kartlaggning kartlaggning, SituationDocuments documents,
			SituationPictures pictures, AreaCatalog areas, IncidentReporting reporting, Clock clock) {
		this.work = work;
		this.kartlaggning = kartlaggning;
		this.documents = documents;
		this.pictures = pictures;
		this.areas = areas;
		this.reporting = reporting;
		this.clock = clock;
	}

	record TextsForm(@Nullable String analysis, @Nullable String summary, @Nullable Integer version) {
	}

	record ProblemForm(@Nullable String title, @Nullable String area, @Nullable List<String> categories,
			@Nullable String rationale, @Nullable Integer version) {

		static ProblemForm empty() {
			return new ProblemForm(null, null, List.of(), null, null);
		}

	}

	@GetMapping("/situation/joint")
	String currentYear() {
		return "redirect:/situation/joint/" + LocalDate.now(clock).getYear();
	}

	@GetMapping("/situation/joint/{year}")
	String page(@PathVariable int year, Model model, Locale locale) {
		JointSituationPicture picture = picture(year);
		if (!model.containsAttribute("texts")) {
			model.addAttribute("texts", new TextsForm(picture.analysis(), picture.summary(), picture.version()));
		}
		if (!model.containsAttribute("problem")) {
			model.addAttribute("problem", ProblemForm.empty());
		}
		model.addAttribute("joint", picture);
		model.addAttribute("decidedAtText", documents.stamp(picture.decidedAt()));
		model.addAttribute("updatedAtText", documents.stamp(picture.updatedAt()));
		model.addAttribute("problems", documents.problems(picture, locale));
		model.addAttribute("facts", kartlaggning.forYear(year, locale));
		model.addAttribute("categories", pictures.categories());
		model.addAttribute("areas", areas.atLevel(reporting.municipality(), AreaLevel.STADSDEL));
		return VIEW;
	}

	@PostMapping("/situation/joint/{year}/texts")
	String saveTexts(@PathVariable int year, @ModelAttribute("texts") TextsForm form, Model model, Locale locale,
			RedirectAttributes redirect) {
		return attempt(year, model, locale, redirect, "texts",
				() -> work.revise(year, version(form.version()), form.analysis(), form.summary()));
	}

	@PostMapping("/situation/joint/{year}/problems")
	String addProblem(@PathVariable int year, @ModelAttribute("problem") ProblemForm form, Model model, Locale locale,
			RedirectAttributes redirect) {
		return attempt(year, model, locale, redirect, "problems", () -> work.addProblem(year, version(form.version()),
				form.title() == null ? "" : form.title(), area(form.area()),
				form.categories() == null ? List.of() : form.categories(), form.rationale()));
	}

	@PostMapping("/situation/joint/{year}/problems/{problem}/remove")
	String removeProblem(@PathVariable int year, @PathVariable UUID problem,
			@RequestParam(required = false) @Nullable Integer version, Model model, Locale locale,
			RedirectAttributes redirect) {
		return attempt(year, model, locale, redirect, "problems",
				() -> work.removeProblem(year, version(version), problem));
	}

	@PostMapping("/situation/joint/{year}/problems/{problem}/move")
	String moveProblem(@PathVariable int year, @PathVariable UUID problem,
			@RequestParam(required = false) @Nullable Integer version,
			@RequestParam(defaultValue = "up") String direction, Model model, Locale locale,
			RedirectAttributes redirect) {
		return attempt(year, model, locale, redirect, "problem-" + problem,
				() -> work.moveProblem(year, version(version), problem, !"down".equals(direction)));
	}

	@PostMapping("/situation/joint/{year}/decide")
	String decide(@PathVariable int year, @RequestParam(required = false) @Nullable Integer version, Model model,
			Locale locale, RedirectAttributes redirect) {
		return attempt(year, model, locale, redirect, "status", () -> work.decide(year, version(version)));
	}

	@PostMapping("/situation/joint/{year}/reopen")
	String reopen(@PathVariable int year, @RequestParam(required = false) @Nullable Integer version,
			@RequestParam(required = false) @Nullable String reason, Model model, Locale locale,
			RedirectAttributes redirect) {
		model.addAttribute("reason", reason);
		return attempt(year, model, locale, redirect, "status", () -> work.reopen(year, version(version), reason));
	}

	@GetMapping("/situation/joint/{year}/{format:pdf|docx}")
	ResponseEntity<byte[]> document(@PathVariable int year, @PathVariable String format, Locale locale) {
		picture(year);
		return file(format.equals("pdf") ? documents.jointPdf(year, locale) : documents.jointDocx(year, locale));
	}

	@GetMapping("/situation/{period}/pdf")
	ResponseEntity<byte[]> picturePdf(@PathVariable String period, Locale locale) {
		SituationPeriod shown;
		try {
			shown = SituationPeriod.parse(period);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("Perioden");
		}
		return file(documents.picturePdf(shown, locale));
	}

	private static ResponseEntity<byte[]> file(SituationDocuments.File file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.name() + "\"")
			.body(file.bytes());
	}

	/**
	 * Runs a change and redirects to the page (at the part changed); a refused change shows the page again with the
	 * message and everything typed still in the fields.
	 */
	private String attempt(int year, Model model, Locale locale, RedirectAttributes redirect, String anchor,
			Runnable change) {
		picture(year);
		try {
			change.run();
			redirect.addFlashAttribute("saved", true);
			return "redirect:/situation/joint/" + year + "#" + anchor;
		}
		catch (Refusal refusal) {
			model.addAttribute("refusal", refusal.code());
			model.addAttribute("refusalField", refusal.field());
			model.addAttribute("refusalAt", anchor.startsWith("problem-") ? "problems" : anchor);
			if ("concurrent.change".equals(refusal.code())) {
				// the form keeps the writer's text; the saved version is shown beside it
				model.addAttribute("stale", true);
				TextsForm typed = (TextsForm) model.getAttribute("texts");
				if (typed != null) {
					JointSituationPicture saved = work.picture(year);
					model.addAttribute("texts", new TextsForm(typed.analysis(), typed.summary(), saved.version()));
					model.addAttribute("savedTexts", saved);
				}
			}
			return page(year, model, locale);
		}
	}

	private JointSituationPicture picture(int year) {
		try {
			return work.picture(year);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("Året");
		}
	}

	private static int version(@Nullable Integer version) {
		// a form without a version cannot say what it was based on, so it is treated as stale
		return version == null ? Integer.MIN_VALUE : version;
	}

	private static @Nullable UUID area(@Nullable String area) {
		if (area == null || area.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(area.strip());
		}
		catch (IllegalArgumentException ex) {
			throw Refusal.on("area", "situation.joint.problem.area.unknown");
		}
	}

}
