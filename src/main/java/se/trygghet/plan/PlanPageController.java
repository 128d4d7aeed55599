package se.trygghet.plan;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
import se.trygghet.system.Refusal;

/**
 * The internal plan pages: overview with filters, activity, committee, organisation, history and editing. What a page
 * shows comes from {@link PlanPages}; changes go through {@link PlanEditing}. Activity numbers and ids in the URL bind
 * as their types ({@link PlanPathVariables}), so a malformed one is a 400 before any of this runs.
 */
@Controller
@RequestMapping("/plans")
class PlanPageController {

	private final PlanPages pages;

	private final PlanEditing editing;

	private final RenderedPages rendered;

	PlanPageController(PlanPages pages, PlanEditing editing, RenderedPages rendered) {
		this.pages = pages;
		this.editing = editing;
		this.rendered = rendered;
	}

	public record ActivityForm(@NotBlank @Size(max = 4000) String text, @Nullable List<UUID> committees,
			@NotNull UUID lead, @NotNull Integer version) {

		static ActivityForm of(PlanView.ActivityView activity) {
			PlanView.ResponsibleView lead = activity.lead();
			return new ActivityForm(activity.text(),
					activity.committees().stream().map(PlanView.ResponsibleView::committeeId).toList(),
					lead == null ? null : lead.committeeId(), activity.version());
		}

		List<UUID> chosen() {
			return committees == null ? List.of() : committees.stream().filter(Objects::nonNull).toList();
		}

	}

	public record NewActivityForm(@NotBlank @Size(max = 10) String number, @NotBlank @Size(max = 4000) String text,
			@Nullable List<UUID> committees, @NotNull UUID lead) {

		static NewActivityForm suggesting(String number) {
			return new NewActivityForm(number, "", List.of(), null);
		}

		List<UUID> chosen() {
			return committees == null ? List.of() : committees.stream().filter(Objects::nonNull).toList();
		}

	}

	public record FocusAreaForm(@NotBlank @Size(max = 500) String title, @Nullable @Size(max = 20000) String description,
			@NotNull Integer version) {

		static FocusAreaForm of(PlanView.FocusAreaView area) {
			return new FocusAreaForm(area.title(), area.description(), area.version());
		}

	}

	public record GoalForm(@NotBlank @Size(max = 2000) String text, @NotNull Integer version) {

		static GoalForm of(PlanView.GoalView goal) {
			return new GoalForm(goal.text(), goal.version());
		}

	}

	public record IndicatorForm(@NotBlank @Size(max = 500) String name, @NotBlank @Size(max = 100) String unit,
			@NotNull Direction direction, @NotBlank @Size(max = 500) String source,
			@Nullable @Size(max = 4000) String definition, @NotNull Integer version) {

		static IndicatorForm of(PlanView.IndicatorView indicator) {
			return new IndicatorForm(indicator.name(), indicator.unit(), indicator.direction(), indicator.source(),
					indicator.definition(), indicator.version());
		}

	}

	public record AdoptionForm(@NotBlank @Size(max = 200) String adoptedBy, @NotBlank @Size(max = 200) String decision,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate adoptedOn) {

		static AdoptionForm fresh() {
			return new AdoptionForm("Kommunstyrelsen", "", null);
		}

	}

	@GetMapping
	String list(Model model) {
		model.addAllAttributes(pages.plans());
		return "plan/plans";
	}

	@GetMapping("/{key}")
	Object overview(@PathVariable String key, @RequestParam(required = false) @Nullable Integer focusArea,
			@RequestParam(required = false) @Nullable CommitteeId committee,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Locale locale,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		PlanPages.Page<PlanView> page = pages.overview(key, focusArea, committee);
		model.addAllAttributes(page.model());
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
		if (flash != null && !flash.isEmpty()) {
			// a one-off message after a change: render normally, nothing worth keeping
			return "plan/overview";
		}
		// rendered once per plan revision, filter, rights and language (see RenderedPages)
		byte[] html = rendered.overview(page.item(), focusArea, committee == null ? null : committee.value(),
				htmx != null, locale, model.asMap(), request, response);
		return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(html);
	}

	@GetMapping("/{key}/activities/{number}")
	String activity(@PathVariable String key, @PathVariable ActivityNumber number, Model model) {
		model.addAllAttributes(pages.activity(key, number));
		return "plan/activity";
	}

