package se.trygghet.collaboration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

	/** A meeting: its agenda one topic per line, those present by their keys (an actor or a committee). */
	public record MeetingForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			@Nullable @Size(max = Meetings.MAX_PLACE) String place, @Nullable @Size(max = Meetings.MAX_AGENDA) String agenda, @Nullable List<String> present,
			@Nullable Boolean situation) {

		public MeetingForm {
			present = Forms.distinct(present);
		}

	}

	public record DecisionForm(@NotBlank @Size(max = Meetings.MAX_DECISION) String text,
			@NotBlank @Size(max = Meetings.MAX_RESPONSIBLE) String responsible,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn) {

		static DecisionForm empty() {
			return new DecisionForm("", "", null);
		}

	}

	public record FollowUpForm(@NotNull Meetings.DecisionStatus status, @Nullable String note, @NotNull Integer version) {
	}

	@GetMapping("/forums/{forum}/meetings/new")
	String newMeeting(@PathVariable ForumId forum, Model model) {
		model.addAttribute("form", new MeetingForm(LocalDate.now(clock), "", "",
				new ArrayList<>(meetings.memberKeys(forum)), false));
		return form(forum, model);
	}

	@PostMapping("/forums/{forum}/meetings")
	@IdempotentForm
	String record(@PathVariable ForumId forum, @Valid @ModelAttribute("form") MeetingForm form, BindingResult bound,
			Model model) {
		BindingResult errors = Forms.errors(form, bound, model);
		Set<Participant> present = new LinkedHashSet<>();
		List<AgendaItem> agenda = new ArrayList<>();
		Forms.attempt(errors, () -> {
			for (String key : form.present()) {
				present.add(Participant.parse(key, "present"));
			}
			agenda.addAll(Meetings.topics(form.agenda()));
		});
		if (errors.hasErrors()) {
			return form(forum, model);
		}
		if (Boolean.TRUE.equals(form.situation())) {
			agenda.add(0, situationItem());
		}
		MeetingId[] id = new MeetingId[1];
		if (!Forms.attempt(errors, () -> id[0] = meetings.record(new Meetings.NewMeeting(forum, form.heldOn(),
				form.place() == null ? "" : form.place(), agenda, present, false)))) {
			return form(forum, model);
		}
		return "redirect:/meetings/" + id[0];
	}

	@GetMapping("/meetings/{id}")
	String meeting(@PathVariable MeetingId id, Model model) {
		partners.require(meetings.get(id).forum().id());
		return show(id, model);
	}

	@PostMapping("/meetings/{id}/decisions")
	@IdempotentForm
	String decide(@PathVariable MeetingId id, @Valid @ModelAttribute("decisionForm") DecisionForm form,
			BindingResult bound, Model model, RedirectAttributes redirect) {
		BindingResult errors = Forms.errors(form, bound, model);
		if (errors.hasErrors()
				|| !Forms.attempt(errors, () -> meetings.decide(id, form.text(), form.responsible(), form.dueOn()))) {
			return show(id, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/meetings/" + id;
	}

	@PostMapping("/decisions/{id}")
	String followUp(@PathVariable DecisionId id, @Valid @ModelAttribute("followUpForm") FollowUpForm form,
			BindingResult bound, Model model, RedirectAttributes redirect) {
		BindingResult errors = Forms.errors(form, bound, model);
		MeetingId meeting = meetings.meetingOf(id);
		if (errors.hasFieldErrors("status") || errors.hasFieldErrors("version")) {
			// the page's button sets these two; a value that is not one was not sent by the page (as the state
			// buttons of surveys and promises answer it)
			redirect.addFlashAttribute("refused", "form.invalidValue");
			return "redirect:/meetings/" + meeting;
		}
		if (errors.hasErrors()
				|| !Forms.attempt(errors, () -> meetings.followUp(id, form.version(), form.status(), form.note()))) {
			// one form per decision: the refused one shows its message and keeps the note typed
			model.addAttribute("failedDecision", id);
			model.addAttribute("followUpError", errors.getAllErrors().get(0).getCode());
			model.addAttribute("followUpNote", form.note() == null ? "" : form.note());
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

	private String form(ForumId forum, Model model) {
		model.addAttribute("forum", forums.get(forum));
		model.addAttribute("options", participants.options());
		return "collaboration/meeting-form";
	}

	private String show(MeetingId id, Model model) {
		Meetings.Meeting meeting = meetings.get(id);
		model.addAttribute("meeting", meeting);
		model.addAttribute("mayEdit", CollaborationAuthorization.mayEdit(currentUsers));
		model.addAttribute("statuses", Meetings.DecisionStatus.values());
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", DecisionForm.empty());
		}
		return "collaboration/meeting";
	}

}
