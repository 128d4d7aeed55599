package se.trygghet.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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

	private static final Unavailable.Message STARTING = new Unavailable.Message("Trygghetsplattformen startar",
			"Försök igen om några sekunder.", "The platform is starting",
			"The platform is starting; try again in a few seconds.");

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
		Unavailable.answer(request, response, STARTING);
	}

}
