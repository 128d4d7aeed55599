package se.trygghet.situation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.system.Forms;
import se.trygghet.system.IdempotentForm;
import se.trygghet.system.PersonalData;
import se.trygghet.system.Refusal;

/** Pages of the lägesbild: report an incident, my reports, the situation picture of a period, the hot-spot map. */
@Controller
class SituationController {

	private final IncidentReporting reporting;

	private final IncidentFileImport fileImport;

	private final SituationPictures pictures;

	private final JdbcClient jdbc;

	private final CurrentUsers currentUsers;

	private final Clock clock;

	private final PoliceEvents policeEvents;

	private final WeekNotes notes;

	private final se.trygghet.system.TemplateFragments fragments;

	private final HotSpotPage hotSpotPage;

	private final HotSpots hotSpots;

	SituationController(IncidentReporting reporting, SituationPictures pictures, JdbcClient jdbc,
			CurrentUsers currentUsers, Clock clock, IncidentFileImport fileImport, PoliceEvents policeEvents,
			WeekNotes notes, se.trygghet.system.TemplateFragments fragments, HotSpotPage hotSpotPage,
			HotSpots hotSpots) {
		this.hotSpotPage = hotSpotPage;
		this.hotSpots = hotSpots;
		this.notes = notes;
		this.fragments = fragments;
		this.fileImport = fileImport;
		this.policeEvents = policeEvents;
		this.reporting = reporting;
		this.pictures = pictures;
		this.jdbc = jdbc;
		this.currentUsers = currentUsers;
		this.clock = clock;
	}

	record IncidentForm(@Nullable String category,
			@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime occurredAt,
			@Nullable Double latitude, @Nullable Double longitude, @Nullable @Size(max = 200) String organisation,
			@Nullable @Size(max = 200) String reporterRole, @Nullable Integer severity,
			@Nullable @Size(max = IncidentReporting.MAX_DESCRIPTION) String description) {

		NewIncident incident(java.time.ZoneId zone) {
			return new NewIncident(category,
					occurredAt == null ? null : occurredAt.atZone(zone).toInstant(), latitude,
					longitude, organisation, reporterRole, severity, description);
		}

	}

