package se.trygghet.intervention;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghet.actor.ActorId;
import se.trygghet.area.AreaId;
import se.trygghet.chart.FigureTableFiles;
import se.trygghet.plan.ActivityId;
import se.trygghet.plan.CommitteeId;
import se.trygghet.plan.IndicatorId;
import se.trygghet.system.DecimalText;
import se.trygghet.system.Forms;
import se.trygghet.system.IdempotentForm;
import se.trygghet.system.NotFoundException;

/** Planning an intervention against a problem, its page with its evaluations, and evaluating it. */
@Controller
class InterventionController {

	private final InterventionWork work;

	private final Problems problems;

	private final Interventions interventions;

	private final Evaluations evaluations;

	private final Choices choices;

	private final EvaluationViews views;

	private final PartnerScope partners;

	InterventionController(InterventionWork work, Problems problems, Interventions interventions,
			Evaluations evaluations, Choices choices, EvaluationViews views, PartnerScope partners) {
		this.partners = partners;
		this.work = work;
		this.problems = problems;
		this.interventions = interventions;
		this.evaluations = evaluations;
		this.choices = choices;
		this.views = views;
	}

	/** An intervention as the form gives it; the cost as people type it ("12 000,50"). */
	public record InterventionForm(@Nullable String title, @NotNull InterventionKind kind, @Nullable List<UUID> committees,
			@Nullable List<UUID> actors, @Nullable UUID area,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn, @Nullable UUID activity,
			@Nullable String expectedEffect, @Nullable List<UUID> indicators, @Nullable List<String> categories,
			@NotNull EvidenceLevel evidenceLevel, @Nullable @DecimalText BigDecimal costSek,
			@NotNull Visibility visibility, @Nullable Integer version) {

		public List<String> chosenCommittees() {
			return Forms.chosen(committees);
		}

		public List<String> chosenActors() {
			return Forms.chosen(actors);
		}

		public List<String> chosenCategories() {
			return Forms.chosen(categories);
		}

		public List<String> chosenIndicators() {
			return Forms.chosen(indicators);
		}

	}

	public record EvaluationForm(@NotNull UUID target, @NotNull UUID control, @Nullable Integer bufferMetres,
			@Nullable List<String> categories, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate beforeFrom,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate beforeTo,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate afterFrom,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate afterTo) {

		public List<String> chosenCategories() {
			return Forms.chosen(categories);
		}

	}

	public record StatusForm(@NotNull InterventionStatus status, @NotNull Integer version) {
	}

	@GetMapping("/problems/{id}/interventions/new")
	String newIntervention(@PathVariable UUID id, Model model, Locale locale) {
		Problem p = problem(new ProblemId(id));
		model.addAttribute("form", new InterventionForm("", InterventionKind.SITUATIONAL, List.of(), List.of(),
				p.area() == null ? null : p.area().value(), null, null, null, "",
				// the problem's indicators, which the work against it aims to move, to start from
				p.indicators().stream().map(IndicatorId::value).toList(), p.categories(), EvidenceLevel.OKANT, null,
				Visibility.INTERNAL, 0));
		return form(p, null, model, locale);
	}

	@PostMapping("/problems/{id}/interventions")
	@IdempotentForm
	String plan(@PathVariable UUID id, @Valid @ModelAttribute("form") InterventionForm form, BindingResult bound,
			Model model, Locale locale, RedirectAttributes redirect) {
		BindingResult errors = Forms.errors(form, bound, model);
		Problem p = problem(new ProblemId(id));
		Intervention built = intervention(new InterventionId(UUID.randomUUID()), p, form, errors,
				InterventionStatus.PLANERAD, 0);
		if (built != null && Forms.attempt(errors, () -> work.planIntervention(built))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/interventions/" + built.id();
		}
		return form(p, null, model, locale);
	}

