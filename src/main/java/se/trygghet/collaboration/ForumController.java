package se.trygghet.collaboration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

	public record ForumForm(@Nullable String name, @Nullable String description, @Nullable Integer meetingsPerYear,
			@NotNull Integer version) {

		static ForumForm empty() {
			return new ForumForm("", "", null, 0);
		}

		static ForumForm of(Forums.Forum forum) {
			return new ForumForm(forum.name(), forum.description(), forum.meetingsPerYear(), forum.version());
		}

	}

	/** A member: the participant's key as the list gives it (an actor or a committee) and the role. */
	public record MemberForm(@Nullable String participant, @NotNull ForumRole role) {

		static MemberForm empty() {
			return new MemberForm("", ForumRole.LEDAMOT);
		}

	}

	public record SurveyForm(@NotNull Integer year) {
	}

	@GetMapping("/forums")
	String forums(Model model) {
		model.addAttribute("form", ForumForm.empty());
		return list(model);
	}

	@PostMapping("/forums")
	@IdempotentForm
	String create(@Valid @ModelAttribute("form") ForumForm form, BindingResult bound, Model model,
			RedirectAttributes redirect) {
		BindingResult errors = Forms.errors(form, bound, model);
		if (errors.hasErrors()) {
			return list(model);
		}
		try {
			ForumId id = forums.create(text(form.name()), form.description(), form.meetingsPerYear());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/forums/" + id;
		}
		catch (Refusal refusal) {
			Forms.reject(errors, refusal);
			return list(model);
		}
	}

	@GetMapping("/forums/{id}")
	String forum(@PathVariable ForumId id, Model model) {
		partners.require(id);
		return show(id, model);
	}

	@PostMapping("/forums/{id}")
	String edit(@PathVariable ForumId id, @Valid @ModelAttribute("form") ForumForm form, BindingResult bound,
			Model model, RedirectAttributes redirect) {
		BindingResult errors = Forms.errors(form, bound, model);
		if (errors.hasErrors()) {
			return show(id, model);
		}
		try {
			forums.edit(id, form.version(), text(form.name()), form.description(), form.meetingsPerYear());
		}
		catch (Refusal refusal) {
			Forms.reject(errors, refusal);
			return show(id, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/forums/" + id;
	}

	@PostMapping("/forums/{id}/members")
	@IdempotentForm
	String addMember(@PathVariable ForumId id, @Valid @ModelAttribute("memberForm") MemberForm form,
			BindingResult bound, Model model, RedirectAttributes redirect) {
		BindingResult errors = Forms.errors(form, bound, model);
		Forms.attempt(errors, () -> {
			Participant participant = Participant.parse(form.participant(), "participant");
			if (!errors.hasErrors()) {
				forums.addMember(id, participant, form.role());
			}
		});
		if (errors.hasErrors()) {
			return show(id, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/forums/" + id;
	}

	@PostMapping("/forums/{id}/members/{member}/remove")
	String removeMember(@PathVariable ForumId id, @PathVariable ForumMemberId member, RedirectAttributes redirect) {
		forums.removeMember(id, member);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/forums/" + id;
	}

	@PostMapping("/forums/{id}/surveys")
	@IdempotentForm
	String createSurvey(@PathVariable ForumId id, @Valid @ModelAttribute("surveyForm") SurveyForm form,
			BindingResult bound, Model model) {
		BindingResult errors = Forms.errors(form, bound, model);
		if (errors.hasErrors()) {
			return show(id, model);
		}
		try {
			return "redirect:/surveys/" + surveys.create(id, form.year());
		}
		catch (Refusal refusal) {
			Forms.reject(errors, refusal);
			return show(id, model);
		}
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	private String list(Model model) {
		java.util.Optional<java.util.Set<ForumId>> readable = partners.limit();
		model.addAttribute("forums", forums.all()
			.stream()
			.filter(f -> readable.map(ids -> ids.contains(f.forum().id())).orElse(true))
			.toList());
		// overdue decisions are the municipality's follow-up list; a partner sees them in its own forums' meetings
		model.addAttribute("overdue", readable.isPresent() ? java.util.List.of() : meetings.overdue());
		model.addAttribute("mayEdit", CollaborationAuthorization.mayEdit(currentUsers));
		return "collaboration/forums";
	}

	private String show(ForumId id, Model model) {
		Forums.Forum forum = forums.get(id);
		model.addAttribute("forum", forum);
		model.addAttribute("members", forums.members(id));
		model.addAttribute("meetings", meetings.forForum(id));
		model.addAttribute("surveys", surveys.forForum(id));
		model.addAttribute("options", participants.options());
		model.addAttribute("roles", ForumRole.values());
		model.addAttribute("mayEdit", CollaborationAuthorization.mayEdit(currentUsers));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ForumForm.of(forum));
		}
		if (!model.containsAttribute("memberForm")) {
			model.addAttribute("memberForm", MemberForm.empty());
		}
		if (!model.containsAttribute("surveyForm")) {
			model.addAttribute("surveyForm", new SurveyForm(java.time.LocalDate.now(clock).getYear()));
		}
		return "collaboration/forum";
	}

}
