package se.trygghet.incident;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Hämta nu" on the situation picture: fetches Polisen's events at once and shows what came of it. */
@Controller
class PoliceFeedController {

	/** How a situation picture's period is written (2026-W48, 2026-Q4, 2026-T3, 2026). */
	private static final java.util.regex.Pattern PERIOD_KEY = java.util.regex.Pattern
		.compile("\\d{4}(-W\\d{2}|-Q[1-4]|-T[1-3])?");

	private final PolisenFeed feed;

	private final java.time.Clock clock;

	PoliceFeedController(PolisenFeed feed, java.time.Clock clock) {
		this.feed = feed;
		this.clock = clock;
	}

	@PostMapping("/situation/police/fetch")
	String fetch(@RequestParam(required = false) @Nullable String period, RedirectAttributes redirect) {
		PolisenFeed.Answer answer = feed.fetchNow();
		redirect.addFlashAttribute("policeMessage", answer.code());
		// flash attributes travel in the session (stored in PostgreSQL), so only plain values
		if (answer.run() != null) {
			redirect.addFlashAttribute("policeNew", answer.run().newEvents());
			redirect.addFlashAttribute("policeKnown", answer.run().knownEvents());
		}
		if (answer.notBefore() != null) {
			redirect.addFlashAttribute("policeNotBefore",
					LocalDateTime.ofInstant(answer.notBefore(), clock.getZone()).withNano(0).toString()
						.replace('T', ' '));
		}
		// back to the picture the button was on; anything that is not written like a period goes to this week's
		String key = period == null ? null : period.strip();
		boolean back = key != null && PERIOD_KEY.matcher(key).matches();
		return "redirect:/situation" + (back ? "?period=" + key : "") + "#police-events";
	}

}
