package se.trygghet.collaboration;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.system.Forms;
import se.trygghet.system.NotFoundException;
import se.trygghet.system.Refusal;

/**
 * Satisfaction surveys: results and opening/closing for coordinators, and the public answer page reached by the
 * survey's link without signing in. The answer page stores the two scores and nothing else; a cookie in the
 * answering browser (never sent to the database) keeps the same browser from answering twice by mistake.
 */
@Controller
class SurveyController {

	private final Surveys surveys;

	private final CurrentUsers currentUsers;

	SurveyController(Surveys surveys, CurrentUsers currentUsers) {
		this.surveys = surveys;
		this.currentUsers = currentUsers;
	}

	public record StateForm(@NotNull Surveys.State to, @NotNull Integer version) {
	}

	/** The two scores; that each is 1 to 5 is the survey's rule ({@link Surveys#answer}). */
	public record AnswerForm(@NotNull Integer process, @NotNull Integer result) {

		static AnswerForm empty() {
			return new AnswerForm(null, null);
		}

	}

	@GetMapping("/surveys/{id}")
	String results(@PathVariable SurveyId id, Model model) {
		Surveys.Results results = surveys.results(id);
		model.addAttribute("results", results);
		model.addAttribute("survey", results.survey());
		model.addAttribute("link", ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/survey/{token}")
			.buildAndExpand(results.survey().token())
			.toUriString());
		model.addAttribute("minAnswers", Satisfaction.MIN_ANSWERS);
		model.addAttribute("mayEdit", CollaborationAuthorization.mayEdit(currentUsers));
		return "collaboration/survey";
	}

	@PostMapping("/surveys/{id}/state")
	String move(@PathVariable SurveyId id, @Valid @ModelAttribute("stateForm") StateForm form, BindingResult errors,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			// the buttons post a state and a version; anything else was not sent by the page
			redirect.addFlashAttribute("refused", errors.hasFieldErrors("to") ? "collab.survey.state.illegal"
					: "form.invalidValue");
			return "redirect:/surveys/" + id;
		}
		try {
			surveys.move(id, form.version(), form.to());
			redirect.addFlashAttribute("saved", true);
		}
		catch (Refusal refusal) {
			redirect.addFlashAttribute("refused", refusal.code());
		}
		return "redirect:/surveys/" + id;
	}

	@GetMapping("/survey/{token}")
	String answerPage(@PathVariable String token, HttpServletRequest request, Model model) {
		model.addAttribute("form", AnswerForm.empty());
		return page(token, request, model);
	}

	@PostMapping("/survey/{token}")
	String answer(@PathVariable String token, @Valid @ModelAttribute("form") AnswerForm form, BindingResult bound,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		BindingResult errors = Forms.errors(form, bound, model);
		Surveys.Survey survey = surveys.byToken(token).orElseThrow(() -> new NotFoundException("survey"));
		if (answered(request, token)) {
			return page(token, request, model);
		}
		if (errors.hasErrors() && survey.state() == Surveys.State.OPEN) {
			return page(token, request, model);
		}
		try {
			surveys.answer(token, form.process() == null ? 0 : form.process(),
					form.result() == null ? 0 : form.result());
		}
		catch (Refusal refusal) {
			Forms.reject(errors, refusal);
			return page(token, request, model);
		}
		Cookie cookie = new Cookie(cookieName(token), "1");
		cookie.setPath("/survey/" + token);
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setMaxAge(400 * 24 * 3600);
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
		model.addAttribute("thanks", true);
		return page(token, request, model);
	}

	private String page(String token, HttpServletRequest request, Model model) {
		Surveys.Survey survey = surveys.byToken(token).orElseThrow(() -> new NotFoundException("survey"));
		model.addAttribute("survey", survey);
		model.addAttribute("open", survey.state() == Surveys.State.OPEN);
		model.addAttribute("answered", !model.containsAttribute("thanks") && answered(request, token));
		model.addAttribute("scores", new int[] { 1, 2, 3, 4, 5 });
		return "collaboration/survey-answer";
	}

	private static boolean answered(HttpServletRequest request, String token) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (cookie.getName().equals(cookieName(token))) {
					return true;
				}
			}
		}
		return false;
	}

	private static String cookieName(String token) {
		return "answered-" + token;
	}

}
