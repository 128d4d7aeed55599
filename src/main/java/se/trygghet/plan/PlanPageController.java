package se.trygghet.plan;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import se.trygghet.system.Forms;
import se.trygghet.system.IdempotentForm;
import se.trygghet.system.NotFoundException;
import se.trygghet.system.Refusal;

/** The internal plan pages: overview with filters, activity, committee, organisation, history and editing. */
@Controller
@RequestMapping("/plans")
class PlanPageController {

	private static final String ACTIVITY_FORM = "plan/activity-form";

	private final PlanViews views;

	private final PlanEditing editing;

	private final PlanHistory history;

	private final Committees committees;

	private final RenderedPages pages;

	/** Modules above the plan that tie work to activities; there may be none. */
	private final org.springframework.beans.factory.ObjectProvider<ActivityLinks> activityLinks;

	PlanPageController(PlanViews views, PlanEditing editing, PlanHistory history, Committees committees,
			RenderedPages pages, org.springframework.beans.factory.ObjectProvider<ActivityLinks> activityLinks) {
		this.activityLinks = activityLinks;
		this.views = views;
		this.editing = editing;
		this.history = history;
		this.committees = committees;
		this.pages = pages;
	}

	record ActivityForm(@NotBlank @Size(max = 4000) String text, @Nullable List<UUID> committees,
			@NotNull UUID lead, @NotNull Integer version) {

		List<UUID> chosen() {
			return committees == null ? List.of() : committees.stream().filter(Objects::nonNull).toList();
		}

	}

	record NewActivityForm(@NotBlank @Size(max = 10) String number, @NotBlank @Size(max = 4000) String text,
			@Nullable List<UUID> committees, @NotNull UUID lead) {

		List<UUID> chosen() {
			return committees == null ? List.of() : committees.stream().filter(Objects::nonNull).toList();
		}

	}

	record FocusAreaForm(@NotBlank @Size(max = 500) String title, @Nullable @Size(max = 20000) String description,
			@NotNull Integer version) {
	}

	record GoalForm(@NotBlank @Size(max = 2000) String text, @NotNull Integer version) {
	}

	record IndicatorForm(@NotBlank @Size(max = 500) String name, @NotBlank @Size(max = 100) String unit,
			@NotNull Direction direction, @NotBlank @Size(max = 500) String source,
			@Nullable @Size(max = 4000) String definition, @NotNull Integer version) {
	}

	record AdoptionForm(@NotBlank @Size(max = 200) String adoptedBy, @NotBlank @Size(max = 200) String decision,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate adoptedOn) {
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("plans", views.summaries());
		return "plan/plans";
	}

	@GetMapping("/{key}")
	Object overview(@PathVariable String key, @RequestParam(required = false) @Nullable Integer focusArea,
			@RequestParam(required = false) @Nullable UUID committee,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Locale locale,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		PlanView plan = plan(key);
		List<PlanView.FocusAreaView> shown = new ArrayList<>();
		for (PlanView.FocusAreaView area : plan.focusAreas()) {
			if (focusArea != null && area.number() != focusArea) {
				continue;
			}
			List<PlanView.ActivityView> activities = committee == null ? area.activities()
					: area.activities().stream().filter(a -> a.involves(committee)).toList();
			if (committee != null && activities.isEmpty()) {
				continue;
			}
			shown.add(new PlanView.FocusAreaView(area.id(), area.number(), area.title(), area.description(),
					area.version(), area.goals(), area.indicators(), activities));
		}
		model.addAttribute("plan", plan);
		model.addAttribute("shown", shown);
		model.addAttribute("focusArea", focusArea);
		model.addAttribute("committee", committee);
		model.addAttribute("shownActivities", shown.stream().mapToInt(f -> f.activities().size()).sum());
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
		if (flash != null && !flash.isEmpty()) {
			// a one-off message after a change: render normally, nothing worth keeping
			return "plan/overview";
		}
		// rendered once per plan revision, filter, rights and language (see RenderedPages)
		byte[] html = pages.overview(plan, focusArea, committee, htmx != null, locale, model.asMap(), request, response);
		return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(html);
	}

	@GetMapping("/{key}/activities/{number}")
	String activity(@PathVariable String key, @PathVariable String number, Model model) {
		PlanView plan = plan(key);
		PlanView.ActivityView activity = activity(plan, number);
		model.addAttribute("plan", plan);
		model.addAttribute("activity", activity);
		model.addAttribute("area", plan.focusArea(activity.focusAreaNumber()));
		model.addAttribute("revisions", history.forItem(activity.id()));
		ActivityId id = new ActivityId(activity.id());
		model.addAttribute("links", activityLinks.orderedStream().flatMap(l -> l.linksFor(id).stream()).toList());
		return "plan/activity";
	}