	@GetMapping("/interventions/{id}/edit")
	String edit(@PathVariable UUID id, Model model, Locale locale) {
		Intervention i = intervention(new InterventionId(id));
		model.addAttribute("form", new InterventionForm(i.title(), i.kind(),
				i.committees().stream().map(CommitteeId::value).toList(),
				i.actors().stream().map(ActorId::value).toList(), i.area() == null ? null : i.area().value(),
				i.startsOn(), i.endsOn(), i.activity() == null ? null : i.activity().value(), i.expectedEffect(),
				i.indicators().stream().map(IndicatorId::value).toList(), i.categories(), i.evidenceLevel(),
				i.costSek(), i.visibility(), i.version()));
		return form(problem(i.problem()), i, model, locale);
	}

	@PostMapping("/interventions/{id}")
	String revise(@PathVariable UUID id, @Valid @ModelAttribute("form") InterventionForm form, BindingResult bound,
			Model model, Locale locale, RedirectAttributes redirect) {
		BindingResult errors = Forms.errors(form, bound, model);
		Intervention stored = intervention(new InterventionId(id));
		Problem p = problem(stored.problem());
		Intervention built = intervention(stored.id(), p, form, errors, stored.status(),
				form.version() == null ? -1 : form.version());
		if (built != null) {
			try {
				if (Forms.attempt(errors, () -> work.reviseIntervention(built))) {
					redirect.addFlashAttribute("saved", true);
					return "redirect:/interventions/" + id;
				}
			}
			catch (OptimisticLockingFailureException ex) {
				errors.reject("intervention.conflict");
			}
		}
		return form(p, stored, model, locale);
	}

	/**
	 * The intervention the form describes, or null when the form or a rule of the intervention refuses it: every
	 * error is then on the form, beside its field.
	 */
	private @Nullable Intervention intervention(InterventionId id, Problem p, InterventionForm form,
			BindingResult errors, InterventionStatus status, int version) {
		if (errors.hasErrors()) {
			return null;
		}
		Intervention[] built = new Intervention[1];
		Forms.attempt(errors, () -> built[0] = new Intervention(id, p.id(),
				form.title() == null ? "" : form.title().strip(), form.kind(),
				Forms.distinct(form.committees()).stream().map(CommitteeId::new).toList(),
				Forms.distinct(form.actors()).stream().map(ActorId::new).toList(),
				form.area() == null ? null : new AreaId(form.area()), form.startsOn(), form.endsOn(),
				form.activity() == null ? null : new ActivityId(form.activity()),
				form.expectedEffect() == null ? "" : form.expectedEffect(),
				Forms.distinct(form.indicators()).stream().map(IndicatorId::new).toList(), form.chosenCategories(),
				form.evidenceLevel(), form.costSek(), status, form.visibility(), p.demo(), version));
		return built[0];
	}

	private String form(Problem p, @Nullable Intervention editing, Model model, Locale locale) {
		model.addAttribute("problem", p);
		model.addAttribute("editing", editing);
		model.addAttribute("kinds", choices.of(InterventionKind.class, "intervention.kind.", locale));
		model.addAttribute("committees", choices.committees());
		model.addAttribute("actors", choices.actors());
		model.addAttribute("areas", choices.areas(locale));
		model.addAttribute("activities", choices.activityOptions());
		model.addAttribute("indicatorGroups", choices.indicatorGroups(
				((InterventionForm) model.getAttribute("form")).chosenIndicators(), locale));
		model.addAttribute("categories", choices.categories(locale));
		model.addAttribute("levels", choices.of(EvidenceLevel.class, "intervention.evidence.", locale));
		model.addAttribute("visibilities", choices.of(Visibility.class, "intervention.visibility.", locale));
		return "intervention/intervention-form";
	}

	@GetMapping("/interventions/{id}")
	String show(@PathVariable UUID id, Model model, Locale locale) {
		return page(intervention(new InterventionId(id)), model, locale);
	}

