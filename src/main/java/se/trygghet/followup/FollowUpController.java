package se.trygghet.followup;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghet.identity.CurrentUser;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.identity.Role;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.plan.PlanCatalog;
import se.trygghet.system.Forms;
import se.trygghet.system.IdempotentForm;
import se.trygghet.system.NotFoundException;
import se.trygghet.system.Refusal;

/** Pages of the follow-up: rounds, a round's reports, one report with its contributions and review, my reports. */
@Controller
class FollowUpController {

	private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
		.build();

	private final FollowUp followUp;

	private final FollowUpViews views;

	private final Reports reports;

	private final PlanCatalog plans;

	private final CurrentUsers currentUsers;

	private final Clock clock;

	private final ReportExport export;

	private final AnnualReports annualReports;

	private final se.trygghet.system.TemplateFragments fragments;

	FollowUpController(FollowUp followUp, FollowUpViews views, Reports reports, PlanCatalog plans,
			CurrentUsers currentUsers, Clock clock, ReportExport export, AnnualReports annualReports,
			se.trygghet.system.TemplateFragments fragments) {
		this.annualReports = annualReports;
		this.fragments = fragments;
		this.clock = clock;
		this.export = export;
		this.followUp = followUp;
		this.views = views;
		this.reports = reports;
		this.plans = plans;
		this.currentUsers = currentUsers;
	}

	record RoundForm(@NotNull UUID plan, @NotBlank @Size(max = 20) String period, @NotBlank @Size(max = 200) String title,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline) {
	}

