package se.trygghet.identity;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in user (for the navigation) and whether this is a demo installation. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {

	private final CurrentUsers currentUsers;

	private final boolean demo;

	private final String mapTiles;

	LayoutAdvice(CurrentUsers currentUsers, Environment environment) {
		this.currentUsers = currentUsers;
		this.demo = Arrays.asList(environment.getActiveProfiles()).contains("demo");
		this.mapTiles = environment.getProperty("app.map.tile-url", "https://tile.openstreetmap.org/{z}/{x}/{y}.png");
	}

	/** The map tile server every map uses (tiles need the internet; maps work without them). */
	@ModelAttribute("mapTiles")
	String mapTiles() {
		return mapTiles;
	}

	@ModelAttribute("me")
	@Nullable CurrentUser me() {
		return currentUsers.current().orElse(null);
	}

	/** The page's own path, for the language switch; the query string is left out on purpose (it may hold ids). */
	@ModelAttribute("currentPath")
	String currentPath(jakarta.servlet.http.HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.isEmpty() ? "/" : path;
	}

	@ModelAttribute("isAdmin")
	boolean isAdmin() {
		return currentUsers.current().map(user -> user.has(Role.ADMIN)).orElse(false);
	}

	@ModelAttribute("isReporter")
	boolean isReporter() {
		return currentUsers.current().map(user -> user.has(Role.COMMITTEE_REPORTER)).orElse(false);
	}

	/**
	 * Field staff see their own incident reports, partners what is shared with them, and nothing else internal;
	 * everyone else signed in reads the plans.
	 */
	@ModelAttribute("mayReadInternal")
	boolean mayReadInternal() {
		return currentUsers.current().map(user -> user.roles().stream().anyMatch(Role::readsInternalPages)).orElse(false);
	}

	@ModelAttribute("isPartner")
	boolean isPartner() {
		return currentUsers.current().map(user -> user.has(Role.PARTNER)).orElse(false);
	}

	@ModelAttribute("isFieldReporter")
	boolean isFieldReporter() {
		return currentUsers.current().map(user -> user.has(Role.FIELD_REPORTER) && !mayAnalyse()).orElse(false);
	}

	@ModelAttribute("mayAudit")
	boolean mayAudit() {
		return currentUsers.current().map(user -> user.hasAny(Role.ADMIN, Role.COORDINATOR)).orElse(false);
	}

	/** Works with the lägesbild: incidents, situation pictures, hot spots. */
	@ModelAttribute("mayAnalyse")
	boolean mayAnalyse() {
		return currentUsers.current().map(user -> user.hasAny(Role.ANALYST, Role.COORDINATOR, Role.ADMIN)).orElse(false);
	}

	@ModelAttribute("demoMode")
	boolean demoMode() {
		return demo;
	}

}