	@GetMapping("/{key}/activities/{number}/edit")
	String initActivityForm(@PathVariable String key, @PathVariable ActivityNumber number, Model model) {
		PlanPages.Page<PlanView.ActivityView> page = pages.activityForm(key, number);
		model.addAttribute("form", ActivityForm.of(page.item()));
		return activityForm(page, model);
	}

	@PostMapping("/{key}/activities/{number}/edit")
	String processActivityForm(@PathVariable String key, @PathVariable ActivityNumber number,
			@Valid @ModelAttribute("form") ActivityForm form, BindingResult bound, Model model,
			RedirectAttributes redirect) {
		PlanPages.Page<PlanView.ActivityView> page = pages.activityForm(key, number);
		BindingResult errors = Forms.errors(form, bound, model);
		List<UUID> chosen = form.chosen();
		rejectInvalidCommittees(chosen, form.lead(), errors);
		if (!errors.hasErrors()) {
			List<CommitteeId> inOrder = chosen.stream().map(CommitteeId::new).toList();
			if (attempt(errors, () -> editing.reviseActivity(key, number, form.version(), form.text(), inOrder,
					new CommitteeId(form.lead())))) {
				redirect.addFlashAttribute("saved", true);
				return "redirect:/plans/" + key + "/activities/" + number;
			}
		}
		return activityForm(page, model);
	}

	@GetMapping("/{key}/focus-areas/{area}/activities/new")
	String initNewActivityForm(@PathVariable String key, @PathVariable int area, Model model) {
		PlanPages.Page<String> page = pages.newActivityForm(key, area);
		model.addAttribute("form", NewActivityForm.suggesting(page.item()));
		model.addAllAttributes(page.model());
		return "plan/activity-new";
	}

	@PostMapping("/{key}/focus-areas/{area}/activities")
	@IdempotentForm
	String processNewActivityForm(@PathVariable String key, @PathVariable int area,
			@Valid @ModelAttribute("form") NewActivityForm form, BindingResult bound, Model model,
			RedirectAttributes redirect) {
		PlanPages.Page<String> page = pages.newActivityForm(key, area);
		model.addAllAttributes(page.model());
		BindingResult errors = Forms.errors(form, bound, model);
		List<UUID> chosen = form.chosen();
		rejectInvalidCommittees(chosen, form.lead(), errors);
		if (!errors.hasErrors()) {
			List<CommitteeId> inOrder = chosen.stream().map(CommitteeId::new).toList();
			try {
				ActivityNumber added = editing.addActivity(key, area, form.number(), form.text(), inOrder,
						new CommitteeId(form.lead()));
				redirect.addFlashAttribute("saved", true);
				return "redirect:/plans/" + key + "/activities/" + added;
			}
			catch (Refusal refusal) {
				Forms.reject(errors, refusal);
			}
		}
		return "plan/activity-new";
	}

