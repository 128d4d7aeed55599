package se.trygghet.consultation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.plan.ActivityNumber;
import se.trygghet.plan.CommitteeId;
import se.trygghet.system.Forms;
import se.trygghet.system.IdempotentForm;

/**
 * The consultation pages: the list, sending a draft, the coordinator's overview with replies and closing, and a
 * committee's answer (a comment per activity it is named on, one on the whole, and submitting). What a page shows
 * comes from {@link ConsultationPages}; every step goes through {@link ConsultationService}.
 */
@Controller
@RequestMapping("/consultations")
class ConsultationController {

	private final ConsultationPages pages;

	private final ConsultationService service;

	ConsultationController(ConsultationPages pages, ConsultationService service) {
		this.pages = pages;
		this.service = service;
	}

	public record SendForm(@NotNull UUID plan,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline) {
	}

	public record CommentForm(@NotNull Position position, @Nullable @Size(max = 4000) String text) {

		static CommentForm of(Consultation.@Nullable Comment comment) {
			return comment == null ? new CommentForm(null, "") : new CommentForm(comment.position(), comment.text());
		}

	}

	public record WholeForm(@NotBlank @Size(max = 4000) String text) {

		static WholeForm of(Consultation.@Nullable Comment comment) {
			return new WholeForm(comment == null ? "" : comment.text());
		}

	}

	public record ReplyForm(@NotBlank @Size(max = 4000) String reply, @Nullable Boolean draftChanged) {

		static ReplyForm of(Consultation.Comment comment) {
			return new ReplyForm(comment.reply() == null ? "" : comment.reply(),
					Boolean.TRUE.equals(comment.draftChanged()));
		}

		boolean changed() {
			return Boolean.TRUE.equals(draftChanged);
		}

	}

	@GetMapping
	String list(Model model) {
		model.addAllAttributes(pages.list());
		return "consultation/list";
	}

	@GetMapping("/new")
	String initSendForm(@RequestParam UUID plan, Model model) {
		model.addAllAttributes(pages.sendForm(new ActionPlanId(plan)));
		model.addAttribute("sendForm", new SendForm(plan, null));
		return "consultation/send";
	}

	@PostMapping
	@IdempotentForm
	String processSendForm(@Valid @ModelAttribute("sendForm") SendForm form, BindingResult bound, Model model) {
		BindingResult errors = Forms.errors(form, bound, model);
		if (form.plan() == null) {
			return "redirect:/plans";
		}
		model.addAllAttributes(pages.sendForm(new ActionPlanId(form.plan())));
		ConsultationId[] sent = new ConsultationId[1];
		if (errors.hasErrors()
				|| !Forms.attempt(errors, () -> sent[0] = service.send(new ActionPlanId(form.plan()), form.deadline()))) {
			return "consultation/send";
		}
		return "redirect:/consultations/" + sent[0];
	}

	@GetMapping("/{id}")
	String overview(@PathVariable ConsultationId id, Model model) {
		model.addAllAttributes(pages.overview(id));
		return "consultation/overview";
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable ConsultationId id, RedirectAttributes redirect) {
		service.close(id);
		redirect.addFlashAttribute("closed", true);
		return "redirect:/consultations/" + id;
	}

	@GetMapping("/{id}/comments/{comment}/reply")
	String initReplyForm(@PathVariable ConsultationId id, @PathVariable CommentId comment, Model model) {
		ConsultationPages.Page<Consultation.Comment> page = pages.replyForm(id, comment);
		model.addAllAttributes(page.model());
		model.addAttribute("replyForm", ReplyForm.of(page.item()));
		return "consultation/reply";
	}

	@PostMapping("/{id}/comments/{comment}/reply")
	String processReplyForm(@PathVariable ConsultationId id, @PathVariable CommentId comment,
			@Valid @ModelAttribute("replyForm") ReplyForm form, BindingResult bound, Model model,
			RedirectAttributes redirect) {
		model.addAllAttributes(pages.replyForm(id, comment).model());
		BindingResult errors = Forms.errors(form, bound, model);
		if (errors.hasErrors()
				|| !Forms.attempt(errors, () -> service.reply(id, comment, form.reply(), form.changed()))) {
			return "consultation/reply";
		}
		redirect.addFlashAttribute("replied", true);
		return "redirect:/consultations/" + id + "#comment-" + comment;
	}

	@GetMapping("/{id}/committees/{committee}")
	String committee(@PathVariable ConsultationId id, @PathVariable CommitteeId committee, Model model) {
		model.addAllAttributes(pages.committee(id, committee));
		return "consultation/committee";
	}

	@GetMapping("/{id}/committees/{committee}/activities/{number}")
	String initCommentForm(@PathVariable ConsultationId id, @PathVariable CommitteeId committee,
			@PathVariable ActivityNumber number, Model model) {
		ConsultationPages.Page<Consultation.Comment> page = pages.commentForm(id, committee, number);
		model.addAllAttributes(page.model());
		model.addAttribute("commentForm", CommentForm.of(page.item()));
		return "consultation/comment";
	}

	@PostMapping("/{id}/committees/{committee}/activities/{number}")
	String processCommentForm(@PathVariable ConsultationId id, @PathVariable CommitteeId committee,
			@PathVariable ActivityNumber number, @Valid @ModelAttribute("commentForm") CommentForm form, BindingResult bound,
			Model model, RedirectAttributes redirect) {
		model.addAllAttributes(pages.commentForm(id, committee, number).model());
		BindingResult errors = Forms.errors(form, bound, model);
		if (errors.hasErrors() || !Forms.attempt(errors,
				() -> service.comment(id, committee, number, form.position(), form.text()))) {
			return "consultation/comment";
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/consultations/" + id + "/committees/" + committee;
	}

	@GetMapping("/{id}/committees/{committee}/whole")
	String initWholeForm(@PathVariable ConsultationId id, @PathVariable CommitteeId committee, Model model) {
		ConsultationPages.Page<Consultation.Comment> page = pages.overallForm(id, committee);
		model.addAllAttributes(page.model());
		model.addAttribute("wholeForm", WholeForm.of(page.item()));
		return "consultation/whole";
	}

	@PostMapping("/{id}/committees/{committee}/whole")
	String processWholeForm(@PathVariable ConsultationId id, @PathVariable CommitteeId committee,
			@Valid @ModelAttribute("wholeForm") WholeForm form, BindingResult bound, Model model,
			RedirectAttributes redirect) {
		model.addAllAttributes(pages.overallForm(id, committee).model());
		BindingResult errors = Forms.errors(form, bound, model);
		if (errors.hasErrors()
				|| !Forms.attempt(errors, () -> service.commentOnWhole(id, committee, form.text()))) {
			return "consultation/whole";
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/consultations/" + id + "/committees/" + committee;
	}

	@PostMapping("/{id}/committees/{committee}/submit")
	String submit(@PathVariable ConsultationId id, @PathVariable CommitteeId committee, RedirectAttributes redirect) {
		service.submit(id, committee);
		redirect.addFlashAttribute("submitted", true);
		return "redirect:/consultations/" + id + "/committees/" + committee;
	}

}
