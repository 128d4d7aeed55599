package se.trygghet.situation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
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
import se.trygghet.chart.FigureTableFiles;
import se.trygghet.incident.IncidentReporting;
import se.trygghet.system.Refusal;

/** Pages of the lägesbild: the situation picture of a period with the EST group's note, the hot-spot map. */
@Controller
class SituationController {

	private final SituationPage situationPage;

	private final WeekNotes notes;

	private final HotSpotPage hotSpotPage;

	private final IncidentReporting reporting;

	SituationController(SituationPage situationPage, WeekNotes notes, HotSpotPage hotSpotPage,
			IncidentReporting reporting) {
		this.situationPage = situationPage;
		this.notes = notes;
		this.hotSpotPage = hotSpotPage;
		this.reporting = reporting;
	}

	@GetMapping("/situation")
	String situation(@RequestParam(required = false) @Nullable String period, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		SituationPage.View page = situationPage.view(period, request, response);
		model.addAttribute("picture", page.picture());
		model.addAttribute("matrix", page.matrix());
		model.addAttribute("police", page.police());
		model.addAttribute("note", page.note());
		model.addAttribute("badPeriod", page.badPeriod());
		return "situation/picture";
	}

	/** The picture's table as the page shows it, as an Excel or CSV file. */
	@GetMapping("/situation/{period}/table/{format:csv|xlsx}")
	ResponseEntity<byte[]> table(@PathVariable SituationPeriod period, @PathVariable String format, Locale locale) {
		return FigureTableFiles.download(situationPage.table(period, locale), format);
	}

	/** Saves the EST group's assessment and next week's focus places; a stale version is refused, not overwritten. */
	@PostMapping("/situation/{period}/note")
	String saveNote(@PathVariable SituationPeriod period, @ModelAttribute WeekNotes.NoteForm form,
			RedirectAttributes redirect) {
		try {
			notes.save(period, form);
			redirect.addFlashAttribute("noteSaved", true);
		}
		catch (Refusal refusal) {
			redirect.addFlashAttribute("noteError", refusal.code());
		}
		return "redirect:/situation?period=" + period.key() + "#week-note";
	}

	/**
	 * The hot-spot map with its figures and table drawn here, from the same analysis the API gives the map, so the page
	 * states them without JavaScript and agrees with the API.
	 */
	@GetMapping("/situation/hotspots")
	String hotspots(@ModelAttribute("form") HotSpotPage.Form form, BindingResult errors, Model model, Locale locale) {
		model.addAttribute("hotspots", hotSpotPage.view(form, errors.hasErrors(), locale));
		model.addAttribute("categories", reporting.activeCategories());
		return "situation/hotspots";
	}

	/** The hot-spot page's table of significant cells for the same selection, as an Excel or CSV file. */
	@GetMapping("/situation/hotspots/table/{format:csv|xlsx}")
	ResponseEntity<byte[]> hotspotTable(@PathVariable String format, @ModelAttribute("form") HotSpotPage.Form form,
			BindingResult errors, Locale locale) {
		return FigureTableFiles.download(hotSpotPage.table(form, errors.hasErrors(), locale), format);
	}

	/** How hot spots, the kernel density and the weekly flags are computed, in words. */
	@GetMapping("/situation/method")
	String method() {
		return "situation/method";
	}

}