	record ReportForm(@Nullable ActivityStatus status, @Nullable String statusReason, @Nullable String done,
			@Nullable String effects, @Nullable String nextSteps, @Nullable GoalContribution assessment,
			@Nullable List<UUID> indicators, @NotNull Integer version) {

		ReportContent content() {
			return new ReportContent(status, statusReason, done, effects, nextSteps, assessment,
					indicators == null ? List.of() : indicators.stream().map(se.trygghet.plan.IndicatorId::new).toList());
		}

		static ReportForm of(Report report) {
			ReportContent c = report.content();
			return new ReportForm(c.status(), c.statusReason(), c.done(), c.effects(), c.nextSteps(), c.assessment(),
					c.indicators().stream().map(se.trygghet.plan.IndicatorId::value).toList(), report.version());
		}

		public boolean links(UUID indicator) {
			return indicators != null && indicators.contains(indicator);
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

	@GetMapping("/rounds")
	String rounds(Model model) {
		model.addAttribute("rounds", views.rounds(false));
		if (!model.containsAttribute("form")) {
			LocalDate today = LocalDate.now(clock);
			model.addAttribute("form", new RoundForm(null, String.valueOf(today.getYear()),
					"Uppföljning " + today.getYear(), today, today.plusWeeks(6)));
		}
		model.addAttribute("plans", plans.plans());
		return "followup/rounds";
	}

	@PostMapping("/rounds")
	@IdempotentForm
	String planRound(@Valid @ModelAttribute("form") RoundForm posted, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		RoundForm form = Forms.recover(posted, errors, model, () -> new RoundForm(null, "", "", null, null));
		if (!errors.hasErrors() && form.deadline().isBefore(form.opensOn())) {
			errors.rejectValue("deadline", "followup.round.deadlineBeforeOpening");
		}
		if (!errors.hasErrors()) {
			try {
				UUID id = followUp.planRound(new ActionPlanId(form.plan()), form.period(), form.title(), form.opensOn(),
						form.deadline());
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

	/** A focus area's activity reports counted by status; "not reported" counts those without a status yet. */
	record FocusAreaStatus(int number, String title, Map<ActivityStatus, Integer> byStatus, int unreported) {

		public int count(ActivityStatus status) {
			return byStatus.getOrDefault(status, 0);
		}

	}

	/** What the coordinator fills in when generating the annual report. */
	record AnnualReportForm(@NotNull AnnualReport.Audience audience, @Nullable @Size(max = 60) String diarienummer,
			@Nullable @Size(max = ReportContent.MAX_TEXT) String summary) {
	}

	@GetMapping("/rounds/{id}")
	String round(@PathVariable UUID id, Model model, jakarta.servlet.http.HttpServletRequest request,
			jakarta.servlet.http.HttpServletResponse response, Locale locale) {
		if (!model.containsAttribute("annualForm")) {
			model.addAttribute("annualForm", new AnnualReportForm(AnnualReport.Audience.TRYGGHETSRADET, null, null));
		}
		model.addAttribute("audiences", AnnualReport.Audience.values());
		model.addAttribute("annualReports", annualReports.ofRound(id));
		FollowUpViews.RoundRow round = views.round(id).orElseThrow(() -> new NotFoundException("Omgången"));
		model.addAttribute("round", round);
		// the dashboard and the list of every report are most of the page's work and the same for everyone who may
		// see the round: rendered once per version of its data (see TemplateFragments)
		LocalDate today = LocalDate.now(clock);
		Object key = List.of("round", id, views.fingerprint(id).orElseThrow(), locale, today);
		java.util.function.Supplier<Map<String, Object>> body = () -> roundBody(round, today);
		model.addAttribute("roundDashboard",
				fragments.cached(List.of(key, "dashboard"), "followup/round-body", "dashboard", body, request, response));
		model.addAttribute("roundReports",
				fragments.cached(List.of(key, "reports"), "followup/round-body", "reports", body, request, response));
		model.addAttribute("hasReports", round.reports().total() > 0);
		return "followup/round";
	}

	private Map<String, Object> roundBody(FollowUpViews.RoundRow round, LocalDate today) {
		List<FollowUpViews.ReportRow> rows = views.reportsOfRound(round.id());
		boolean late = round.state() == RoundState.OPEN && today.isAfter(round.deadline());
		return Map.of("reports", rows, "byCommittee", views.progressByCommittee(round.id()), "byFocusArea",
				byFocusArea(round, rows), "statuses", ActivityStatus.values(), "overdue",
				late ? rows.stream()
					.filter(r -> r.state() == ReportState.DRAFT || r.state() == ReportState.RETURNED)
					.toList() : List.of());
	}

	private List<FocusAreaStatus> byFocusArea(FollowUpViews.RoundRow round, List<FollowUpViews.ReportRow> rows) {
		Map<Integer, String> titles = new TreeMap<>();
		plans.plans()
			.stream()
			.filter(p -> p.key().equals(round.planKey()))
			.findFirst()
			.flatMap(p -> plans.outline(p.id()))
			.ifPresent(outline -> outline.activities()
				.forEach(a -> titles.putIfAbsent(a.number().focusArea(), a.focusAreaTitle())));
		Map<Integer, Map<ActivityStatus, Integer>> counts = new TreeMap<>();
		Map<Integer, Integer> unreported = new TreeMap<>();
		for (FollowUpViews.ReportRow row : rows) {
			if (!row.activityReport()) {
				continue;
			}
			int area = Integer.parseInt(row.activityNumber().substring(0, row.activityNumber().indexOf('.')));
			if (row.status() == null) {
				unreported.merge(area, 1, Integer::sum);
			}
			else {
				counts.computeIfAbsent(area, k -> new EnumMap<>(ActivityStatus.class)).merge(row.status(), 1,
						Integer::sum);
			}
			counts.computeIfAbsent(area, k -> new EnumMap<>(ActivityStatus.class));
		}
		return counts.entrySet()
			.stream()
			.map(e -> new FocusAreaStatus(e.getKey(), titles.getOrDefault(e.getKey(), ""), e.getValue(),
					unreported.getOrDefault(e.getKey(), 0)))
			.toList();
	}

	@PostMapping("/rounds/{id}/next")
	String planNextRound(@PathVariable UUID id, @RequestParam String period, @RequestParam String title,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate opensOn,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate deadline,
			RedirectAttributes redirect) {
		try {
			if (period.isBlank() || title.isBlank() || opensOn == null || deadline == null) {
				throw Refusal.of("followup.round.next.incomplete");
			}
			if (deadline.isBefore(opensOn)) {
				throw Refusal.of("followup.round.deadlineBeforeOpening");
			}
			return "redirect:/rounds/" + followUp.planNextRound(id, period.strip(), title.strip(), opensOn, deadline);
		}
		catch (Refusal ex) {
			redirect.addFlashAttribute("error", ex.code());
			return "redirect:/rounds/" + id;
		}
	}

	@GetMapping("/rounds/{id}/export")
	ResponseEntity<byte[]> export(@PathVariable UUID id, @RequestParam(defaultValue = "xlsx") String format,
			Locale locale) throws java.io.IOException {
		FollowUpViews.RoundRow round = views.round(id).orElseThrow(() -> new NotFoundException("Omgången"));
		boolean csv = "csv".equalsIgnoreCase(format);
		String name = "rapporter-" + round.planKey() + "-" + round.period().replaceAll("[^A-Za-z0-9-]", "_")
				+ (csv ? ".csv" : ".xlsx");
		return ResponseEntity.ok()
			.contentType(csv ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)
					: MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(csv ? export.csv(id, locale) : export.xlsx(id, locale));
	}

	@PostMapping("/rounds/{id}/{step:open|close|publish}")
	String moveRound(@PathVariable UUID id, @PathVariable String step, RedirectAttributes redirect) {
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
	String generateAnnualReport(@PathVariable UUID id, @Valid @ModelAttribute("annualForm") AnnualReportForm posted,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect,
			jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
		AnnualReportForm form = Forms.recover(posted, errors, model,
				() -> new AnnualReportForm(AnnualReport.Audience.TRYGGHETSRADET, null, null));
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
	String report(@PathVariable UUID id, Model model) {
		Report report = followUp.read(id);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ReportForm.of(report));
		}
		return reportPage(report, model);
	}

	@PostMapping("/reports/{id}")
	String saveReport(@PathVariable UUID id, @Valid @ModelAttribute("form") ReportForm posted, BindingResult errors,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		Report report = followUp.read(id);
		ReportForm form = Forms.recover(posted, errors, model, () -> ReportForm.of(report));
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
				Report saved = reports.byId(id).orElseThrow();
				ReportForm fresh = ReportForm.of(saved);
				BindingResult problems = new org.springframework.validation.BeanPropertyBindingResult(fresh, "form");
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
	String autosave(@PathVariable UUID id, @ModelAttribute("form") ReportForm form, BindingResult errors, Model model) {
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
		model.addAttribute("at", java.time.LocalTime.now(clock)
			.truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
		return "followup/autosave :: status";
	}

	@PostMapping("/reports/{id}/attachments")
	String attach(@PathVariable UUID id,
			@RequestParam(name = "file", required = false) org.springframework.web.multipart.@Nullable MultipartFile file,
			RedirectAttributes redirect) throws java.io.IOException {
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
	String detach(@PathVariable UUID id, @PathVariable UUID attachment, RedirectAttributes redirect) {
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
						.filename(content.attachment().filename(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox")
			.body(content.bytes());
	}

	@PostMapping("/reports/{id}/review")
	String review(@PathVariable UUID id, @RequestParam String action, @RequestParam int version,
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

	/** One saved version beside the one before it, field by field. */
	record FieldChange(String field, String before, String after) {
	}

	@GetMapping("/reports/{id}/versions/{number}")
	String compareVersions(@PathVariable UUID id, @PathVariable int number, Model model) {
		Report report = followUp.read(id);
		List<Reports.Version> versions = reports.versions(id);
		Reports.Version version = versions.stream()
			.filter(v -> v.version() == number)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Versionen"));
		Map<String, Object> after = contentOf(version);
		Map<String, Object> before = versions.stream()
			.filter(v -> v.version() == number - 1)
			.findFirst()
			.map(FollowUpController::contentOf)
			.orElse(Map.of());
		List<FieldChange> changes = new java.util.ArrayList<>();
		Map<String, String> indicatorNames = new java.util.HashMap<>();
		plans.plans().forEach(p -> plans.outline(p.id()).ifPresent(o -> o.focusAreas()
			.forEach(f -> f.indicators().forEach(i -> indicatorNames.put(i.id().toString(), i.name())))));
		for (String field : after.keySet()) {
			String was = String.valueOf(before.getOrDefault(field, ""));
			String is = String.valueOf(after.get(field));
			if (field.equals("indicators")) {
				// ids mean nothing to a reader: show the indicators' names
				was = namesOf(was, indicatorNames);
				is = namesOf(is, indicatorNames);
			}
			if (!was.equals(is)) {
				changes.add(new FieldChange(field, was, is));
			}
		}
		model.addAttribute("report", ReportView.of(report));
		model.addAttribute("version", version);
		model.addAttribute("changes", changes);
		return "followup/version";
	}

	private static String namesOf(String ids, Map<String, String> names) {
		return ids.isEmpty() ? "" : java.util.Arrays.stream(ids.split(","))
			.map(id -> names.getOrDefault(id, id))
			.collect(java.util.stream.Collectors.joining("; "));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> contentOf(Reports.Version version) {
		return JSON.readValue(version.content(), Map.class);
	}

	@GetMapping("/my-reports")
	String myReports(Model model) {
		CurrentUser me = currentUsers.current().orElseThrow();
		model.addAttribute("reports", views.reportsOfCommittees(me.committeeIds()));
		return "followup/my-reports";
	}

	private String reportPage(Report report, Model model) {
		CurrentUser me = currentUsers.current().orElseThrow();
		ReportingRoundView round = ReportingRoundView.of(views.round(report.round()).orElseThrow());
		model.addAttribute("report", ReportView.of(report));
		model.addAttribute("round", round);
		model.addAttribute("writable", ReportAccess.mayWrite(me, report) && round.state() == RoundState.OPEN
				&& (report.state() == ReportState.DRAFT || report.state() == ReportState.RETURNED));
		model.addAttribute("reviewer", me.hasAny(Role.COORDINATOR, Role.ADMIN)
				&& (round.state() == RoundState.OPEN || round.state() == RoundState.CLOSED));
		model.addAttribute("contributions", report.kind() == Report.Kind.ACTIVITY_REPORT
				? followUp.contributionsTo(report.id()).stream().map(ReportView::of).toList() : List.of());
		model.addAttribute("versions", reports.versions(report.id()));
		model.addAttribute("committeeNames", views.committeeNames());
		model.addAttribute("attachments", followUp.attachmentsOf(report.id()));
		model.addAttribute("maxAttachmentMegabytes", FollowUp.MAX_ATTACHMENT_BYTES / (1024 * 1024));
		List<PlanCatalog.IndicatorOutline> indicators = indicatorsOfThePlan(round.planKey());
		int focusArea = Integer.parseInt(report.activityNumber().substring(0, report.activityNumber().indexOf('.')));
		model.addAttribute("indicatorChoices", indicators.stream()
			.filter(i -> focusAreaOf(round.planKey(), i) == focusArea || report.content().indicators().contains(i.id()))
			.toList());
		model.addAttribute("linkedIndicators", indicators.stream()
			.filter(i -> report.content().indicators().contains(i.id()))
			.map(PlanCatalog.IndicatorOutline::name)
			.toList());
		return "followup/report";
	}

	private List<PlanCatalog.IndicatorOutline> indicatorsOfThePlan(String planKey) {
		return outline(planKey).map(o -> o.focusAreas().stream().flatMap(f -> f.indicators().stream()).toList())
			.orElse(List.of());
	}

	private int focusAreaOf(String planKey, PlanCatalog.IndicatorOutline indicator) {
		return outline(planKey).flatMap(o -> o.focusAreas()
			.stream()
			.filter(f -> f.indicators().contains(indicator))
			.findFirst()
			.map(PlanCatalog.FocusAreaOutline::number)).orElse(0);
	}

	private java.util.Optional<PlanCatalog.PlanOutline> outline(String planKey) {
		return plans.plans().stream().filter(p -> p.key().equals(planKey)).findFirst().flatMap(p -> plans.outline(p.id()));
	}

	/** What the report page shows of a report. */
	record ReportView(UUID id, String kind, String activityNumber, String activityText, UUID committeeId,
			ReportState state, ReportContent content, @Nullable String reviewComment, int version) {

		static ReportView of(Report report) {
			return new ReportView(report.id(), report.kind().name(), report.activityNumber(), report.activityText(),
					report.committee().value(), report.state(), report.content(), report.reviewComment(),
					report.version());
		}

		public boolean activityReport() {
			return "ACTIVITY_REPORT".equals(kind);
		}

	}

	record ReportingRoundView(UUID id, String title, String planKey, String planName, LocalDate deadline,
			RoundState state, boolean demo) {

		static ReportingRoundView of(FollowUpViews.RoundRow row) {
			return new ReportingRoundView(row.id(), row.title(), row.planKey(), row.planName(), row.deadline(),
					row.state(), row.demo());
		}

	}

}