	@GetMapping("/{key}/activities/{number}/edit")
	String initActivityForm(@PathVariable String key, @PathVariable String number, Model model) {
		PlanView plan = plan(key);
		PlanView.ActivityView activity = activity(plan, number);
		model.addAttribute("form", formOf(activity));
		return activityForm(plan, activity, model);
	}

	@PostMapping("/{key}/activities/{number}/edit")
	String processActivityForm(@PathVariable String key, @PathVariable String number,
			@Valid @ModelAttribute("form") ActivityForm posted, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		PlanView plan = plan(key);
		PlanView.ActivityView activity = activity(plan, number);
		if (Forms.unconvertible(errors)) {
			Forms.recover(posted, errors, model, () -> formOf(activity));
			return activityForm(plan, activity, model);
		}
		ActivityForm form = posted;
		List<UUID> chosen = form.chosen();
		rejectInvalidCommittees(chosen, form.lead(), errors);
		if (!errors.hasErrors()) {
			List<CommitteeId> inOrder = chosen.stream().map(CommitteeId::new).toList();
			if (attempt(errors, () -> editing.reviseActivity(key, ActivityNumber.parse(number), form.version(),
					form.text(), inOrder, new CommitteeId(form.lead())))) {
				redirect.addFlashAttribute("saved", true);
				return "redirect:/plans/" + key + "/activities/" + number;
			}
		}
		return activityForm(plan, activity, model);
	}

	@GetMapping("/{key}/focus-areas/{area}/activities/new")
	String initNewActivityForm(@PathVariable String key, @PathVariable int area, Model model) {
		PlanView plan = plan(key);
		PlanView.FocusAreaView focusArea = focusArea(plan, area);
		model.addAttribute("form", new NewActivityForm(suggestedNumber(focusArea), "", List.of(), null));
		return newActivityForm(plan, focusArea, model);
	}

	@PostMapping("/{key}/focus-areas/{area}/activities")
	@IdempotentForm
	String processNewActivityForm(@PathVariable String key, @PathVariable int area,
			@Valid @ModelAttribute("form") NewActivityForm posted, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		PlanView plan = plan(key);
		PlanView.FocusAreaView focusArea = focusArea(plan, area);
		if (Forms.unconvertible(errors)) {
			Forms.recover(posted, errors, model,
					() -> new NewActivityForm(suggestedNumber(focusArea), "", List.of(), null));
			return newActivityForm(plan, focusArea, model);
		}
		List<UUID> chosen = posted.chosen();
		rejectInvalidCommittees(chosen, posted.lead(), errors);
		if (!errors.hasErrors()) {
			List<CommitteeId> inOrder = chosen.stream().map(CommitteeId::new).toList();
			try {
				ActivityNumber added = editing.addActivity(key, area, posted.number(), posted.text(), inOrder,
						new CommitteeId(posted.lead()));
				redirect.addFlashAttribute("saved", true);
				return "redirect:/plans/" + key + "/activities/" + added;
			}
			catch (Refusal refusal) {
				Forms.reject(errors, refusal);
			}
		}
		return newActivityForm(plan, focusArea, model);
	}

	/** The next free number after the focus area's last activity, e.g. 4.7 after 4.6. */
	private static String suggestedNumber(PlanView.FocusAreaView area) {
		int last = area.activities()
			.stream()
			.mapToInt(a -> ActivityNumber.parse(a.number()).position())
			.max()
			.orElse(0);
		return new ActivityNumber(area.number(), last + 1).toString();
	}

	private String newActivityForm(PlanView plan, PlanView.FocusAreaView area, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("area", area);
		model.addAttribute("allCommittees", committees.ofMunicipality(plan.municipality()));
		return "plan/activity-new";
	}

	private static void rejectInvalidCommittees(List<UUID> chosen, @Nullable UUID lead, BindingResult errors) {
		if (chosen.isEmpty()) {
			errors.rejectValue("committees", "plan.activity.committees.empty");
		}
		else if (chosen.size() != chosen.stream().distinct().count()) {
			errors.rejectValue("committees", "plan.activity.committees.duplicate", new Object[] { "" }, null);
		}
		else if (lead != null && !chosen.contains(lead)) {
			errors.rejectValue("lead", "plan.activity.lead.notListed", new Object[] { "" }, null);
		}
	}

	@PostMapping("/{key}/activities/{number}/confirm-lead")
	String confirmLead(@PathVariable String key, @PathVariable String number, @RequestParam int version,
			RedirectAttributes redirect) {
		try {
			editing.confirmLead(key, ActivityNumber.parse(number), version);
			redirect.addFlashAttribute("leadConfirmed", true);
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", "concurrent.change");
		}
		catch (Refusal refusal) {
			redirect.addFlashAttribute("error", refusal.code());
		}
		return "redirect:/plans/" + key + "/activities/" + number;
	}

