package se.trygghet.intervention;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.springframework.format.annotation.DateTimeFormat;
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
import se.trygghet.system.Forms;
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

	/** A problem as the form gives it; {@code documents} is one "title | reference" per line. */
	public record ProblemForm(@NotBlank @Size(max = Problem.MAX_TITLE) String title,
			@Nullable @Size(max = Problem.MAX_TEXT) String description, @Nullable UUID area,
			@Nullable List<String> categories, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @NotNull Priority priority,
			@NotNull Visibility visibility, @Nullable List<UUID> indicators, @Nullable String documents,
			@Nullable Integer version) {

		public List<String> chosenCategories() {
			return Forms.chosen(categories);
		}

		public List<String> chosenIndicators() {
			return Forms.chosen(indicators);
		}

	}

	public record StatusForm(@NotNull ProblemStatus status, @NotNull Integer version) {
	}

	/** The crime triangle as text; risk and protective factors one per line. */
	public record AnalysisForm(@Nullable String place, @Nullable String victim, @Nullable String offender,
			@Nullable String riskFactors, @Nullable String protectiveFactors, @Nullable String sources,
			@NotNull Integer version) {
	}

	public record DialogueForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			@NotBlank @Size(max = 500) String participants, @NotBlank @Size(max = Problem.MAX_TEXT) String notes) {
	}

	public record FeedbackForm(@Nullable UUID intervention, @NotNull RecipientKind recipientKind, @Nullable String recipient,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate givenOn, @Nullable String channel,
			@Nullable String summary, @NotNull Visibility visibility) {
	}

	/** A row of live incident counts behind a problem. */
	public record IncidentCount(String category, long count) {
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
	String newProblem(@RequestParam(required = false) @Nullable UUID area,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			Model model, Locale locale) {
		model.addAttribute("form", new ProblemForm("", "", area, category == null ? List.of() : List.of(category),
				from, to, Priority.MEDEL, Visibility.INTERNAL, List.of(), "", null));
		return problemForm(null, model, locale);
	}

	@PostMapping("/problems")
	@IdempotentForm
	String create(@Valid @ModelAttribute("form") ProblemForm form, BindingResult bound, Model model, Locale locale,
			RedirectAttributes redirect) {
		BindingResult errors = Forms.errors(form, bound, model);
		Problem built = problem(new ProblemId(UUID.randomUUID()), form, errors, 0);
		if (built == null) {
			return problemForm(null, model, locale);
		}
		if (!Forms.attempt(errors, () -> work.recordProblem(built))) {
			return problemForm(null, model, locale);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/problems/" + built.id();
	}

	@GetMapping("/problems/{id}/edit")
	String edit(@PathVariable UUID id, Model model, Locale locale) {
		Problem p = problem(new ProblemId(id));
		model.addAttribute("form", new ProblemForm(p.title(), p.description(),
				p.area() == null ? null : p.area().value(), p.categories(), p.from(), p.to(), p.priority(),
				p.visibility(),
				p.evidence().stream().filter(e -> e.indicator() != null).map(e -> e.indicator().value()).toList(),
				String.join("\n",
						p.evidence().stream().filter(e -> e.indicator() == null)
							.map(e -> e.title() + " | " + e.reference()).toList()),
				p.version()));
		return problemForm(p, model, locale);
	}

	@PostMapping("/problems/{id}")
	String revise(@PathVariable UUID id, @Valid @ModelAttribute("form") ProblemForm form, BindingResult bound,
			Model model, Locale locale, RedirectAttributes redirect) {
		BindingResult errors = Forms.errors(form, bound, model);
		Problem stored = problem(new ProblemId(id));
		Problem built = problem(stored.id(), form, errors, form.version() == null ? -1 : form.version());
		if (built == null) {
			return problemForm(stored, model, locale);
		}
		try {
			if (!Forms.attempt(errors, () -> work.reviseProblem(built))) {
				return problemForm(stored, model, locale);
			}
		}
		catch (OptimisticLockingFailureException ex) {
			errors.reject("intervention.conflict");
			return problemForm(stored, model, locale);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/problems/" + id;
	}

	/**
	 * The problem the form describes, or null when the form or a rule of the problem refuses it: every error is then
	 * on the form, beside its field.
	 */
	private @Nullable Problem problem(ProblemId id, ProblemForm form, BindingResult errors, int version) {
		List<Problem.Evidence> evidence = new ArrayList<>();
		Forms.distinct(form.indicators()).forEach(i -> evidence.add(Problem.Evidence.indicator(new IndicatorId(i))));
		Forms.attempt(errors, () -> {
			for (String line : Forms.lines(form.documents())) {
				int bar = line.indexOf('|');
				if (bar < 1 || bar == line.length() - 1) {
					throw Refusal.on("documents", "problem.documents.format");
				}
				evidence.add(Problem.Evidence.document(line.substring(0, bar), line.substring(bar + 1)));
			}
		});
		if (errors.hasErrors()) {
			return null;
		}
		Problem[] built = new Problem[1];
		Forms.attempt(errors, () -> built[0] = new Problem(id, form.title().strip(), Texts.clean(form.description()),
				form.area() == null ? null : new AreaId(form.area()), form.chosenCategories(), form.from(), form.to(),
				form.priority(), ProblemStatus.IDENTIFIERAT, form.visibility(), evidence, false, version));
		return built[0];
	}

	private String problemForm(@Nullable Problem problem, Model model, Locale locale) {
		model.addAttribute("problem", problem);
		model.addAttribute("areas", choices.areas(locale));
		model.addAttribute("categories", choices.categories(locale));
		model.addAttribute("indicatorGroups",
				choices.indicatorGroups(((ProblemForm) model.getAttribute("form")).chosenIndicators(), locale));
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
	String move(@PathVariable UUID id, @Valid @ModelAttribute("statusForm") StatusForm form, BindingResult bound,
			Model model, Locale locale, RedirectAttributes redirect) {
		BindingResult errors = Forms.errors(form, bound, model);
		Problem stored = problem(new ProblemId(id));
		if (!errors.hasErrors()) {
			try {
				if (Forms.attempt(errors, () -> work.moveProblem(stored.id(), form.status(), form.version()))) {
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
				a.version()));
		model.addAttribute("problem", p);
		return "intervention/analysis-form";
	}

	@PostMapping("/problems/{id}/analysis")
	String saveAnalysis(@PathVariable UUID id, @Valid @ModelAttribute("form") AnalysisForm form, BindingResult bound,
			Model model, RedirectAttributes redirect) {
		BindingResult errors = Forms.errors(form, bound, model);
		Problem p = problem(new ProblemId(id));
		model.addAttribute("problem", p);
		boolean saved = !errors.hasErrors() && Forms.attempt(errors, () -> {
			CauseAnalysis analysis = new CauseAnalysis(Texts.clean(form.place()), Texts.clean(form.victim()),
					Texts.clean(form.offender()), Forms.lines(form.riskFactors()),
					Forms.lines(form.protectiveFactors()), Texts.clean(form.sources()), form.version());
			try {
				work.saveAnalysis(p.id(), analysis, form.version());
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
	String addDialogue(@PathVariable UUID id, @Valid @ModelAttribute("dialogueForm") DialogueForm form,
			BindingResult bound, Model model, Locale locale, RedirectAttributes redirect) {
		BindingResult errors = Forms.errors(form, bound, model);
		Problem p = problem(new ProblemId(id));
		if (!errors.hasErrors()) {
			work.recordDialogue(p.id(), new CauseAnalysis.Dialogue(form.heldOn(), form.participants(), form.notes()));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/problems/" + id + "#dialogues";
		}
		return page(p, model, locale);
	}

	@PostMapping("/problems/{id}/feedback")
	@IdempotentForm
	String addFeedback(@PathVariable UUID id, @Valid @ModelAttribute("feedbackForm") FeedbackForm form,
			BindingResult bound, Model model, Locale locale, RedirectAttributes redirect) {
		BindingResult errors = Forms.errors(form, bound, model);
		Problem p = problem(new ProblemId(id));
		if (!errors.hasErrors() && Forms.attempt(errors, () -> work.recordFeedback(new Feedback(p.id(),
				form.intervention() == null ? null : new InterventionId(form.intervention()), form.recipientKind(),
				nz(form.recipient()), form.givenOn(), nz(form.channel()), nz(form.summary()), form.visibility())))) {
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
		model.addAttribute("indicators", choices.indicatorLinks(p.indicators()));
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
					new FeedbackForm(null, null, null, null, null, null, Visibility.INTERNAL));
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
