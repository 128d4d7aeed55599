package se.trygghet.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error that escapes a handler ends here: API clients get {@code application/problem+json}, people get a page in
 * their language. Neither ever shows a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

	@RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
	String page(HttpServletRequest request, Model model) {
		HttpStatus status = statusOf(request);
		model.addAttribute("status", status.value());
		model.addAttribute("reason", status.getReasonPhrase());
		return "error";
	}

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = statusOf(request);
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(status.getReasonPhrase());
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null) {
			problem.setInstance(URI.create(uri.toString()));
		}
		Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
		if (status.is4xxClientError() && message instanceof String text && !text.isBlank()) {
			problem.setDetail(text);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value) {
			HttpStatus status = HttpStatus.resolve(value);
			if (status != null) {
				return status;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