	@GetMapping("/{key}/focus-areas/{number}/edit")
	String initFocusAreaForm(@PathVariable String key, @PathVariable int number, Model model) {
		PlanView plan = plan(key);
		PlanView.FocusAreaView area = focusArea(plan, number);
		model.addAttribute("form", new FocusAreaForm(area.title(), area.description(), area.version()));
		model.addAttribute("plan", plan);
		model.addAttribute("area", area);
		model.addAttribute("revisions", history.forItem(area.id()));
		return "plan/focus-area-form";
	}

	@PostMapping("/{key}/focus-areas/{number}/edit")
	String processFocusAreaForm(@PathVariable String key, @PathVariable int number,
			@Valid @ModelAttribute("form") FocusAreaForm posted, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		PlanView plan = plan(key);
		PlanView.FocusAreaView area = focusArea(plan, number);
		var form = Forms.recover(posted, errors, model,
				() -> new FocusAreaForm(area.title(), area.description(), area.version()));
		if (!errors.hasErrors()) {
			if (attempt(errors,
					() -> editing.reviseFocusArea(key, number, form.version(), form.title(), form.description()))) {
				redirect.addFlashAttribute("saved", true);
				return "redirect:/plans/" + key + "/focus-areas/" + number + "/edit";
			}
		}
		model.addAttribute("plan", plan);
		model.addAttribute("area", area);
		model.addAttribute("revisions", history.forItem(area.id()));
		return "plan/focus-area-form";
	}

	@GetMapping("/{key}/goals/{id}/edit")
	String initGoalForm(@PathVariable String key, @PathVariable UUID id, Model model) {
		PlanView plan = plan(key);
		PlanView.GoalView goal = goal(plan, id);
		model.addAttribute("form", new GoalForm(goal.text(), goal.version()));
		return goalForm(plan, goal, model);
	}

	@PostMapping("/{key}/goals/{id}/edit")
	String processGoalForm(@PathVariable String key, @PathVariable UUID id,
			@Valid @ModelAttribute("form") GoalForm posted, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		PlanView plan = plan(key);
		PlanView.GoalView goal = goal(plan, id);
		var form = Forms.recover(posted, errors, model, () -> new GoalForm(goal.text(), goal.version()));
		if (!errors.hasErrors()) {
			if (attempt(errors, () -> editing.reviseGoal(key, id, form.version(), form.text()))) {
				redirect.addFlashAttribute("saved", true);
				return "redirect:/plans/" + key + "/goals/" + id + "/edit";
			}
		}
		return goalForm(plan, goal, model);
	}

	@GetMapping("/{key}/indicators/{id}/edit")
	String initIndicatorForm(@PathVariable String key, @PathVariable UUID id, Model model) {
		PlanView plan = plan(key);
		PlanView.IndicatorView indicator = indicator(plan, id);
		model.addAttribute("form", formOf(indicator));
		return indicatorForm(plan, indicator, model);
	}

	@PostMapping("/{key}/indicators/{id}/edit")
	String processIndicatorForm(@PathVariable String key, @PathVariable UUID id,
			@Valid @ModelAttribute("form") IndicatorForm posted, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		PlanView plan = plan(key);
		PlanView.IndicatorView indicator = indicator(plan, id);
		var form = Forms.recover(posted, errors, model, () -> formOf(indicator));
		if (!errors.hasErrors()) {
			if (attempt(errors, () -> editing.reviseIndicator(key, id, form.version(), form.name(), form.unit(),
					form.direction(), form.source(), form.definition()))) {
				redirect.addFlashAttribute("saved", true);
				return "redirect:/plans/" + key + "/indicators/" + id + "/edit";
			}
		}
		return indicatorForm(plan, indicator, model);
	}

	@GetMapping("/{key}/committees/{id}")
	String committee(@PathVariable String key, @PathVariable UUID id, Model model) {
		PlanView plan = plan(key);
		PlanView.CommitteeView committee = plan.committee(id);
		if (committee == null) {
			throw new NotFoundException("Nämnden");
		}
		List<PlanView.ActivityView> leads = plan.activities()
			.stream()
			.filter(a -> a.lead() != null && a.lead().committeeId().equals(id))
			.toList();
		List<PlanView.ActivityView> shares = plan.activities()
			.stream()
			.filter(a -> a.involves(id) && !leads.contains(a))
			.toList();
		model.addAttribute("plan", plan);
		model.addAttribute("committee", committee);
		model.addAttribute("leads", leads);
		model.addAttribute("shares", shares);
		return "plan/committee";
	}

	@GetMapping("/{key}/organisation")
	String organisation(@PathVariable String key, Model model) {
		PlanView plan = plan(key);
		model.addAttribute("plan", plan);
		model.addAttribute("levels", OrganisationLevel.values());
		return "plan/organisation";
	}

