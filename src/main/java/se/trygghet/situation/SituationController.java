package se.trygghet.situation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghet.system.Forms;
import se.trygghet.system.IdempotentForm;
import se.trygghet.system.Refusal;

/** Pages of the lägesbild: report an incident, my reports, the situation picture of a period, the hot-spot map. */
@Controller
class SituationController {

	private final IncidentReporting reporting;

	private final IncidentFileImport fileImport;

	private final SituationPictures pictures;

	private final SituationPage situationPage;

	private final MyIncidents myIncidents;

	private final WeekNotes notes;

	private final HotSpotPage hotSpotPage;

	private final HotSpots hotSpots;

	private final Clock clock;

	SituationController(IncidentReporting reporting, IncidentFileImport fileImport, SituationPictures pictures,
			SituationPage situationPage, MyIncidents myIncidents, WeekNotes notes, HotSpotPage hotSpotPage,
			HotSpots hotSpots, Clock clock) {
		this.reporting = reporting;
		this.fileImport = fileImport;
		this.pictures = pictures;
		this.situationPage = situationPage;
		this.myIncidents = myIncidents;
		this.notes = notes;
		this.hotSpotPage = hotSpotPage;
		this.hotSpots = hotSpots;
		this.clock = clock;
	}

	/** The report form: the time is the municipality's wall clock, as the reporter reads it. */
	record IncidentForm(@Nullable String category,
			@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime occurredAt,
			@Nullable Double latitude, @Nullable Double longitude, @Nullable @Size(max = 200) String organisation,
			@Nullable @Size(max = 200) String reporterRole, @Nullable Integer severity,
			@Nullable @Size(max = IncidentReporting.MAX_DESCRIPTION) String description) {

		static IncidentForm empty() {
			return new IncidentForm(null, null, null, null, null, null, null, null);
		}

		NewIncident incident(ZoneId zone) {
			return new NewIncident(category, occurredAt == null ? null : occurredAt.atZone(zone).toInstant(), latitude,
					longitude, organisation, reporterRole, severity, description);
		}

	}

	@GetMapping("/incidents/new")
	String newIncident(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new IncidentForm(null, LocalDateTime.now(clock).withSecond(0).withNano(0), null,
					null, null, null, 2, null));
		}
		model.addAttribute("categories", pictures.categories());
		// drawn as vectors on the map, so the reporter sees the municipality's border even without map tiles
		model.addAttribute("outlines", hotSpots.outlinesGeoJson(reporting.municipality()));
		return "situation/incident-form";
	}

	@PostMapping("/incidents")
	@IdempotentForm
	String report(@Valid @ModelAttribute("form") IncidentForm posted, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		IncidentForm form = Forms.recover(posted, errors, model, IncidentForm::empty);
		if (!errors.hasErrors()) {
			try {
				reporting.report(form.incident(clock.getZone()));
				redirect.addFlashAttribute("reported", true);
				return "redirect:/incidents/mine";
			}
			catch (Refusal ex) {
				// the place is one problem of two inputs: shown at the first of them
				ex.fieldCodes().forEach((field, code) -> errors.rejectValue(
						field.equals("location") ? "latitude" : field, code));
			}
		}
		return newIncident(model);
	}

	@GetMapping("/incidents/mine")
	String mine(Model model) {
		model.addAttribute("incidents", myIncidents.list());
		return "situation/my-incidents";
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

	@GetMapping("/incidents/import")
	String importForm() {
		return "situation/import";
	}

	@PostMapping("/incidents/import")
	String importFile(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model) {
		IncidentFileImport.Outcome outcome = fileImport.importUpload(file);
		model.addAttribute("outcome", outcome);
		model.addAttribute("shownProblems", outcome.problems());
		return "situation/import";
	}

	/**
	 * The hot-spot map with its figures and table drawn here, from the same analysis the API gives the map, so the page
	 * states them without JavaScript and agrees with the API.
	 */
	@GetMapping("/situation/hotspots")
	String hotspots(@ModelAttribute("form") HotSpotPage.Form form, BindingResult errors, Model model, Locale locale) {
		model.addAttribute("hotspots", hotSpotPage.view(form, errors.hasErrors(), locale));
		model.addAttribute("categories", pictures.categories());
		return "situation/hotspots";
	}

	/** How hot spots, the kernel density and the weekly flags are computed, in words. */
	@GetMapping("/situation/method")
	String method() {
		return "situation/method";
	}

}
