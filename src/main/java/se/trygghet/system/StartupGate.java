package se.trygghet.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 to every request, the sign-in page included, until the application accepts traffic. Tomcat starts
 * before the start-up work (the plan, areas, indicators, demo users and data) runs, and Spring Boot marks the
 * application ready only after all of it; in between, a page would show an empty platform and a demo sign-in would
 * fail. The Actuator's health endpoints are let through, so the readiness probe tells the same story.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupGate extends OncePerRequestFilter {

	static final String RETRY_AFTER_SECONDS = "5";

	private static final String PAGE = """
			<!DOCTYPE html>
			<html lang="sv"><head><meta charset="utf-8"><title>Trygghetsplattformen startar</title></head>
			<body><main><h1>Trygghetsplattformen startar</h1>
			<p>Försök igen om några sekunder.</p>
			<p lang="en">The platform is starting. Please try again in a few seconds.</p></main></body></html>
			""";

	private final ObjectProvider<ApplicationAvailability> availability;

	StartupGate(ObjectProvider<ApplicationAvailability> availability) {
		this.availability = availability;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ApplicationAvailability state = availability.getIfAvailable();
		if (state == null || state.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getOutputStream().write("""
					{"type":"about:blank","title":"Service Unavailable","status":503,\
					"detail":"The platform is starting; try again in a few seconds."}"""
				.getBytes(StandardCharsets.UTF_8));
			return;
		}
		response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
		response.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
	}

}