	@GetMapping("/{key}/history")
	String history(@PathVariable String key, Model model) {
		PlanView plan = plan(key);
		model.addAttribute("plan", plan);
		model.addAttribute("revisions", history.forPlan(plan.id(), 200));
		return "plan/history";
	}

	@GetMapping("/{key}/adopt")
	String initAdoptionForm(@PathVariable String key, Model model) {
		PlanView plan = plan(key);
		model.addAttribute("plan", plan);
		model.addAttribute("form", new AdoptionForm("Kommunstyrelsen", "", null));
		return "plan/adopt";
	}

	@PostMapping("/{key}/adopt")
	String processAdoptionForm(@PathVariable String key, @Valid @ModelAttribute("form") AdoptionForm posted,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		PlanView plan = plan(key);
		var form = Forms.recover(posted, errors, model, () -> new AdoptionForm("Kommunstyrelsen", "", null));
		if (!errors.hasErrors()) {
			if (attempt(errors, () -> editing.adopt(key, form.adoptedBy(), form.decision(), form.adoptedOn()))) {
				redirect.addFlashAttribute("adopted", true);
				return "redirect:/plans/" + key;
			}
		}
		model.addAttribute("plan", plan);
		return "plan/adopt";
	}

	@PostMapping("/{key}/archive")
	String archive(@PathVariable String key, RedirectAttributes redirect) {
		plan(key);
		try {
			editing.archive(key);
			redirect.addFlashAttribute("archived", true);
		}
		catch (Refusal refusal) {
			redirect.addFlashAttribute("error", refusal.code());
		}
		return "redirect:/plans/" + key;
	}

	private static ActivityForm formOf(PlanView.ActivityView activity) {
		PlanView.ResponsibleView lead = activity.lead();
		return new ActivityForm(activity.text(),
				activity.committees().stream().map(PlanView.ResponsibleView::committeeId).toList(),
				lead == null ? null : lead.committeeId(), activity.version());
	}

	private static IndicatorForm formOf(PlanView.IndicatorView indicator) {
		return new IndicatorForm(indicator.name(), indicator.unit(), indicator.direction(), indicator.source(),
				indicator.definition(), indicator.version());
	}

	/** Runs a change and turns the refusals a user can meet into form errors; true when the change was saved. */
	private static boolean attempt(BindingResult errors, Runnable change) {
		try {
			return Forms.attempt(errors, change);
		}
		catch (OptimisticLockingFailureException ex) {
			errors.reject("concurrent.change");
			return false;
		}
	}

	private String activityForm(PlanView plan, PlanView.ActivityView activity, Model model) {
		List<PlanView.CommitteeView> all = committees.ofMunicipality(plan.municipality());
		model.addAttribute("plan", plan);
		model.addAttribute("activity", activity);
		model.addAttribute("allCommittees", all);
		return ACTIVITY_FORM;
	}

	private String goalForm(PlanView plan, PlanView.GoalView goal, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("goal", goal);
		model.addAttribute("area", plan.focusAreas().stream().filter(f -> f.goals().contains(goal)).findFirst().orElseThrow());
		model.addAttribute("revisions", history.forItem(goal.id()));
		return "plan/goal-form";
	}

	private String indicatorForm(PlanView plan, PlanView.IndicatorView indicator, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("indicator", indicator);
		model.addAttribute("area",
				plan.focusAreas().stream().filter(f -> f.indicators().contains(indicator)).findFirst().orElseThrow());
		model.addAttribute("directions", Direction.values());
		model.addAttribute("revisions", history.forItem(indicator.id()));
		return "plan/indicator-form";
	}

	private PlanView plan(String key) {
		return views.byKey(key).orElseThrow(() -> new NotFoundException("Planen"));
	}

	private static PlanView.ActivityView activity(PlanView plan, String number) {
		PlanView.ActivityView activity = ActivityNumber.isValid(number)
				? plan.activity(ActivityNumber.parse(number).toString()) : null;
		if (activity == null) {
			throw new NotFoundException("Aktiviteten " + number);
		}
		return activity;
	}

	private static PlanView.FocusAreaView focusArea(PlanView plan, int number) {
		PlanView.FocusAreaView area = plan.focusArea(number);
		if (area == null) {
			throw new NotFoundException("Fokusområdet " + number);
		}
		return area;
	}

	private static PlanView.GoalView goal(PlanView plan, UUID id) {
		return plan.focusAreas()
			.stream()
			.flatMap(f -> f.goals().stream())
			.filter(g -> g.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Målet"));
	}

	private static PlanView.IndicatorView indicator(PlanView plan, UUID id) {
		return plan.focusAreas()
			.stream()
			.flatMap(f -> f.indicators().stream())
			.filter(i -> i.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Indikatorn"));
	}

}
