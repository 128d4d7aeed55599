package se.trygghet.residentreport;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghet.identity.CurrentUser;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.identity.Role;
import se.trygghet.system.NotFoundException;
import se.trygghet.system.Refusal;

/** Staff's pages for residents' reports: the case list, one case (moderation and status), response times. */
@Controller
class CaseController {

	private final ResidentReportViews views;

	private final CaseHandling handling;

	private final CurrentUsers currentUsers;

	CaseController(ResidentReportViews views, CaseHandling handling, CurrentUsers currentUsers) {
		this.views = views;
		this.handling = handling;
		this.currentUsers = currentUsers;
	}

	@GetMapping("/resident-reports")
	String list(@RequestParam(required = false) @Nullable String status, Model model) {
		CurrentUser me = currentUsers.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		ReportStatus shown = parse(status);
		List<UUID> committees = me.hasAny(Role.ADMIN, Role.COORDINATOR) ? null : new ArrayList<>(me.committeeIds());
		model.addAttribute("cases", views.cases(committees, shown));
		model.addAttribute("statuses", ReportStatus.values());
		model.addAttribute("shownStatus", shown);
		return "residentreport/cases";
	}

	private static @Nullable ReportStatus parse(@Nullable String status) {
		try {
			return status == null || status.isBlank() ? null : ReportStatus.valueOf(status);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	@GetMapping("/resident-reports/{id}")
	String one(@PathVariable ResidentReportId id, Model model) {
		handling.accessible(id);
		model.addAttribute("report", views.detail(id).orElseThrow(() -> new NotFoundException("No report " + id)));
		model.addAttribute("statuses", ReportStatus.values());
		return "residentreport/case";
	}

	@PostMapping("/resident-reports/{id}/moderation")
	String moderate(@PathVariable ResidentReportId id, @RequestParam(defaultValue = "") String publicText,
			@RequestParam(defaultValue = "false") boolean publish,
			@RequestParam(defaultValue = "false") boolean photoPublic, @RequestParam int version, Model model,
			RedirectAttributes redirect) {
		try {
			handling.moderate(id, publicText, publish, photoPublic, version);
			redirect.addFlashAttribute("saved", "resident.case.moderated");
			return "redirect:/resident-reports/" + id;
		}
		catch (Refusal ex) {
			model.addAttribute("moderationProblems", ex.fieldCodes());
			model.addAttribute("typedPublicText", publicText);
			return one(id, model);
		}
	}

	@PostMapping("/resident-reports/{id}/status")
	String changeStatus(@PathVariable ResidentReportId id, @RequestParam(required = false) @Nullable String status,
			@RequestParam(defaultValue = "") String publicText, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String referredTo, @RequestParam int version, Model model,
			RedirectAttributes redirect) {
		try {
			handling.changeStatus(id, parse(status), publicText, blankToNull(reason), blankToNull(referredTo),
					version);
			redirect.addFlashAttribute("saved", "resident.case.statusChanged");
			return "redirect:/resident-reports/" + id;
		}
		catch (Refusal ex) {
			model.addAttribute("statusProblems", ex.fieldCodes());
			model.addAttribute("typed", new TypedStatus(status, publicText, reason, referredTo));
			return one(id, model);
		}
	}

	public record TypedStatus(@Nullable String status, String publicText, String reason, String referredTo) {
	}

	private static @Nullable String blankToNull(String text) {
		return text.isBlank() ? null : text;
	}

	@PostMapping("/resident-reports/{id}/duplicate")
	String markDuplicate(@PathVariable ResidentReportId id, @RequestParam(required = false) @Nullable String duplicateOf,
			@RequestParam int version, Model model, RedirectAttributes redirect) {
		try {
			handling.markDuplicate(id, parseNumber(duplicateOf), version);
			redirect.addFlashAttribute("saved", "resident.case.duplicateMarked");
			return "redirect:/resident-reports/" + id;
		}
		catch (Refusal ex) {
			model.addAttribute("duplicateProblem", ex.fieldCodes().values().iterator().next());
			model.addAttribute("typedDuplicateOf", duplicateOf);
			return one(id, model);
		}
	}

	private static @Nullable Long parseNumber(@Nullable String text) {
		try {
			return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	@PostMapping("/resident-reports/{id}/original/delete")
	String deleteOriginal(@PathVariable ResidentReportId id, RedirectAttributes redirect) {
		handling.deleteOriginalPhoto(id);
		redirect.addFlashAttribute("saved", "resident.case.originalDeleted");
		return "redirect:/resident-reports/" + id;
	}

	@GetMapping("/resident-reports/{id}/photo")
	ResponseEntity<byte[]> photo(@PathVariable ResidentReportId id, @RequestParam(defaultValue = "false") boolean original) {
		handling.accessible(id);
		return ResidentReportController.photo(views.photo(id, original)
			.orElseThrow(() -> new NotFoundException("No photo")), false);
	}

	@GetMapping("/resident-reports/response-times")
	String responseTimes(Model model) {
		model.addAttribute("times", views.responseTimes());
		return "residentreport/response-times";
	}

}
