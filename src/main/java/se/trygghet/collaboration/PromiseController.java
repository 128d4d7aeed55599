package se.trygghet.collaboration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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

	public record PromiseForm(@NotNull Integer year, @Nullable String municipalityParty, @NotNull UUID police,
			@Nullable UUID area, @Nullable String text, @Nullable UUID agreement) {

		static PromiseForm empty() {
			return new PromiseForm(null, "Västerås stad", null, null, "", null);
		}

	}

	public record AgreementForm(@Nullable String title, @Nullable String parties,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo, @Nullable String reference) {

		static AgreementForm empty() {
			return new AgreementForm("", "Västerås stad, Polisen", null, null, "");
		}

	}

	public record FollowUpForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate followedOn,
			@NotNull CitizenPromises.Status status, @Nullable String text, @Nullable Boolean published) {
	}

	/** The problem or intervention picked, as {@link LinkChoices.Choice#value()}. */
	public record LinkForm(@Nullable String target) {

		static LinkForm empty() {
			return new LinkForm("");
		}

	}

	public record PublicationForm(boolean published, @NotNull Integer version) {
	}

	@GetMapping("/promises")
	String promises(Model model) {
		return list(model);
	}

	@PostMapping("/promises")
	@IdempotentForm
	String record(@Valid @ModelAttribute("form") PromiseForm form, BindingResult bound, Model model) {
		BindingResult errors = Forms.errors(form, bound, model);
		if (errors.hasErrors()) {
			return list(model);
		}
		try {
			CitizenPromiseId id = promises.record(new CitizenPromises.NewPromise(form.year(),
					text(form.municipalityParty()), new ActorId(form.police()),
					form.area() == null ? null : new AreaId(form.area()), text(form.text()),
					form.agreement() == null ? null : new AgreementId(form.agreement()), false));
			return "redirect:/promises/" + id;
		}
		catch (Refusal refusal) {
			Forms.reject(errors, refusal);
			return list(model);
		}
	}

	@PostMapping("/agreements")
	@IdempotentForm
	String recordAgreement(@Valid @ModelAttribute("agreementForm") AgreementForm form, BindingResult bound,
			Model model, RedirectAttributes redirect) {
		BindingResult errors = Forms.errors(form, bound, model);
		if (errors.hasErrors() || !Forms.attempt(errors, () -> promises.recordAgreement(text(form.title()),
				text(form.parties()), form.validFrom(), form.validTo(), form.reference()))) {
			return list(model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/promises";
	}

	@GetMapping("/promises/{id}")
	String promise(@PathVariable CitizenPromiseId id, Model model) {
		return show(id, model);
	}

	@PostMapping("/promises/{id}/follow-ups")
	@IdempotentForm
	String followUp(@PathVariable CitizenPromiseId id, @Valid @ModelAttribute("followUpForm") FollowUpForm form,
			BindingResult bound, Model model, RedirectAttributes redirect) {
		BindingResult errors = Forms.errors(form, bound, model);
		if (errors.hasErrors() || !Forms.attempt(errors, () -> promises.followUp(id, form.followedOn(), form.status(),
				text(form.text()), Boolean.TRUE.equals(form.published())))) {
			return show(id, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/promises/" + id;
	}

	@PostMapping("/promises/{id}/links")
	String link(@PathVariable CitizenPromiseId id, @ModelAttribute("linkForm") LinkForm form, BindingResult bound,
			Model model, RedirectAttributes redirect) {
		BindingResult errors = Forms.errors(form, bound, model);
		LinkChoices.Choice choice = linkChoices.find(form.target()).orElse(null);
		if (choice == null) {
			errors.rejectValue("target", "collab.link.target.invalid");
			return show(id, model);
		}
		if (!Forms.attempt(errors, () -> promises.link(id, choice.kind(), choice.ref(), choice.title()))) {
			return show(id, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/promises/" + id;
	}

	@PostMapping("/promises/{id}/publication")
	String publish(@PathVariable CitizenPromiseId id, @Valid @ModelAttribute PublicationForm form, BindingResult errors,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
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

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	private String list(Model model) {
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("promises", promises.all());
		model.addAttribute("today", today);
		model.addAttribute("agreements", promises.agreements());
		model.addAttribute("authorities", participants.authorities());
		model.addAttribute("areas", areaChoices());
		model.addAttribute("mayEdit", CollaborationAuthorization.mayEdit(currentUsers));
		if (!model.containsAttribute("form")) {
			PromiseForm empty = PromiseForm.empty();
			model.addAttribute("form", new PromiseForm(today.getYear(), empty.municipalityParty(),
					participants.actorNamed("Polisen").orElse(null), null, "", null));
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

	private String show(CitizenPromiseId id, Model model) {
		LocalDate today = LocalDate.now(clock);
		CitizenPromises.Promise promise = promises.get(id);
		model.addAttribute("promise", promise);
		model.addAttribute("today", today);
		model.addAttribute("statuses", CitizenPromises.Status.values());
		model.addAttribute("problemChoices", linkChoices.open(promise, CitizenPromises.LinkKind.PROBLEM));
		model.addAttribute("interventionChoices", linkChoices.open(promise, CitizenPromises.LinkKind.INTERVENTION));
		model.addAttribute("mayEdit", CollaborationAuthorization.mayEdit(currentUsers));
		if (!model.containsAttribute("followUpForm")) {
			model.addAttribute("followUpForm", new FollowUpForm(today, null, "", null));
		}
		if (!model.containsAttribute("linkForm")) {
			model.addAttribute("linkForm", LinkForm.empty());
		}
		return "collaboration/promise";
	}

}
