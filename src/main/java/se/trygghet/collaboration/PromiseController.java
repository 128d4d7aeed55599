package se.trygghet.collaboration;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghet.actor.ActorId;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;
import se.trygghet.area.AreaLevel;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.system.Forms;
import se.trygghet.system.IdempotentForm;
import se.trygghet.system.Refusal;

/** Medborgarlöften and the samverkansöverenskommelser they build on. */
@Controller
class PromiseController {

	private final CitizenPromises promises;

	private final LinkChoices linkChoices;

	private final Participants participants;

	private final AreaCatalog areas;

	private final CurrentUsers currentUsers;

	private final java.time.Clock clock;

	private final String municipality;

	PromiseController(CitizenPromises promises, LinkChoices linkChoices, Participants participants, AreaCatalog areas,
			CurrentUsers currentUsers, java.time.Clock clock,
			@org.springframework.beans.factory.annotation.Value("${app.situation.municipality:1980}") String municipality) {
		this.municipality = municipality;
		this.promises = promises;
		this.linkChoices = linkChoices;
		this.participants = participants;
		this.areas = areas;
		this.currentUsers = currentUsers;
		this.clock = clock;
	}

	record PromiseForm(@Nullable String year, @Nullable String municipalityParty, @Nullable String police,
			@Nullable String area, @Nullable String text, @Nullable String agreement) {

		static PromiseForm empty() {
			return new PromiseForm("", "Västerås stad", "", "", "", "");
		}

	}

	record AgreementForm(@Nullable String title, @Nullable String parties, @Nullable String validFrom,
			@Nullable String validTo, @Nullable String reference) {

		static AgreementForm empty() {
			return new AgreementForm("", "Västerås stad, Polisen", "", "", "");
		}

	}

	record FollowUpForm(@Nullable String followedOn, @Nullable String status, @Nullable String text,
			@Nullable Boolean published) {
	}

	/** The problem or intervention picked, as {@link LinkChoices.Choice#value()}. */
	record LinkForm(@Nullable String target) {

		static LinkForm empty() {
			return new LinkForm("");
		}

	}

	record PublicationForm(boolean published, int version) {
	}

	@GetMapping("/promises")
	String promises(Model model) {
		return list(model);
	}

	@PostMapping("/promises")
	@IdempotentForm
	String record(@ModelAttribute("form") PromiseForm form, BindingResult errors, Model model) {
		PromiseForm posted = Forms.recover(form, errors, model, PromiseForm::empty);
		if (errors.hasErrors() || posted != form) {
			return list(model);
		}
		Integer year = FormSupport.number(form.year(), "year", errors, true);
		ActorId police = uuid(form.police(), "police", errors, "collab.promise.police.required", ActorId::new);
		AreaId area = form.area() == null || form.area().isBlank() ? null
				: uuid(form.area(), "area", errors, "collab.promise.area.invalid", AreaId::new);
		UUID agreement = form.agreement() == null || form.agreement().isBlank() ? null
				: uuid(form.agreement(), "agreement", errors, "collab.promise.agreement.invalid", id -> id);
		if (errors.hasErrors() || year == null || police == null) {
			return list(model);
		}
		try {
			UUID id = promises.record(new CitizenPromises.NewPromise(year, FormSupport.text(form.municipalityParty()),
					police, area, FormSupport.text(form.text()), agreement, false));
			return "redirect:/promises/" + id;
		}
		catch (Refusal refusal) {
			FormSupport.reject(errors, refusal);
			return list(model);
		}
	}

