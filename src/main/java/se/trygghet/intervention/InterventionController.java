package se.trygghet.intervention;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghet.actor.ActorId;
import se.trygghet.area.AreaId;
import se.trygghet.plan.ActivityId;
import se.trygghet.plan.CommitteeId;
import se.trygghet.plan.IndicatorId;
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

	record InterventionForm(@Nullable String title, @Nullable String kind, @Nullable List<String> committees,
			@Nullable List<String> actors, @Nullable String area, @Nullable String startsOn, @Nullable String endsOn,
			@Nullable String activity, @Nullable String expectedEffect, @Nullable String indicator,
			@Nullable List<String> categories, @Nullable String evidenceLevel, @Nullable String costSek,
			@Nullable String visibility, @Nullable String version) {

		public List<String> chosenCommittees() {
			return FormFields.texts(committees);
		}

		public List<String> chosenActors() {
			return FormFields.texts(actors);
		}

		public List<String> chosenCategories() {
			return FormFields.texts(categories);
		}

	}

	record EvaluationForm(@Nullable String target, @Nullable String control, @Nullable String bufferMetres,
			@Nullable List<String> categories, @Nullable String beforeFrom, @Nullable String beforeTo,
			@Nullable String afterFrom, @Nullable String afterTo) {

		public List<String> chosenCategories() {
			return FormFields.texts(categories);
		}

	}

	record StatusForm(@Nullable String status, @Nullable String version) {
	}

	@GetMapping("/problems/{id}/interventions/new")
	String newIntervention(@PathVariable UUID id, Model model, Locale locale) {
		Problem p = problem(new ProblemId(id));
		model.addAttribute("form", new InterventionForm("", InterventionKind.SITUATIONAL.name(), List.of(), List.of(),
				p.area() == null ? null : p.area().toString(), null, null, null, "", null, p.categories(),
				EvidenceLevel.OKANT.name(), null, Visibility.INTERNAL.name(), "0"));
		return form(p, null, model, locale);
	}

	@PostMapping("/problems/{id}/interventions")
	@IdempotentForm
	String plan(@PathVariable UUID id, @ModelAttribute("form") InterventionForm form, BindingResult errors,
			Model model, Locale locale, RedirectAttributes redirect) {
		Problem p = problem(new ProblemId(id));
		FormFields fields = new FormFields(errors);
		Intervention built = intervention(new InterventionId(UUID.randomUUID()), p, form, fields,
				InterventionStatus.PLANERAD, 0);
		if (built != null && fields.attempt(() -> work.planIntervention(built))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/interventions/" + built.id();
		}
		return form(p, null, model, locale);
	}

	@GetMapping("/interventions/{id}/edit")
	String edit(@PathVariable UUID id, Model model, Locale locale) {
		Intervention i = intervention(new InterventionId(id));
		model.addAttribute("form", new InterventionForm(i.title(), i.kind().name(),
				i.committees().stream().map(CommitteeId::toString).toList(),
				i.actors().stream().map(ActorId::toString).toList(), i.area() == null ? null : i.area().toString(),
				i.startsOn().toString(), i.endsOn() == null ? null : i.endsOn().toString(),
				i.activity() == null ? null : i.activity().toString(), i.expectedEffect(),
				i.indicator() == null ? null : i.indicator().toString(), i.categories(), i.evidenceLevel().name(),
				i.costSek() == null ? null : i.costSek().toPlainString(), i.visibility().name(),
				String.valueOf(i.version())));
		return form(problem(i.problem()), i, model, locale);
	}

	@PostMapping("/interventions/{id}")
	String revise(@PathVariable UUID id, @ModelAttribute("form") InterventionForm form, BindingResult errors,
			Model model, Locale locale, RedirectAttributes redirect) {
		Intervention stored = intervention(new InterventionId(id));
		Problem p = problem(stored.problem());
		FormFields fields = new FormFields(errors);
		Integer version = fields.whole("version", form.version());
		Intervention built = intervention(stored.id(), p, form, fields, stored.status(), version == null ? -1 : version);
		if (built != null) {
			try {
				if (fields.attempt(() -> work.reviseIntervention(built))) {
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

	/** The intervention the form describes, or null when a field is wrong (each wrong field then has its error). */
	private @Nullable Intervention intervention(InterventionId id, Problem p, InterventionForm form, FormFields fields,
			InterventionStatus status, int version) {
		InterventionKind kind = fields.choice("kind", InterventionKind.class, form.kind());
		List<UUID> committees = fields.ids("committees", form.committees());
		List<UUID> actors = fields.ids("actors", form.actors());
		UUID area = fields.id("area", form.area(), false);
		LocalDate startsOn = fields.date("startsOn", form.startsOn(), true);
		LocalDate endsOn = fields.date("endsOn", form.endsOn(), false);
		UUID activity = fields.id("activity", form.activity(), false);
		UUID indicator = fields.id("indicator", form.indicator(), false);
		EvidenceLevel level = fields.choice("evidenceLevel", EvidenceLevel.class, form.evidenceLevel());
		BigDecimal cost = fields.amount("costSek", form.costSek());
		Visibility visibility = fields.choice("visibility", Visibility.class, form.visibility());
		Intervention[] built = new Intervention[1];
		fields.attempt(() -> built[0] = new Intervention(id, p.id(), form.title() == null ? "" : form.title().strip(),
				kind == null ? InterventionKind.SITUATIONAL : kind, committees.stream().map(CommitteeId::new).toList(),
				actors.stream().map(ActorId::new).toList(), area == null ? null : new AreaId(area),
				startsOn == null ? LocalDate.MIN : startsOn, endsOn, activity == null ? null : new ActivityId(activity),
				form.expectedEffect() == null ? "" : form.expectedEffect(),
				indicator == null ? null : new IndicatorId(indicator), form.chosenCategories(),
				level == null ? EvidenceLevel.OKANT : level, cost, status,
				visibility == null ? Visibility.INTERNAL : visibility, p.demo(), version));
		return fields.ok() ? built[0] : null;
	}

	private String form(Problem p, @Nullable Intervention editing, Model model, Locale locale) {
		model.addAttribute("problem", p);
		model.addAttribute("editing", editing);
		model.addAttribute("kinds", choices.of(InterventionKind.class, "intervention.kind.", locale));
		model.addAttribute("committees", choices.committees());
		model.addAttribute("actors", choices.actors());
		model.addAttribute("areas", choices.areas(locale));
		model.addAttribute("activities", choices.activityOptions());
		model.addAttribute("indicators", choices.indicators());
		model.addAttribute("categories", choices.categories(locale));
		model.addAttribute("levels", choices.of(EvidenceLevel.class, "intervention.evidence.", locale));
		model.addAttribute("visibilities", choices.of(Visibility.class, "intervention.visibility.", locale));
		return "intervention/intervention-form";
	}

	@GetMapping("/interventions/{id}")
	String show(@PathVariable UUID id, Model model, Locale locale) {
		return page(intervention(new InterventionId(id)), model, locale);
	}

	@PostMapping("/interventions/{id}/status")
	String move(@PathVariable UUID id, @ModelAttribute("statusForm") StatusForm form, BindingResult errors,
			Model model, Locale locale, RedirectAttributes redirect) {
		Intervention stored = intervention(new InterventionId(id));
		FormFields fields = new FormFields(errors);
		InterventionStatus next = fields.choice("status", InterventionStatus.class, form.status());
		Integer version = fields.whole("version", form.version());
		if (next != null && version != null) {
			try {
				if (fields.attempt(() -> work.moveIntervention(stored.id(), next, version))) {
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
	String evaluate(@PathVariable UUID id, @ModelAttribute("evaluationForm") EvaluationForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		Intervention i = intervention(new InterventionId(id));
		FormFields fields = new FormFields(errors);
		UUID target = fields.id("target", form.target(), true);
		UUID control = fields.id("control", form.control(), true);
		Integer buffer = fields.whole("bufferMetres", form.bufferMetres());
		LocalDate beforeFrom = fields.date("beforeFrom", form.beforeFrom(), true);
		LocalDate beforeTo = fields.date("beforeTo", form.beforeTo(), true);
		LocalDate afterFrom = fields.date("afterFrom", form.afterFrom(), true);
		LocalDate afterTo = fields.date("afterTo", form.afterTo(), true);
		if (fields.ok() && fields.attempt(() -> work.evaluate(i.id(),
				new StoredEvaluation.Request(new AreaId(target), new AreaId(control), buffer, form.chosenCategories(),
						beforeFrom, beforeTo, afterFrom, afterTo)))) {
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
		model.addAttribute("indicatorName", i.indicator() == null ? null : choices.indicatorName(i.indicator()));
		model.addAttribute("categoryNames", choices.categoryNames(i.categories(), locale));
		model.addAttribute("evaluations", evaluations.ofIntervention(i.id()).stream()
			.map(e -> views.view(e, i.title(), locale)).toList());
		model.addAttribute("areas", choices.areas(locale));
		model.addAttribute("categories", choices.categories(locale));
		if (!model.containsAttribute("evaluationForm")) {
			LocalDate start = i.startsOn();
			LocalDate end = i.endsOn() != null ? i.endsOn() : start.plusMonths(6).minusDays(1);
			long days = java.time.temporal.ChronoUnit.DAYS.between(start, end);
			model.addAttribute("evaluationForm", new EvaluationForm(i.area() == null ? null : i.area().toString(),
					null, "", i.categories(), start.minusDays(days + 1).toString(), start.minusDays(1).toString(),
					start.toString(), end.toString()));
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
