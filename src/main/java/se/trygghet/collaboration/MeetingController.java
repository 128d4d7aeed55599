package se.trygghet.collaboration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
import se.trygghet.identity.CurrentUsers;
import se.trygghet.situation.SituationHighlights;
import se.trygghet.system.Forms;
import se.trygghet.system.IdempotentForm;
import se.trygghet.system.Refusal;

/** A forum's meetings: recording one, reading one, its decisions and their follow-up. */
@Controller
class MeetingController {

	/** How many of the lägesbild's changes a Trygghetsråd agenda copies in. */
	static final int SITUATION_CHANGES = 5;

	private final Meetings meetings;

	private final Forums forums;

	private final Participants participants;

	private final SituationHighlights situation;

	private final CurrentUsers currentUsers;

	private final java.time.Clock clock;

	private final PartnerForums partners;

	MeetingController(Meetings meetings, Forums forums, Participants participants, SituationHighlights situation,
			CurrentUsers currentUsers, java.time.Clock clock, PartnerForums partners) {
		this.partners = partners;
		this.meetings = meetings;
		this.forums = forums;
		this.participants = participants;
		this.situation = situation;
		this.currentUsers = currentUsers;
		this.clock = clock;
	}

	record MeetingForm(@Nullable String heldOn, @Nullable String place, @Nullable String agenda,
			@Nullable List<String> present, @Nullable Boolean situation) {

		MeetingForm {
			present = present == null ? List.of() : List.copyOf(present);
		}

	}

	record DecisionForm(@Nullable String text, @Nullable String responsible, @Nullable String dueOn) {

		static DecisionForm empty() {
			return new DecisionForm("", "", "");
		}

	}

	record FollowUpForm(@Nullable String status, @Nullable String note, int version) {
	}

	@GetMapping("/forums/{forum}/meetings/new")
	String newMeeting(@PathVariable UUID forum, Model model) {
		model.addAttribute("form", new MeetingForm(LocalDate.now(clock).toString(), "", "",
				new ArrayList<>(meetings.memberKeys(forum)), false));
		return form(forum, model);
	}

	@PostMapping("/forums/{forum}/meetings")
	@IdempotentForm
	String record(@PathVariable UUID forum, @ModelAttribute("form") MeetingForm form, BindingResult errors,
			Model model) {
		MeetingForm posted = Forms.recover(form, errors, model,
				() -> new MeetingForm("", "", "", List.of(), false));
		if (errors.hasErrors() || posted != form) {
			return form(forum, model);
		}
		LocalDate heldOn = FormSupport.date(form.heldOn(), "heldOn", errors);
		Set<Participant> present = new LinkedHashSet<>();
		try {
			for (String key : form.present()) {
				present.add(Participant.parse(key, "present"));
			}
			List<AgendaItem> agenda = new ArrayList<>(Meetings.topics(form.agenda()));
			if (Boolean.TRUE.equals(form.situation())) {
				agenda.add(0, situationItem());
			}
			if (heldOn == null) {
				return form(forum, model);
			}
			UUID id = meetings.record(new Meetings.NewMeeting(forum, heldOn, FormSupport.text(form.place()), agenda,
					present, false));
			return "redirect:/meetings/" + id;
		}
		catch (Refusal refusal) {
			FormSupport.reject(errors, refusal);
			return form(forum, model);
		}
	}

	@GetMapping("/meetings/{id}")
	String meeting(@PathVariable UUID id, Model model) {
		partners.require(meetings.get(id).forum().id());
		return show(id, model);
	}

	@PostMapping("/meetings/{id}/decisions")
	@IdempotentForm
	String decide(@PathVariable UUID id, @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		LocalDate due = FormSupport.date(form.dueOn(), "dueOn", errors);
		if (FormSupport.text(form.text()).isBlank()) {
			errors.rejectValue("text", "collab.decision.text.invalid");
		}
		if (FormSupport.text(form.responsible()).isBlank()) {
			errors.rejectValue("responsible", "collab.decision.responsible.invalid");
		}
		if (errors.hasErrors() || due == null) {
			return show(id, model);
		}
		try {
			meetings.decide(id, FormSupport.text(form.text()), FormSupport.text(form.responsible()), due);
		}
		catch (Refusal refusal) {
			FormSupport.reject(errors, refusal);
			return show(id, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/meetings/" + id;
	}

	@PostMapping("/decisions/{id}")
	String followUp(@PathVariable UUID id, @ModelAttribute("followUpForm") FollowUpForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		UUID meeting = meetings.meetingOf(id);
		if (Forms.unconvertible(errors)) {
			redirect.addFlashAttribute("refused", "form.invalidValue");
			return "redirect:/meetings/" + meeting;
		}
		Meetings.DecisionStatus status = FormSupport.choice(Meetings.DecisionStatus.class, form.status(), "status",
				errors);
		try {
			if (status != null) {
				meetings.followUp(id, form.version(), status, form.note());
			}
		}
		catch (Refusal refusal) {
			FormSupport.reject(errors, refusal);
		}
		if (errors.hasErrors()) {
			// one form per decision: the refused one shows its message and keeps the note typed
			model.addAttribute("failedDecision", id);
			model.addAttribute("followUpError", errors.getAllErrors().get(0).getCode());
			model.addAttribute("followUpNote", FormSupport.text(form.note()));
			return show(meeting, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/meetings/" + meeting + "#decision-" + id;
	}

	/** The lägesbild's last complete week as an agenda item, written out so it stays as it was. */
	private AgendaItem situationItem() {
		SituationHighlights.Week week = situation.lastCompleteWeek(SITUATION_CHANGES);
		StringBuilder body = new StringBuilder();
		body.append("Totalt ").append(week.total()).append(" händelser (snitt de fyra veckorna före: ")
			.append(decimal(week.earlierMean())).append(").");
		if (week.largestChanges().isEmpty()) {
			body.append("\nInga ökningar mot veckorna före.");
		}
		for (SituationHighlights.Change change : week.largestChanges()) {
			body.append("\n").append(change.area()).append(" – ").append(change.category()).append(": ")
				.append(change.count()).append(" (snitt ").append(decimal(change.earlierMean()));
			if (change.changePercent() != null) {
				body.append(", ").append(change.changePercent() > 0 ? "+" : "").append(change.changePercent()).append(" %");
			}
			body.append(")");
			if (change.flagged()) {
				body.append(" – ovanligt hög, knappast slump");
			}
		}
		if (week.demo()) {
			body.append("\nUnderlaget innehåller demodata.");
		}
		return new AgendaItem(AgendaItem.Kind.SITUATION, "Lägesbild vecka " + week.week(), body.toString(), null);
	}

	private static String decimal(double value) {
		return String.format(java.util.Locale.forLanguageTag("sv-SE"), "%.1f", value);
	}

	private String form(UUID forum, Model model) {
		model.addAttribute("forum", forums.get(forum));
		model.addAttribute("options", participants.options());
		return "collaboration/meeting-form";
	}

	private String show(UUID id, Model model) {
		Meetings.Meeting meeting = meetings.get(id);
		model.addAttribute("meeting", meeting);
		model.addAttribute("mayEdit", FormSupport.mayEdit(currentUsers));
		model.addAttribute("statuses", Meetings.DecisionStatus.values());
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", DecisionForm.empty());
		}
		return "collaboration/meeting";
	}

}
