package se.trygghet.intervention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghet.area.AreaId;
import se.trygghet.plan.IndicatorId;
import se.trygghet.situation.IncidentCounts;
import se.trygghet.system.IdempotentForm;
import se.trygghet.system.NotFoundException;
import se.trygghet.system.Refusal;

/** The problem pages: the list, one problem with its analysis, interventions and feedback, and their forms. */
@Controller
class ProblemController {

	static final String FORM = "intervention/problem-form";

	private final InterventionWork work;

	private final Problems problems;

	private final Interventions interventions;

	private final Feedbacks feedbacks;

	private final IncidentCounts incidents;

	private final Choices choices;

	private final PartnerScope partners;

	ProblemController(InterventionWork work, Problems problems, Interventions interventions, Feedbacks feedbacks,
			IncidentCounts incidents, Choices choices, PartnerScope partners) {
		this.partners = partners;
		this.work = work;
		this.problems = problems;
		this.interventions = interventions;
		this.feedbacks = feedbacks;
		this.incidents = incidents;
		this.choices = choices;
	}

	record ProblemForm(@Nullable String title, @Nullable String description, @Nullable String area,
			@Nullable List<String> categories, @Nullable String from, @Nullable String to, @Nullable String priority,
			@Nullable String visibility, @Nullable List<String> indicators, @Nullable String documents,
			@Nullable String version) {

		public List<String> chosenCategories() {
			return FormFields.texts(categories);
		}

		public List<String> chosenIndicators() {
			return FormFields.texts(indicators);
		}

	}

	record StatusForm(@Nullable String status, @Nullable String version) {
	}

	record AnalysisForm(@Nullable String place, @Nullable String victim, @Nullable String offender,
			@Nullable String riskFactors, @Nullable String protectiveFactors, @Nullable String sources,
			@Nullable String version) {
	}

	record DialogueForm(@Nullable String heldOn, @Nullable String participants, @Nullable String notes) {
	}

	record FeedbackForm(@Nullable String intervention, @Nullable String recipientKind, @Nullable String recipient,
			@Nullable String givenOn, @Nullable String channel, @Nullable String summary,
			@Nullable String visibility) {
	}

	/** A row of live incident counts behind a problem. */
	record IncidentCount(String category, long count) {
	}

	@GetMapping("/problems")
	String list(Model model) {
		PartnerScope.Reach reach = partners.reach();
		model.addAttribute("problems", reach.everything() ? problems.all()
				: reach.actor() == null ? List.of() : problems.sharedWithActor(reach.actor().value()));
		model.addAttribute("choices", choices);
		return "intervention/problems";
	}

	/**
	 * The form for a new problem, filled from the situation picture's link when it came from there: the area, the
	 * category and the picture's period.
	 */
	@GetMapping("/problems/new")
	String newProblem(@RequestParam(required = false) @Nullable String area,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Model model, Locale locale) {
		model.addAttribute("form", new ProblemForm("", "", area, category == null ? List.of() : List.of(category),
				from, to, Priority.MEDEL.name(), Visibility.INTERNAL.name(), List.of(), "", null));
		return problemForm(null, model, locale);
	}

	@PostMapping("/problems")
	@IdempotentForm
	String create(@ModelAttribute("form") ProblemForm form, BindingResult errors, Model model, Locale locale,
			RedirectAttributes redirect) {
		FormFields fields = new FormFields(errors);
		Problem[] built = new Problem[1];
		fields.attempt(() -> built[0] = problem(new ProblemId(UUID.randomUUID()), form, fields, 0));
		if (built[0] == null || !fields.ok()) {
			return problemForm(null, model, locale);
		}
		ProblemId id = work.recordProblem(built[0]);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/problems/" + id;
	}

