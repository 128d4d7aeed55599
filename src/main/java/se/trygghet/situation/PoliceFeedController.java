package se.trygghet.situation;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Hämta nu" on the situation picture: fetches Polisen's events at once and shows what came of it. */
@Controller
class PoliceFeedController {

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
		String key = null;
		try {
			key = period == null || period.isBlank() ? null : SituationPeriod.parse(period.strip()).key();
		}
		catch (IllegalArgumentException ex) {
			// an unknown period: back to this week's picture
		}
		return "redirect:/situation" + (key == null ? "" : "?period=" + key) + "#police-events";
	}

}
