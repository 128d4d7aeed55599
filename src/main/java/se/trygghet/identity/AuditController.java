package se.trygghet.identity;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Browse and filter the audit log (ADMIN and COORDINATOR). */
@Controller
class AuditController {

	private final AuditEntries entries;

	AuditController(AuditEntries entries) {
		this.entries = entries;
	}

	@GetMapping("/audit")
	String browse(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String subjectType,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AuditEntries.Filter filter = new AuditEntries.Filter(actor, action, subjectType, from, to, page);
		model.addAttribute("filter", filter);
		model.addAttribute("result", entries.find(filter));
		model.addAttribute("subjectTypes", entries.subjectTypes());
		return "identity/audit";
	}

}
