package se.trygghet.planning;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The evidence page of a draft plan: the whole plan, or one focus area ({@code ?area=2}). */
@Controller
class EvidenceController {

	private final EvidenceReadModel evidence;

	EvidenceController(EvidenceReadModel evidence) {
		this.evidence = evidence;
	}

	@GetMapping("/planning/{key}/evidence")
	String evidence(@PathVariable String key, @RequestParam(required = false) @Nullable Integer area, Locale locale,
			Model model) {
		model.addAttribute("evidence", evidence.evidence(key, area, locale));
		return "planning/evidence";
	}

}
