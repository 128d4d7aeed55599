package se.trygghet.incident;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghet.area.AreaCatalog;
import se.trygghet.system.Forms;
import se.trygghet.system.IdempotentForm;
import se.trygghet.system.Refusal;

/** Pages of incident intake: report an incident, my reports, import a file of incidents. */
@Controller
class IncidentController {

	private final IncidentReporting reporting;

	private final IncidentFileImport fileImport;

	private final MyIncidents myIncidents;

	private final AreaCatalog areas;

	private final Clock clock;

	IncidentController(IncidentReporting reporting, IncidentFileImport fileImport, MyIncidents myIncidents,
			AreaCatalog areas, Clock clock) {
		this.reporting = reporting;
		this.fileImport = fileImport;
		this.myIncidents = myIncidents;
		this.areas = areas;
		this.clock = clock;
	}

	/** The report form: the time is the municipality's wall clock, as the reporter reads it. */
	public record IncidentForm(@Nullable String category,
			@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime occurredAt,
			@Nullable Double latitude, @Nullable Double longitude, @Nullable @Size(max = 200) String organisation,
			@Nullable @Size(max = 200) String reporterRole, @Nullable Integer severity,
			@Nullable @Size(max = IncidentReporting.MAX_DESCRIPTION) String description) {

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
		model.addAttribute("categories", reporting.activeCategories());
		// drawn as vectors on the map, so the reporter sees the municipality's border even without map tiles
		model.addAttribute("outlines", areas.outlinesGeoJson(reporting.municipality()));
		return "incident/incident-form";
	}

	@PostMapping("/incidents")
	@IdempotentForm
	String report(@Valid @ModelAttribute("form") IncidentForm form, BindingResult bound, Model model,
			RedirectAttributes redirect) {
		BindingResult errors = Forms.errors(form, bound, model);
		NewIncident incident = form.incident(clock.getZone());
		try {
			if (errors.hasErrors()) {
				// checked even when a value could not be read, so that every problem shows at once
				reporting.check(incident);
			}
			else {
				reporting.report(incident);
				redirect.addFlashAttribute("reported", true);
				return "redirect:/incidents/mine";
			}
		}
		catch (Refusal ex) {
			rejectUnlessShown(errors, ex);
		}
		return newIncident(model);
	}

	/**
	 * The check's problems beside their fields, except where a value that could not be read is already shown: a
	 * coordinate that is not a number is not also "missing". The place is one problem of two inputs, shown at the first.
	 */
	private static void rejectUnlessShown(BindingResult errors, Refusal refusal) {
		boolean placeShown = errors.hasFieldErrors("latitude") || errors.hasFieldErrors("longitude");
		refusal.fieldCodes().forEach((field, code) -> {
			String shownAt = field.equals("location") ? "latitude" : field;
			if (!(shownAt.equals("latitude") ? placeShown : errors.hasFieldErrors(shownAt))) {
				errors.rejectValue(shownAt, code);
			}
		});
	}

	@GetMapping("/incidents/mine")
	String mine(Model model) {
		model.addAttribute("incidents", myIncidents.list());
		return "incident/my-incidents";
	}

	@GetMapping("/incidents/import")
	String importForm() {
		return "incident/import";
	}

	@PostMapping("/incidents/import")
	String importFile(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model) {
		IncidentFileImport.Outcome outcome = fileImport.importUpload(file);
		model.addAttribute("outcome", outcome);
		model.addAttribute("shownProblems", outcome.problems());
		return "incident/import";
	}

}
