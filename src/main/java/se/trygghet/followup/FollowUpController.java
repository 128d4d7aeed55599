package se.trygghet.followup;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghet.chart.FigureTableFiles;
import se.trygghet.identity.CurrentUser;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.plan.IndicatorId;
import se.trygghet.system.Forms;
import se.trygghet.system.IdempotentForm;
import se.trygghet.system.NotFoundException;
import se.trygghet.system.Refusal;
import se.trygghet.system.TemplateFragments;

/**
 * Pages of the follow-up: rounds, a round's reports, one report with its contributions and review, my reports. Each
 * handler binds a form, calls {@link FollowUp} (changes) or {@link FollowUpPages} (what a page shows) and picks a view.
 */
@Controller
class FollowUpController {

	private final FollowUp followUp;

	private final FollowUpPages pages;

	private final CurrentUsers currentUsers;

	private final Clock clock;

	private final ReportExport export;

	private final AnnualReports annualReports;

	private final TemplateFragments fragments;

	FollowUpController(FollowUp followUp, FollowUpPages pages, CurrentUsers currentUsers, Clock clock,
			ReportExport export, AnnualReports annualReports, TemplateFragments fragments) {
		this.followUp = followUp;
		this.pages = pages;
		this.currentUsers = currentUsers;
		this.clock = clock;
		this.export = export;
		this.annualReports = annualReports;
		this.fragments = fragments;
	}

	public record RoundForm(@NotNull UUID plan, @NotBlank @Size(max = 20) String period, @NotBlank @Size(max = 200) String title,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline) {
	}

	/** The next period's round of the same plan; incomplete or reversed dates are refused as one message. */
	public record NextRoundForm(@Nullable String period, @Nullable String title,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate opensOn,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate deadline) {

		void requireComplete() {
			if (period == null || period.isBlank() || title == null || title.isBlank() || opensOn == null
					|| deadline == null) {
				throw Refusal.of("followup.round.next.incomplete");
			}
			if (deadline.isBefore(opensOn)) {
				throw Refusal.of("followup.round.deadlineBeforeOpening");
			}
			// the same limits as a new round's form (RoundForm)
			if (period.strip().length() > 20 || title.strip().length() > 200) {
				throw Refusal.of("followup.round.next.tooLong");
			}
		}

	}

	public record ReportForm(@Nullable ActivityStatus status, @Nullable String statusReason, @Nullable String done,
			@Nullable String effects, @Nullable String nextSteps, @Nullable GoalContribution assessment,
			@Nullable List<UUID> indicators, @Nullable String childRights,
			Perspectives.@Nullable ChildrenConsulted childrenConsulted, @Nullable String genderEquality,
			@Nullable String otherGroupings, @Nullable List<Perspectives.Grouping> groupings,
			@NotNull Integer version) {

		ReportContent content() {
			return new ReportContent(status, statusReason, done, effects, nextSteps, assessment,
					indicators == null ? List.of() : indicators.stream().map(IndicatorId::new).toList(),
					new Perspectives(childRights, childrenConsulted, genderEquality, otherGroupings,
							groupings == null ? java.util.Set.of() : java.util.Set.copyOf(groupings)));
		}

		static ReportForm of(Report report) {
			ReportContent c = report.content();
			Perspectives p = c.perspectives();
			return new ReportForm(c.status(), c.statusReason(), c.done(), c.effects(), c.nextSteps(), c.assessment(),
					c.indicators().stream().map(IndicatorId::value).toList(), p.childRights(), p.childrenConsulted(),
					p.genderEquality(), p.otherGroupings(), List.copyOf(p.groupings()), report.version());
		}

		public boolean links(UUID indicator) {
			return indicators != null && indicators.contains(indicator);
		}

		public boolean concerns(Perspectives.Grouping grouping) {
			return groupings != null && groupings.contains(grouping);
		}

	}

	/** What the coordinator fills in when generating the annual report. */
	public record AnnualReportForm(@NotNull AnnualReport.Audience audience, @Nullable @Size(max = 60) String diarienummer,
			@Nullable @Size(max = ReportContent.MAX_TEXT) String summary) {

		static AnnualReportForm initial() {
			return new AnnualReportForm(AnnualReport.Audience.TRYGGHETSRADET, null, null);
		}

	}

	@ModelAttribute("statuses")
	ActivityStatus[] statuses() {
		return ActivityStatus.values();
	}

	@ModelAttribute("assessments")
	GoalContribution[] assessments() {
		return GoalContribution.values();
	}

	@ModelAttribute("consultedAnswers")
	Perspectives.ChildrenConsulted[] consultedAnswers() {
		return Perspectives.ChildrenConsulted.values();
	}

	@ModelAttribute("groupingChoices")
	Perspectives.Grouping[] groupingChoices() {
		return Perspectives.Grouping.values();
	}