	private static void rejectInvalidCommittees(List<UUID> chosen, @Nullable UUID lead, BindingResult errors) {
		if (errors.hasFieldErrors("committees")) {
			// a choice that could not be read is already shown; the list read without it says nothing more
			return;
		}
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
	String confirmLead(@PathVariable String key, @PathVariable ActivityNumber number, @RequestParam int version,
			RedirectAttributes redirect) {
		try {
			editing.confirmLead(key, number, version);
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
		PlanPages.Page<PlanView.FocusAreaView> page = pages.focusAreaForm(key, number);
		model.addAttribute("form", FocusAreaForm.of(page.item()));
		model.addAllAttributes(page.model());
		return "plan/focus-area-form";
	}

	@PostMapping("/{key}/focus-areas/{number}/edit")
	String processFocusAreaForm(@PathVariable String key, @PathVariable int number,
			@Valid @ModelAttribute("form") FocusAreaForm form, BindingResult bound, Model model,
			RedirectAttributes redirect) {
		PlanPages.Page<PlanView.FocusAreaView> page = pages.focusAreaForm(key, number);
		BindingResult errors = Forms.errors(form, bound, model);
		if (!errors.hasErrors()) {
			if (attempt(errors,
					() -> editing.reviseFocusArea(key, number, form.version(), form.title(), form.description()))) {
				redirect.addFlashAttribute("saved", true);
				return "redirect:/plans/" + key + "/focus-areas/" + number + "/edit";
			}
		}
		model.addAllAttributes(page.model());
		return "plan/focus-area-form";
	}

	@GetMapping("/{key}/goals/{id}/edit")
	String initGoalForm(@PathVariable String key, @PathVariable UUID id, Model model) {
		PlanPages.Page<PlanView.GoalView> page = pages.goalForm(key, id);
		model.addAttribute("form", GoalForm.of(page.item()));
		model.addAllAttributes(page.model());
		return "plan/goal-form";
	}

	@PostMapping("/{key}/goals/{id}/edit")
	String processGoalForm(@PathVariable String key, @PathVariable UUID id,
			@Valid @ModelAttribute("form") GoalForm form, BindingResult bound, Model model,
			RedirectAttributes redirect) {
		PlanPages.Page<PlanView.GoalView> page = pages.goalForm(key, id);
		BindingResult errors = Forms.errors(form, bound, model);
		if (!errors.hasErrors()) {
			if (attempt(errors, () -> editing.reviseGoal(key, id, form.version(), form.text()))) {
				redirect.addFlashAttribute("saved", true);
				return "redirect:/plans/" + key + "/goals/" + id + "/edit";
			}
		}
		model.addAllAttributes(page.model());
		return "plan/goal-form";
	}

	@GetMapping("/{key}/indicators/{id}/edit")
	String initIndicatorForm(@PathVariable String key, @PathVariable IndicatorId id, Model model) {
		PlanPages.Page<PlanView.IndicatorView> page = pages.indicatorForm(key, id);
		model.addAttribute("form", IndicatorForm.of(page.item()));
		model.addAllAttributes(page.model());
		return "plan/indicator-form";
	}

	@PostMapping("/{key}/indicators/{id}/edit")
	String processIndicatorForm(@PathVariable String key, @PathVariable IndicatorId id,
			@Valid @ModelAttribute("form") IndicatorForm form, BindingResult bound, Model model,
			RedirectAttributes redirect) {
		PlanPages.Page<PlanView.IndicatorView> page = pages.indicatorForm(key, id);
		BindingResult errors = Forms.errors(form, bound, model);
		if (!errors.hasErrors()) {
			if (attempt(errors, () -> editing.reviseIndicator(key, id.value(), form.version(), form.name(),
					form.unit(), form.direction(), form.source(), form.definition()))) {
				redirect.addFlashAttribute("saved", true);
				return "redirect:/plans/" + key + "/indicators/" + id + "/edit";
			}
		}
		model.addAllAttributes(page.model());
		return "plan/indicator-form";
	}

	@GetMapping("/{key}/committees/{id}")
	String committee(@PathVariable String key, @PathVariable CommitteeId id, Model model) {
		model.addAllAttributes(pages.committee(key, id));
		return "plan/committee";
	}

	@GetMapping("/{key}/organisation")
	String organisation(@PathVariable String key, Model model) {
		model.addAllAttributes(pages.organisation(key));
		return "plan/organisation";
	}

	@GetMapping("/{key}/history")
	String history(@PathVariable String key, Model model) {
		model.addAllAttributes(pages.history(key));
		return "plan/history";
	}

	@GetMapping("/{key}/adopt")
	String initAdoptionForm(@PathVariable String key, Model model) {
		model.addAttribute("plan", pages.plan(key));
		model.addAttribute("form", AdoptionForm.fresh());
		return "plan/adopt";
	}

	@PostMapping("/{key}/adopt")
	String processAdoptionForm(@PathVariable String key, @Valid @ModelAttribute("form") AdoptionForm form,
			BindingResult bound, Model model, RedirectAttributes redirect) {
		PlanView plan = pages.plan(key);
		BindingResult errors = Forms.errors(form, bound, model);
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
		pages.plan(key);
		try {
			editing.archive(key);
			redirect.addFlashAttribute("archived", true);
		}
		catch (Refusal refusal) {
			redirect.addFlashAttribute("error", refusal.code());
		}
		return "redirect:/plans/" + key;
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

	private static String activityForm(PlanPages.Page<PlanView.ActivityView> page, Model model) {
		model.addAllAttributes(page.model());
		return "plan/activity-form";
	}

}