	/** An evaluation's counts and rates per zone as its page shows them, as an Excel or CSV file. */
	@GetMapping("/interventions/{id}/evaluations/{evaluation}/table/{format:csv|xlsx}")
	ResponseEntity<byte[]> evaluationTable(@PathVariable UUID id, @PathVariable UUID evaluation,
			@PathVariable String format, Locale locale) {
		Intervention i = intervention(new InterventionId(id));
		partners.requireIntervention(i);
		StoredEvaluation stored = evaluations.ofIntervention(i.id())
			.stream()
			.filter(e -> e.id().equals(evaluation))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("evaluation " + evaluation));
		return FigureTableFiles.download(views.table(stored, i.title(), locale), format);
	}

	@PostMapping("/interventions/{id}/status")
	String move(@PathVariable UUID id, @Valid @ModelAttribute("statusForm") StatusForm form, BindingResult bound,
			Model model, Locale locale, RedirectAttributes redirect) {
		BindingResult errors = Forms.errors(form, bound, model);
		Intervention stored = intervention(new InterventionId(id));
		if (!errors.hasErrors()) {
			try {
				if (Forms.attempt(errors, () -> work.moveIntervention(stored.id(), form.status(), form.version()))) {
					redirect.addFlashAttribute("saved", true);
					return "redirect:/interventions/" + id;
				}
			}
			catch (OptimisticLockingFailureException ex) {
				errors.reject("intervention.conflict");
			}
		}
		model.addAttribute("statusError", errors.getAllErrors().get(0).getCode());
		return page(stored, model, locale);
	}

	@PostMapping("/interventions/{id}/evaluations")
	@IdempotentForm
	String evaluate(@PathVariable UUID id, @Valid @ModelAttribute("evaluationForm") EvaluationForm form,
			BindingResult bound, Model model, Locale locale, RedirectAttributes redirect) {
		BindingResult errors = Forms.errors(form, bound, model);
		Intervention i = intervention(new InterventionId(id));
		if (!errors.hasErrors() && Forms.attempt(errors, () -> work.evaluate(i.id(),
				new StoredEvaluation.Request(new AreaId(form.target()), new AreaId(form.control()), form.bufferMetres(),
						form.chosenCategories(), form.beforeFrom(), form.beforeTo(), form.afterFrom(),
						form.afterTo())))) {
			redirect.addFlashAttribute("evaluated", true);
			return "redirect:/interventions/" + id + "#evaluations";
		}
		return page(i, model, locale);
	}

	private String page(Intervention i, Model model, Locale locale) {
		partners.requireIntervention(i);
		Problem p = problem(i.problem());
		model.addAttribute("intervention", i);
		model.addAttribute("nextSteps",
				java.util.Arrays.stream(InterventionStatus.values()).filter(i.status()::mayBecome).toList());
		model.addAttribute("problem", p);
		model.addAttribute("areaName", choices.areaName(i.area()));
		model.addAttribute("committeeNames", choices.committeeNames(i.committees()));
		model.addAttribute("actorNames", choices.actorNames(i.actors()));
		model.addAttribute("activity", choices.activity(i.activity()).orElse(null));
		model.addAttribute("indicators", choices.indicatorLinks(i.indicators()));
		model.addAttribute("categoryNames", choices.categoryNames(i.categories(), locale));
		model.addAttribute("evaluations", views.views(evaluations.ofIntervention(i.id()), i.title(), locale));
		model.addAttribute("areas", choices.areas(locale));
		model.addAttribute("categories", choices.categories(locale));
		if (!model.containsAttribute("evaluationForm")) {
			LocalDate start = i.startsOn();
			LocalDate end = i.endsOn() != null ? i.endsOn() : start.plusMonths(6).minusDays(1);
			long days = java.time.temporal.ChronoUnit.DAYS.between(start, end);
			model.addAttribute("evaluationForm", new EvaluationForm(i.area() == null ? null : i.area().value(),
					null, null, i.categories(), start.minusDays(days + 1), start.minusDays(1), start, end));
		}
		return "intervention/intervention";
	}

	private Problem problem(ProblemId id) {
		return problems.find(id).orElseThrow(() -> new NotFoundException("problem " + id));
	}

	private Intervention intervention(InterventionId id) {
		return interventions.find(id).orElseThrow(() -> new NotFoundException("intervention " + id));
	}

}
