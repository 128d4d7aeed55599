package se.trygghet.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Spring MVC's own exceptions (a value in the address that is not one, a missing parameter, an unreadable body, a
 * method the address does not take): {@code application/problem+json} on the API, as Spring Boot's problem details
 * answer them (this replaces that handler, which would answer a browser with the same JSON), and the error page in
 * the reader's language for a page ({@link ErrorPages}, through the container's error dispatch).
 */
@ControllerAdvice
@Order(0)
class MvcErrors extends ResponseEntityExceptionHandler {

	@Override
	protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
			HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
		if (request instanceof ServletWebRequest web && web.getResponse() != null && isPage(web.getRequest())) {
			HttpServletResponse response = web.getResponse();
			headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
			try {
				response.sendError(statusCode.value());
			}
			catch (IOException failed) {
				throw new UncheckedIOException(failed);
			}
			return null;
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	/** A browser asking for a page: not the API (by handler or address), and HTML accepted. */
	private static boolean isPage(HttpServletRequest request) {
		Object handler = request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE);
		if (RefusalAnswers.isApi(handler instanceof HandlerMethod method ? method : null, request)) {
			return false;
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		try {
			return accept != null && MediaType.parseMediaTypes(accept)
				.stream()
				.anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

}
