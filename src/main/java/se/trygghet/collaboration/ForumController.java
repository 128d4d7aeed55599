package se.trygghet.collaboration;

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
import se.trygghet.system.Forms;
import se.trygghet.system.IdempotentForm;
import se.trygghet.system.Refusal;

/** The forums: a list with the overdue decisions, one forum with its members, meetings and surveys. */
@Controller
class ForumController {

	private final Forums forums;

	private final Meetings meetings;

	private final Surveys surveys;

	private final Participants participants;

	private final CurrentUsers currentUsers;

	private final java.time.Clock clock;

	private final PartnerForums partners;

	ForumController(Forums forums, Meetings meetings, Surveys surveys, Participants participants,
			CurrentUsers currentUsers, java.time.Clock clock, PartnerForums partners) {
		this.partners = partners;
		this.forums = forums;
		this.meetings = meetings;
		this.surveys = surveys;
		this.participants = participants;
		this.currentUsers = currentUsers;
		this.clock = clock;
	}

	record ForumForm(@Nullable String name, @Nullable String description, @Nullable String meetingsPerYear,
			int version) {

		static ForumForm empty() {
			return new ForumForm("", "", "", 0);
		}

		static ForumForm of(Forums.Forum forum) {
			return new ForumForm(forum.name(), forum.description(),
					forum.meetingsPerYear() == null ? "" : forum.meetingsPerYear().toString(), forum.version());
		}

	}

	record MemberForm(@Nullable String participant, @Nullable String role) {

		static MemberForm empty() {
			return new MemberForm("", ForumRole.LEDAMOT.name());
		}

	}

	record SurveyForm(@Nullable String year) {
	}

	@GetMapping("/forums")
	String forums(Model model) {
		model.addAttribute("form", ForumForm.empty());
		return list(model);
	}

	@PostMapping("/forums")
	@IdempotentForm
	String create(@ModelAttribute("form") ForumForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		ForumForm posted = Forms.recover(form, errors, model, ForumForm::empty);
		if (errors.hasErrors() || posted != form) {
			return list(model);
		}
		Integer meetingsPerYear = FormSupport.number(form.meetingsPerYear(), "meetingsPerYear", errors, false);
		if (errors.hasErrors()) {
			return list(model);
		}
		try {
			UUID id = forums.create(FormSupport.text(form.name()), form.description(), meetingsPerYear);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/forums/" + id;
		}
		catch (Refusal refusal) {
			FormSupport.reject(errors, refusal);
			return list(model);
		}
	}

	@GetMapping("/forums/{id}")
	String forum(@PathVariable UUID id, Model model) {
		partners.require(id);
		return show(id, model);
	}

	@PostMapping("/forums/{id}")
	String edit(@PathVariable UUID id, @ModelAttribute("form") ForumForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		ForumForm posted = Forms.recover(form, errors, model, () -> ForumForm.of(forums.get(id)));
		if (errors.hasErrors() || posted != form) {
			return show(id, model);
		}
		Integer meetingsPerYear = FormSupport.number(form.meetingsPerYear(), "meetingsPerYear", errors, false);
		if (errors.hasErrors()) {
			return show(id, model);
		}
		try {
			forums.edit(id, form.version(), FormSupport.text(form.name()), form.description(), meetingsPerYear);
		}
		catch (Refusal refusal) {
			FormSupport.reject(errors, refusal);
			return show(id, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/forums/" + id;
	}

	@PostMapping("/forums/{id}/members")
	@IdempotentForm
	String addMember(@PathVariable UUID id, @ModelAttribute("memberForm") MemberForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		ForumRole role = FormSupport.choice(ForumRole.class, form.role(), "role", errors);
		try {
			Participant participant = Participant.parse(form.participant(), "participant");
			if (role != null) {
				forums.addMember(id, participant, role);
			}
		}
		catch (Refusal refusal) {
			FormSupport.reject(errors, refusal);
		}
		if (errors.hasErrors()) {
			return show(id, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/forums/" + id;
	}

	@PostMapping("/forums/{id}/members/{member}/remove")
	String removeMember(@PathVariable UUID id, @PathVariable UUID member, RedirectAttributes redirect) {
		forums.removeMember(id, member);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/forums/" + id;
	}

	@PostMapping("/forums/{id}/surveys")
	@IdempotentForm
	String createSurvey(@PathVariable UUID id, @ModelAttribute("surveyForm") SurveyForm form, BindingResult errors,
			Model model) {
		Integer year = FormSupport.number(form.year(), "year", errors, true);
		if (errors.hasErrors() || year == null) {
			return show(id, model);
		}
		try {
			return "redirect:/surveys/" + surveys.create(id, year);
		}
		catch (Refusal refusal) {
			FormSupport.reject(errors, refusal);
			return show(id, model);
		}
	}

	private String list(Model model) {
		java.util.Optional<java.util.Set<UUID>> readable = partners.limit();
		model.addAttribute("forums", forums.all()
			.stream()
			.filter(f -> readable.map(ids -> ids.contains(f.forum().id())).orElse(true))
			.toList());
		// overdue decisions are the municipality's follow-up list; a partner sees them in its own forums' meetings
		model.addAttribute("overdue", readable.isPresent() ? java.util.List.of() : meetings.overdue());
		model.addAttribute("mayEdit", FormSupport.mayEdit(currentUsers));
		return "collaboration/forums";
	}

	private String show(UUID id, Model model) {
		Forums.Forum forum = forums.get(id);
		model.addAttribute("forum", forum);
		model.addAttribute("members", forums.members(id));
		model.addAttribute("meetings", meetings.forForum(id));
		model.addAttribute("surveys", surveys.forForum(id));
		model.addAttribute("options", participants.options());
		model.addAttribute("roles", ForumRole.values());
		model.addAttribute("mayEdit", FormSupport.mayEdit(currentUsers));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ForumForm.of(forum));
		}
		if (!model.containsAttribute("memberForm")) {
			model.addAttribute("memberForm", MemberForm.empty());
		}
		if (!model.containsAttribute("surveyForm")) {
			model.addAttribute("surveyForm", new SurveyForm(String.valueOf(java.time.LocalDate.now(clock).getYear())));
		}
		return "collaboration/forum";
	}

}