	@GetMapping("/rounds")
	String rounds(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", pages.newRoundForm());
		}
		model.addAllAttributes(pages.rounds().model());
		return "followup/rounds";
	}

	@PostMapping("/rounds")
	@IdempotentForm
	String planRound(@Valid @ModelAttribute("form") RoundForm form, BindingResult bound, Model model) {
		BindingResult errors = Forms.errors(form, bound, model);
		if (form.opensOn() != null && form.deadline() != null && form.deadline().isBefore(form.opensOn())) {
			errors.rejectValue("deadline", "followup.round.deadlineBeforeOpening");
		}
		if (!errors.hasErrors()) {
			try {
				RoundId id = followUp.planRound(new ActionPlanId(form.plan()), form.period(), form.title(),
						form.opensOn(), form.deadline());
				return "redirect:/rounds/" + id;
			}
			catch (Refusal ex) {
				errors.rejectValue("period", ex.code());
			}
			catch (NotFoundException ex) {
				errors.rejectValue("plan", "followup.round.planMissing");
			}
		}
		return rounds(model);
	}

	@GetMapping("/rounds/{id}")
	String round(@PathVariable RoundId id, Model model, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		if (!model.containsAttribute("annualForm")) {
			model.addAttribute("annualForm", AnnualReportForm.initial());
		}
		FollowUpPages.RoundPage page = pages.round(id, locale);
		model.addAllAttributes(page.model());
		model.addAttribute("roundDashboard", fragments.cached(List.of(page.cacheKey(), "dashboard"),
				"followup/round-body", "dashboard", page.body(), request, response));
		model.addAttribute("roundReports", fragments.cached(List.of(page.cacheKey(), "reports"),
				"followup/round-body", "reports", page.body(), request, response));
		return "followup/round";
	}

	@PostMapping("/rounds/{id}/next")
	String planNextRound(@PathVariable RoundId id, @ModelAttribute NextRoundForm form, RedirectAttributes redirect) {
		try {
			form.requireComplete();
			return "redirect:/rounds/"
					+ followUp.planNextRound(id, form.period().strip(), form.title().strip(), form.opensOn(),
							form.deadline());
		}
		catch (Refusal ex) {
			redirect.addFlashAttribute("error", ex.code());
			return "redirect:/rounds/" + id;
		}
	}

	/** The completion per committee as the round's page shows it, as an Excel or CSV file. */
	@GetMapping("/rounds/{id}/table/{format:csv|xlsx}")
	ResponseEntity<byte[]> committeeTable(@PathVariable RoundId id, @PathVariable String format, Locale locale) {
		return FigureTableFiles.download(pages.committeeTable(id, locale), format);
	}

	@GetMapping("/rounds/{id}/export")
	ResponseEntity<byte[]> export(@PathVariable RoundId id, @RequestParam(defaultValue = "xlsx") String format,
			Locale locale) throws java.io.IOException {
		ReportExport.File file = export.file(id, format, locale);
		return ResponseEntity.ok()
			.contentType(file.contentType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name()).build().toString())
			.body(file.bytes());
	}

	@PostMapping("/rounds/{id}/{step:open|close|publish}")
	String moveRound(@PathVariable RoundId id, @PathVariable String step, RedirectAttributes redirect) {
		try {
			switch (step) {
				case "open" -> followUp.openRound(id);
				case "close" -> followUp.closeRound(id);
				default -> followUp.publishRound(id);
			}
			redirect.addFlashAttribute("moved", step);
		}
		catch (Refusal ex) {
			redirect.addFlashAttribute("error", ex.code());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", "concurrent.change");
		}
		return "redirect:/rounds/" + id;
	}

	@PostMapping("/rounds/{id}/annual-reports")
	String generateAnnualReport(@PathVariable RoundId id, @Valid @ModelAttribute("annualForm") AnnualReportForm form,
			BindingResult bound, Model model, Locale locale, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		BindingResult errors = Forms.errors(form, bound, model);
		if (!errors.hasErrors()) {
			try {
				annualReports.generate(id, form.audience(), form.diarienummer(), form.summary(), locale);
				redirect.addFlashAttribute("generated", true);
				return "redirect:/rounds/" + id + "#annual-reports";
			}
			catch (Refusal ex) {
				errors.reject(ex.code());
			}
		}
		return round(id, model, request, response, locale);
	}

	@GetMapping("/annual-reports/{id}/{format:pdf|docx}")
	ResponseEntity<byte[]> annualReportFile(@PathVariable UUID id, @PathVariable String format) {
		AnnualReports.File file = annualReports.file(id, format)
			.orElseThrow(() -> new NotFoundException("Årsrapporten"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.eTag(file.sha256())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name()).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.bytes());
	}

	@GetMapping("/reports/{id}")
	String report(@PathVariable ReportId id, Model model) {
		Report report = followUp.read(id);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ReportForm.of(report));
		}
		return reportPage(report, model);
	}

	@PostMapping("/reports/{id}")
	String saveReport(@PathVariable ReportId id, @Valid @ModelAttribute("form") ReportForm form,
			BindingResult bound, @RequestParam(defaultValue = "save") String action, Model model,
			RedirectAttributes redirect) {
		Report report = followUp.read(id);
		BindingResult errors = Forms.errors(form, bound, model);
		if (!errors.hasErrors()) {
			try {
				followUp.saveDraft(id, form.version(), form.content());
				if ("submit".equals(action)) {
					followUp.submit(id, form.version() + 1);
					redirect.addFlashAttribute("submitted", true);
				}
				else {
					redirect.addFlashAttribute("saved", true);
				}
				return "redirect:/reports/" + id;
			}
			catch (Refusal refusal) {
				if (!refusal.concernsFields()) {
					Forms.reject(errors, refusal);
					return reportPage(report, model);
				}
				// only the submission names fields: the draft was saved, so say what the submission still needs and
				// show the saved version
				Report saved = followUp.read(id);
				ReportForm fresh = ReportForm.of(saved);
				BindingResult problems = new BeanPropertyBindingResult(fresh, "form");
				Forms.reject(problems, refusal);
				model.addAttribute("form", fresh);
				model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", problems);
				model.addAttribute("savedButIncomplete", true);
				return reportPage(saved, model);
			}
			catch (OptimisticLockingFailureException ex) {
				errors.reject("concurrent.change");
			}
		}
		return reportPage(report, model);
	}

	/** Called by the report form as the reporter types (htmx); answers with a status line and the new version. */
	@PostMapping("/reports/{id}/autosave")
	String autosave(@PathVariable ReportId id, @ModelAttribute("form") ReportForm form, BindingResult errors,
			Model model) {
		String outcome;
		int version = form.version() == null ? -1 : form.version();
		if (errors.hasErrors() || form.version() == null) {
			followUp.requireWriter(id);
			outcome = "followup.autosave.invalid";
		}
		else {
			try {
				version = followUp.autosave(id, form.version(), form.content());
				outcome = "followup.autosave.saved";
			}
			catch (OptimisticLockingFailureException ex) {
				outcome = "followup.autosave.conflict";
			}
			catch (Refusal refusal) {
				outcome = refusal.code();
			}
		}
		model.addAttribute("outcome", outcome);
		model.addAttribute("failed", !outcome.equals("followup.autosave.saved"));
		model.addAttribute("version", version);
		model.addAttribute("at", LocalTime.now(clock).truncatedTo(ChronoUnit.MINUTES));
		return "followup/autosave :: status";
	}

	@PostMapping("/reports/{id}/attachments")
	String attach(@PathVariable ReportId id,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, RedirectAttributes redirect)
			throws java.io.IOException {
		try {
			// the service decides, in order: may this user write here, then is the file acceptable
			String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
			followUp.attach(id, name, file == null ? new byte[0] : file.getBytes());
			redirect.addFlashAttribute("attached", true);
		}
		catch (Refusal ex) {
			redirect.addFlashAttribute("attachmentError", ex.code());
		}
		return "redirect:/reports/" + id + "#attachments";
	}

	@PostMapping("/reports/{id}/attachments/{attachment}/delete")
	String detach(@PathVariable ReportId id, @PathVariable UUID attachment, RedirectAttributes redirect) {
		try {
			followUp.detach(id, attachment);
			redirect.addFlashAttribute("detached", true);
		}
		catch (Refusal ex) {
			redirect.addFlashAttribute("attachmentError", ex.code());
		}
		return "redirect:/reports/" + id + "#attachments";
	}

	/** A stored file, sent as a download that browsers must not interpret (nosniff, sandboxed). */
	@GetMapping("/attachments/{id}")
	ResponseEntity<byte[]> attachment(@PathVariable UUID id) {
		Attachments.Content content = followUp.attachment(id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.attachment().contentType()))
			.eTag(content.attachment().sha256())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(content.attachment().filename(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox")
			.body(content.bytes());
	}

	@PostMapping("/reports/{id}/review")
	String review(@PathVariable ReportId id, @RequestParam String action, @RequestParam int version,
			@RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
		try {
			switch (action) {
				case "approve" -> followUp.approve(id, version);
				case "return" -> followUp.returnReport(id, version, comment);
				case "reopen" -> followUp.reopen(id, version, comment);
				default -> throw Refusal.of("followup.review.unknown");
			}
			redirect.addFlashAttribute("reviewed", action);
		}
		catch (Refusal refusal) {
			redirect.addFlashAttribute("error", refusal.code());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", "concurrent.change");
		}
		return "redirect:/reports/" + id;
	}

	@GetMapping("/reports/{id}/versions/{number}")
	String compareVersions(@PathVariable ReportId id, @PathVariable int number, Model model) {
		model.addAllAttributes(pages.version(id, number).model());
		return "followup/version";
	}

	@GetMapping("/my-reports")
	String myReports(Model model) {
		model.addAttribute("reports", pages.myReports(me()));
		return "followup/my-reports";
	}

	private String reportPage(Report report, Model model) {
		model.addAllAttributes(pages.report(report, me()).model());
		return "followup/report";
	}

	private CurrentUser me() {
		return currentUsers.current().orElseThrow();
	}

}
