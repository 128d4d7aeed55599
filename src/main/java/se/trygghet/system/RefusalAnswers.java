package se.trygghet.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The one place a {@link Refusal} no controller caught is answered. A form that shows refusals beside its fields
 * catches them itself ({@link Forms#reject}); everything else ends here. The API answers
 * {@code application/problem+json} with every problem and its message in the caller's language: 422 when a value was
 * refused (the problems name fields), 409 when the state of what was asked for does not allow the step. A page is
 * sent back where the request came from with the message at the top ({@code refusal} in the layout), or, without a
 * page to go back to, shown the message with 409. Ordered first, and answering nothing else, so that no catch-all
 * handler of another advice takes a refusal for an unexpected error.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RefusalAnswers {

	/** The flash attribute the layout shows. */
	static final String FLASH = "refusal";

	private final MessageSource messages;

	RefusalAnswers(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(Refusal.class)
	Object refused(Refusal refusal, @Nullable HandlerMethod handler, HttpServletRequest request,
			HttpServletResponse response) {
		Locale locale = RequestContextUtils.getLocale(request);
		if (isApi(handler, request)) {
			return problem(refusal, locale, request);
		}
		String message = message(refusal.problems().get(0), locale);
		String back = sameSiteReferer(request);
		if (back != null && !"GET".equals(request.getMethod())) {
			RequestContextUtils.getOutputFlashMap(request).put(FLASH, message);
			RedirectView redirect = new RedirectView(back);
			redirect.setStatusCode(HttpStatus.SEE_OTHER);
			return new ModelAndView(redirect);
		}
		response.setStatus(HttpStatus.CONFLICT.value());
		ModelAndView page = new ModelAndView("error", Map.of("status", HttpStatus.CONFLICT.value(), "reason",
				HttpStatus.CONFLICT.getReasonPhrase(), "message", message));
		page.setStatus(HttpStatus.CONFLICT);
		return page;
	}

	private ResponseEntity<ProblemDetail> problem(Refusal refusal, Locale locale, HttpServletRequest request) {
		HttpStatus status = refusal.concernsFields() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.CONFLICT;
		List<Map<String, Object>> errors = refusal.problems()
			.stream()
			.map(p -> p.field() == null ? Map.<String, Object>of("code", p.code(), "message", message(p, locale))
					: Map.<String, Object>of("field", p.field(), "code", p.code(), "message", message(p, locale)))
			.toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, (String) errors.get(0).get("message"));
		problem.setTitle(status.getReasonPhrase());
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("errors", errors);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private String message(Refusal.Problem problem, Locale locale) {
		return messages.getMessage(problem.code(), problem.getArguments(), problem.code(), locale);
	}

	static boolean isApi(@Nullable HandlerMethod handler, HttpServletRequest request) {
		if (handler != null && (AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
				|| handler.hasMethodAnnotation(ResponseBody.class))) {
			return true;
		}
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	/** The page the form was on, if it is one of ours; never a redirect to another site. */
	private static @Nullable String sameSiteReferer(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return null;
		}
		try {
			URI uri = URI.create(referer);
			if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
				return null;
			}
			String path = uri.getRawPath();
			if (path == null || !path.startsWith("/") || path.startsWith("//")) {
				return null;
			}
			return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
