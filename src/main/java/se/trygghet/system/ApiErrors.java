package se.trygghet.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the JSON API as {@code application/problem+json} (RFC 9457). Spring MVC's own exceptions are already
 * answered that way ({@link MvcErrors}); these are ours, plus a catch-all that logs the cause
 * and tells the client nothing internal. A database that cannot be reached is left to {@link DatabaseOutage}.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrors {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> badArgument(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid value for '" + ex.getName() + "'");
	}

	/** Authorisation failures belong to Spring Security, which answers them with 401/403. */
	@ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
	void accessDenied(org.springframework.security.access.AccessDeniedException ex) {
		throw ex;
	}

	@ExceptionHandler(RuntimeException.class)
	ResponseEntity<ProblemDetail> unexpected(RuntimeException ex) {
		if (DatabaseOutage.causedBy(ex)) {
			// not unexpected: answered 503 with Retry-After by DatabaseOutage, like every page
			throw ex;
		}
		log.error("Unexpected API error", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred.");
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(status.getReasonPhrase());
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