	@PostMapping("/agreements")
	@IdempotentForm
	String recordAgreement(@ModelAttribute("agreementForm") AgreementForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		LocalDate from = FormSupport.date(form.validFrom(), "validFrom", errors);
		LocalDate to = FormSupport.date(form.validTo(), "validTo", errors);
		if (errors.hasErrors() || from == null || to == null) {
			return list(model);
		}
		try {
			promises.recordAgreement(FormSupport.text(form.title()), FormSupport.text(form.parties()), from, to,
					form.reference());
		}
		catch (Refusal refusal) {
			FormSupport.reject(errors, refusal);
			return list(model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/promises";
	}

	@GetMapping("/promises/{id}")
	String promise(@PathVariable UUID id, Model model) {
		return show(id, model);
	}

	@PostMapping("/promises/{id}/follow-ups")
	@IdempotentForm
	String followUp(@PathVariable UUID id, @ModelAttribute("followUpForm") FollowUpForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		LocalDate on = FormSupport.date(form.followedOn(), "followedOn", errors);
		CitizenPromises.Status status = FormSupport.choice(CitizenPromises.Status.class, form.status(), "status", errors);
		if (errors.hasErrors() || on == null || status == null) {
			return show(id, model);
		}
		try {
			promises.followUp(id, on, status, FormSupport.text(form.text()),
					Boolean.TRUE.equals(form.published()));
		}
		catch (Refusal refusal) {
			FormSupport.reject(errors, refusal);
			return show(id, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/promises/" + id;
	}

	@PostMapping("/promises/{id}/links")
	String link(@PathVariable UUID id, @ModelAttribute("linkForm") LinkForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		LinkChoices.Choice choice = linkChoices.find(form.target()).orElse(null);
		if (choice == null) {
			errors.rejectValue("target", "collab.link.target.invalid");
			return show(id, model);
		}
		try {
			promises.link(id, choice.kind(), choice.ref(), choice.title());
		}
		catch (Refusal refusal) {
			FormSupport.reject(errors, refusal);
			return show(id, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/promises/" + id;
	}

	@PostMapping("/promises/{id}/publication")
	String publish(@PathVariable UUID id, @ModelAttribute PublicationForm form, BindingResult errors,
			RedirectAttributes redirect) {
		if (Forms.unconvertible(errors)) {
			redirect.addFlashAttribute("refused", "form.invalidValue");
			return "redirect:/promises/" + id;
		}
		try {
			promises.publish(id, form.version(), form.published());
			redirect.addFlashAttribute("saved", true);
		}
		catch (Refusal refusal) {
			redirect.addFlashAttribute("refused", refusal.code());
		}
		return "redirect:/promises/" + id;
	}

	private static <T> @Nullable T uuid(@Nullable String text, String field, BindingResult errors, String code,
			java.util.function.Function<UUID, T> wrap) {
		try {
			return wrap.apply(UUID.fromString(FormSupport.text(text).strip()));
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue(field, code);
			return null;
		}
	}

	private String list(Model model) {
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("promises", promises.all());
		model.addAttribute("today", today);
		model.addAttribute("agreements", promises.agreements());
		model.addAttribute("authorities", participants.authorities());
		model.addAttribute("areas", areaChoices());
		model.addAttribute("mayEdit", FormSupport.mayEdit(currentUsers));
		if (!model.containsAttribute("form")) {
			PromiseForm empty = PromiseForm.empty();
			model.addAttribute("form", new PromiseForm(String.valueOf(today.getYear()), empty.municipalityParty(),
					participants.actorNamed("Polisen").map(UUID::toString).orElse(""), "", "", ""));
		}
		if (!model.containsAttribute("agreementForm")) {
			model.addAttribute("agreementForm", AgreementForm.empty());
		}
		return "collaboration/promises";
	}

	private java.util.List<AreaCatalog.AreaRef> areaChoices() {
		java.util.List<AreaCatalog.AreaRef> choices = new java.util.ArrayList<>();
		for (AreaLevel level : java.util.List.of(AreaLevel.KOMMUN, AreaLevel.KOMMUNDEL, AreaLevel.STADSDEL)) {
			choices.addAll(areas.atLevel(municipality, level));
		}
		return choices;
	}

	private String show(UUID id, Model model) {
		LocalDate today = LocalDate.now(clock);
		CitizenPromises.Promise promise = promises.get(id);
		model.addAttribute("promise", promise);
		model.addAttribute("today", today);
		model.addAttribute("statuses", CitizenPromises.Status.values());
		model.addAttribute("problemChoices", linkChoices.open(promise, CitizenPromises.LinkKind.PROBLEM));
		model.addAttribute("interventionChoices", linkChoices.open(promise, CitizenPromises.LinkKind.INTERVENTION));
		model.addAttribute("mayEdit", FormSupport.mayEdit(currentUsers));
		if (!model.containsAttribute("followUpForm")) {
			model.addAttribute("followUpForm", new FollowUpForm(today.toString(), "", "", null));
		}
		if (!model.containsAttribute("linkForm")) {
			model.addAttribute("linkForm", LinkForm.empty());
		}
		return "collaboration/promise";
	}

}