	@GetMapping("/problems/{id}/edit")
	String edit(@PathVariable UUID id, Model model, Locale locale) {
		Problem p = problem(new ProblemId(id));
		model.addAttribute("form", new ProblemForm(p.title(), p.description(),
				p.area() == null ? null : p.area().toString(), p.categories(), p.from().toString(), p.to().toString(),
				p.priority().name(), p.visibility().name(),
				p.evidence().stream().filter(e -> e.indicator() != null).map(e -> e.indicator().toString()).toList(),
				String.join("\n",
						p.evidence().stream().filter(e -> e.indicator() == null)
							.map(e -> e.title() + " | " + e.reference()).toList()),
				String.valueOf(p.version())));
		return problemForm(p, model, locale);
	}

	@PostMapping("/problems/{id}")
	String revise(@PathVariable UUID id, @ModelAttribute("form") ProblemForm form, BindingResult errors, Model model,
			Locale locale, RedirectAttributes redirect) {
		Problem stored = problem(new ProblemId(id));
		FormFields fields = new FormFields(errors);
		Integer version = fields.whole("version", form.version());
		Problem[] built = new Problem[1];
		fields.attempt(() -> built[0] = problem(stored.id(), form, fields, version == null ? -1 : version));
		if (built[0] == null || !fields.ok()) {
			return problemForm(stored, model, locale);
		}
		try {
			work.reviseProblem(built[0]);
		}
		catch (OptimisticLockingFailureException ex) {
			errors.reject("intervention.conflict");
			return problemForm(stored, model, locale);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/problems/" + id;
	}

	/** The problem the form describes, or null when a field is wrong (each wrong field then has its error). */
	private @Nullable Problem problem(ProblemId id, ProblemForm form, FormFields fields, int version) {
		fields.attempt(() -> Texts.require("title", form.title(), Problem.MAX_TITLE));
		fields.attempt(() -> Texts.optional("description", form.description(), Problem.MAX_TEXT));
		UUID area = fields.id("area", form.area(), false);
		LocalDate from = fields.date("from", form.from(), true);
		LocalDate to = fields.date("to", form.to(), true);
		Priority priority = fields.choice("priority", Priority.class, form.priority());
		Visibility visibility = fields.choice("visibility", Visibility.class, form.visibility());
		List<Problem.Evidence> evidence = new ArrayList<>();
		fields.ids("indicators", form.indicators()).forEach(i -> evidence.add(Problem.Evidence.indicator(new IndicatorId(i))));
		fields.attempt(() -> {
			for (String line : FormFields.lines(form.documents())) {
				int bar = line.indexOf('|');
				if (bar < 1 || bar == line.length() - 1) {
					throw Refusal.on("documents", "problem.documents.format");
				}
				evidence.add(Problem.Evidence.document(line.substring(0, bar), line.substring(bar + 1)));
			}
		});
		if (!fields.ok() || from == null || to == null || priority == null || visibility == null) {
			return null;
		}
		return new Problem(id, form.title().strip(), Texts.clean(form.description()),
				area == null ? null : new AreaId(area), form.chosenCategories(), from, to, priority,
				ProblemStatus.IDENTIFIERAT, visibility, evidence, false, version);
	}

	private String problemForm(@Nullable Problem problem, Model model, Locale locale) {
		model.addAttribute("problem", problem);
		model.addAttribute("areas", choices.areas(locale));
		model.addAttribute("categories", choices.categories(locale));
		model.addAttribute("indicators", choices.indicators());
		model.addAttribute("priorities", choices.of(Priority.class, "problem.priority.", locale));
		model.addAttribute("visibilities", choices.of(Visibility.class, "intervention.visibility.", locale));
		return FORM;
	}

	@GetMapping("/problems/{id}")
	String show(@PathVariable UUID id, Model model, Locale locale) {
		partners.requireProblem(new ProblemId(id), problems);
		return page(problem(new ProblemId(id)), model, locale);
	}

	@PostMapping("/problems/{id}/status")
	String move(@PathVariable UUID id, @ModelAttribute("statusForm") StatusForm form, BindingResult errors,
			Model model, Locale locale, RedirectAttributes redirect) {
		Problem stored = problem(new ProblemId(id));
		FormFields fields = new FormFields(errors);
		ProblemStatus next = fields.choice("status", ProblemStatus.class, form.status());
		Integer version = fields.whole("version", form.version());
		if (next != null && version != null) {
			try {
				if (fields.attempt(() -> work.moveProblem(stored.id(), next, version))) {
					redirect.addFlashAttribute("saved", true);
					return "redirect:/problems/" + id;
				}
			}
			catch (OptimisticLockingFailureException ex) {
				errors.reject("intervention.conflict");
			}
		}
		model.addAttribute("statusError", errors.getAllErrors().get(0).getCode());
		return page(stored, model, locale);
	}

	@GetMapping("/problems/{id}/analysis")
	String editAnalysis(@PathVariable UUID id, Model model) {
		Problem p = problem(new ProblemId(id));
		CauseAnalysis a = problems.analysis(p.id());
		model.addAttribute("form", new AnalysisForm(a.place(), a.victim(), a.offender(),
				String.join("\n", a.riskFactors()), String.join("\n", a.protectiveFactors()), a.sources(),
				String.valueOf(a.version())));
		model.addAttribute("problem", p);
		return "intervention/analysis-form";
	}

	@PostMapping("/problems/{id}/analysis")
	String saveAnalysis(@PathVariable UUID id, @ModelAttribute("form") AnalysisForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Problem p = problem(new ProblemId(id));
		model.addAttribute("problem", p);
		FormFields fields = new FormFields(errors);
		Integer version = fields.whole("version", form.version());
		boolean saved = version != null && fields.attempt(() -> {
			CauseAnalysis analysis = new CauseAnalysis(Texts.clean(form.place()), Texts.clean(form.victim()),
					Texts.clean(form.offender()), FormFields.lines(form.riskFactors()),
					FormFields.lines(form.protectiveFactors()), Texts.clean(form.sources()), version);
			try {
				work.saveAnalysis(p.id(), analysis, version);
			}
			catch (OptimisticLockingFailureException ex) {
				throw Refusal.of("intervention.conflict");
			}
		});
		if (!saved) {
			return "intervention/analysis-form";
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/problems/" + id + "#analysis";
	}

	@PostMapping("/problems/{id}/dialogues")
	@IdempotentForm
	String addDialogue(@PathVariable UUID id, @ModelAttribute("dialogueForm") DialogueForm form, BindingResult errors,
			Model model, Locale locale, RedirectAttributes redirect) {
		Problem p = problem(new ProblemId(id));
		FormFields fields = new FormFields(errors);
		LocalDate heldOn = fields.date("heldOn", form.heldOn(), true);
		boolean participants = fields.attempt(() -> Texts.require("participants", form.participants(), 500));
		boolean notes = fields.attempt(() -> Texts.require("notes", form.notes(), Problem.MAX_TEXT));
		if (participants && notes && heldOn != null) {
			work.recordDialogue(p.id(), new CauseAnalysis.Dialogue(heldOn, nz(form.participants()), nz(form.notes())));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/problems/" + id + "#dialogues";
		}
		return page(p, model, locale);
	}

	@PostMapping("/problems/{id}/feedback")
	@IdempotentForm
	String addFeedback(@PathVariable UUID id, @ModelAttribute("feedbackForm") FeedbackForm form, BindingResult errors,
			Model model, Locale locale, RedirectAttributes redirect) {
		Problem p = problem(new ProblemId(id));
		FormFields fields = new FormFields(errors);
		UUID intervention = fields.id("intervention", form.intervention(), false);
		RecipientKind kind = fields.choice("recipientKind", RecipientKind.class, form.recipientKind());
		LocalDate givenOn = fields.date("givenOn", form.givenOn(), true);
		Visibility visibility = fields.choice("visibility", Visibility.class, form.visibility());
		Feedback[] built = new Feedback[1];
		fields.attempt(() -> built[0] = new Feedback(p.id(),
				intervention == null ? null : new InterventionId(intervention),
				kind == null ? RecipientKind.OTHER : kind, nz(form.recipient()),
				givenOn == null ? LocalDate.MIN : givenOn, nz(form.channel()), nz(form.summary()),
				visibility == null ? Visibility.INTERNAL : visibility));
		if (fields.ok() && fields.attempt(() -> work.recordFeedback(built[0]))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/problems/" + id + "#feedback";
		}
		return page(p, model, locale);
	}

	private static String nz(@Nullable String text) {
		return text == null ? "" : text;
	}

	private String page(Problem p, Model model, Locale locale) {
		model.addAttribute("problem", p);
		model.addAttribute("areaName", choices.areaName(p.area()));
		model.addAttribute("demoArea", choices.demoArea(p.area()));
		model.addAttribute("categoryNames", choices.categoryNames(p.categories(), locale));
		model.addAttribute("counts", counts(p, locale));
		model.addAttribute("indicatorNames", p.evidence().stream().filter(e -> e.indicator() != null)
			.map(e -> choices.indicatorName(e.indicator())).toList());
		model.addAttribute("documents", p.evidence().stream().filter(e -> e.indicator() == null).toList());
		model.addAttribute("analysis", problems.analysis(p.id()));
		model.addAttribute("dialogues", problems.dialogues(p.id()));
		// a partner sees only the interventions its organisation is responsible for, not the rest of the problem's;
		// the binding is read once for the page, not once per intervention
		PartnerScope.Reach reach = partners.reach();
		List<Intervention> list = interventions.ofProblem(p.id()).stream().filter(reach::reads).toList();
		model.addAttribute("interventions", list);
		model.addAttribute("feedback", reach.everything() ? feedbacks.ofProblem(p.id()) : List.of());
		model.addAttribute("nextSteps", p.status().nextSteps());
		model.addAttribute("interventionOptions",
				list.stream().map(i -> new Choices.Option(i.id().toString(), i.title())).toList());
		model.addAttribute("recipientKinds", choices.of(RecipientKind.class, "feedback.recipient.", locale));
		model.addAttribute("visibilities", choices.of(Visibility.class, "intervention.visibility.", locale));
		if (!model.containsAttribute("dialogueForm")) {
			model.addAttribute("dialogueForm", new DialogueForm(null, null, null));
		}
		if (!model.containsAttribute("feedbackForm")) {
			model.addAttribute("feedbackForm",
					new FeedbackForm(null, null, null, null, null, null, Visibility.INTERNAL.name()));
		}
		return "intervention/problem";
	}

	/** The incidents behind the problem, counted now: per category (or all), in its area over its period. */
	private List<IncidentCount> counts(Problem p, Locale locale) {
		AreaId area = p.area() != null ? p.area() : choices.municipalityArea().orElse(null);
		if (area == null) {
			return List.of();
		}
		IncidentCounts.Zone zone = new IncidentCounts.InArea(area);
		Map<String, String> names = new LinkedHashMap<>();
		choices.categories(locale).forEach(o -> names.put(o.value(), o.label()));
		List<IncidentCount> rows = new ArrayList<>();
		for (String code : p.categories()) {
			rows.add(new IncidentCount(names.getOrDefault(code, code),
					incidents.count(zone, p.from(), p.to().plusDays(1), Set.of(code))));
		}
		if (p.categories().size() != 1) {
			rows.add(new IncidentCount(choices.categoryNames(List.of(), locale),
					incidents.count(zone, p.from(), p.to().plusDays(1), Set.of())));
		}
		return rows;
	}

	private Problem problem(ProblemId id) {
		return problems.find(id).orElseThrow(() -> new NotFoundException("problem " + id));
	}

}