	@GetMapping("/incidents/new")
	String newIncident(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new IncidentForm(null,
					LocalDateTime.now(clock).withSecond(0).withNano(0), null, null,
					null, null, 2, null));
		}
		model.addAttribute("categories", categories());
		// drawn as vectors on the map, so the reporter sees the municipality's border even without map tiles
		model.addAttribute("outlines", hotSpots.outlinesGeoJson(reporting.municipality()));
		return "situation/incident-form";
	}

	@PostMapping("/incidents")
	@IdempotentForm
	String report(@Valid @ModelAttribute("form") IncidentForm posted, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		IncidentForm form = Forms.recover(posted, errors, model,
				() -> new IncidentForm(null, null, null, null, null, null, null, null));
		if (!errors.hasErrors()) {
			try {
				reporting.report(form.incident(clock.getZone()));
				redirect.addFlashAttribute("reported", true);
				return "redirect:/incidents/mine";
			}
			catch (Refusal ex) {
				ex.fieldCodes().forEach((field, code) -> errors.rejectValue(
						field.equals("location") ? "latitude" : field, code));
			}
		}
		return newIncident(model);
	}

	record MyIncident(String category, LocalDateTime occurredAt, @Nullable String area, int severity,
			@Nullable String description) {
	}

	@GetMapping("/incidents/mine")
	String mine(Model model) {
		model.addAttribute("incidents", jdbc.sql("""
				select c.name_sv, i.occurred_at, a.name, i.severity, i.description
				  from incident i join incident_category c on c.code = i.category
				  left join area a on a.id = i.area_id
				 where i.reported_by = :me order by i.reported_at desc limit 200
				""")
			.param("me", currentUsers.actorName())
			.query((rs, n) -> new MyIncident(rs.getString(1),
					rs.getTimestamp(2).toInstant().atZone(clock.getZone()).toLocalDateTime(), rs.getString(3),
					rs.getInt(4), rs.getString(5)))
			.list());
		return "situation/my-incidents";
	}

	@GetMapping("/situation")
	String situation(@RequestParam(required = false) @Nullable String period, Model model,
			jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
		SituationPeriod shown;
		try {
			shown = period == null || period.isBlank() ? SituationPeriod.weekOf(LocalDate.now(clock))
					: SituationPeriod.parse(period.strip());
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("badPeriod", period);
			shown = SituationPeriod.weekOf(LocalDate.now(clock));
		}
		SituationPictures.Shown picture = pictures.shown(reporting.municipality(), shown);
		model.addAttribute("picture", picture.picture());
		// the table is most of the page's work and the same for every analyst: rendered once per picture and language
		// while results are kept; each area and flagged cell offers to start a problem from it (the knowledge-based
		// cycle starts here)
		java.util.Map<String, Object> matrix = java.util.Map.of("picture", picture.picture(), "createProblems", true);
		model.addAttribute("matrix", pictures.keepsResults()
				? fragments.cached(List.of("situation-matrix", picture.key(),
						org.springframework.context.i18n.LocaleContextHolder.getLocale()), "situation/matrix", "matrix",
						() -> matrix, request, response)
				: se.trygghet.system.TemplateFragments.withoutIndentation(
						fragments.render("situation/matrix", "matrix", matrix, request, response)));
		model.addAttribute("police", policeEvents.summary(shown));
		model.addAttribute("note", notes.find(reporting.municipality(), shown));
		return "situation/picture";
	}

	/** Saves the EST group's assessment and next week's focus places; a stale version is refused, not overwritten. */
	@PostMapping("/situation/{period}/note")
	String saveNote(@PathVariable String period, @RequestParam(defaultValue = "") String assessment,
			@RequestParam(defaultValue = "") String focusPlaces, @RequestParam int version,
			RedirectAttributes redirect) {
		SituationPeriod week = SituationPeriod.parse(period);
		String problem = PersonalData.findIn(assessment + "\n" + focusPlaces).map(kind -> "situation.personalData." + kind.key())
			.orElse(assessment.length() > 20_000 || focusPlaces.length() > 20_000 ? "followup.text.tooLong" : null);
		if (problem != null) {
			redirect.addFlashAttribute("noteError", problem);
			return "redirect:/situation?period=" + week.key();
		}
		Timestamp now = Timestamp.from(clock.instant());
		int changed = version < 0 ? jdbc.sql("""
				insert into situation_week (municipality, iso_week, assessment, focus_places, updated_by, updated_at)
				values (:m, :w, :a, :f, :by, :at) on conflict do nothing
				""")
			.param("m", reporting.municipality()).param("w", week.key()).param("a", assessment.strip())
			.param("f", focusPlaces.strip()).param("by", currentUsers.actorName()).param("at", now)
			.update()
				: jdbc.sql("""
						update situation_week set assessment = :a, focus_places = :f, updated_by = :by, updated_at = :at,
						       version = version + 1
						 where municipality = :m and iso_week = :w and version = :v
						""")
					.param("m", reporting.municipality()).param("w", week.key()).param("a", assessment.strip())
					.param("f", focusPlaces.strip()).param("by", currentUsers.actorName()).param("at", now)
					.param("v", version)
					.update();
		redirect.addFlashAttribute(changed == 1 ? "noteSaved" : "noteError",
				changed == 1 ? true : "concurrent.change");
		return "redirect:/situation?period=" + week.key();
	}

	@GetMapping("/incidents/import")
	String importForm() {
		return "situation/import";
	}

	@PostMapping("/incidents/import")
	String importFile(
			@RequestParam(name = "file", required = false) org.springframework.web.multipart.@Nullable MultipartFile file,
			Model model) throws java.io.IOException {
		IncidentFileImport.Outcome outcome;
		if (file == null) {
			outcome = fileImport.importFile(new byte[0]);
		}
		else {
			// the upload is spooled to disk by the servlet container; read it from there as a stream, never whole
			try (java.io.InputStream in = file.getInputStream()) {
				outcome = fileImport.importFile(in, file.getSize());
			}
		}
		model.addAttribute("outcome", outcome);
		model.addAttribute("shownProblems", outcome.problems());
		return "situation/import";
	}

	/**
	 * The hot-spot map with its figures and table drawn here, from the same analysis the API gives the map, so the page
	 * states them without JavaScript and agrees with the API.
	 */
	@GetMapping("/situation/hotspots")
	String hotspots(@ModelAttribute("form") HotSpotPage.Form form, BindingResult errors, Model model,
			java.util.Locale locale) {
		model.addAttribute("hotspots", hotSpotPage.view(form, errors.hasErrors(), locale));
		model.addAttribute("categories", categories());
		return "situation/hotspots";
	}

	/** How hot spots, the kernel density and the weekly flags are computed, in words. */
	@GetMapping("/situation/method")
	String method() {
		return "situation/method";
	}

	private List<SituationPictures.Category> categories() {
		return pictures.categories();
	}


}
