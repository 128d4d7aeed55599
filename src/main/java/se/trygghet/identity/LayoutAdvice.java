package se.trygghet.identity;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.env.Environment;
import org.springframework.ui.Model;
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

	/**
	 * Everything the layout reads, added by one method. Spring prepares and invokes each {@code @ModelAttribute} method
	 * of an advice on every request, and when these were eleven methods that was about 5 % of a signed-in page's time
	 * (docs/BENCHMARKS.md). Their names are listed once more in {@link Layout#ATTRIBUTES}, for pages kept rendered;
	 * {@code LayoutTests} keeps the two in step.
	 *
	 * <ul>
	 * <li>{@code mapTiles}: the tile server every map uses (tiles need the internet; maps work without them);</li>
	 * <li>{@code me}: the signed-in user, or null;</li>
	 * <li>{@code currentPath}: the page's own path, for the language switch; the query string is left out on purpose
	 * (it may hold ids);</li>
	 * <li>{@code mayReadInternal}: field staff see their own incident reports, partners what is shared with them, and
	 * nothing else internal; everyone else signed in reads the plans;</li>
	 * <li>{@code mayAnalyse}: works with the lägesbild (incidents, situation pictures, hot spots);</li>
	 * <li>{@code mayReadCosts}: reads what crime costs, which rests on the incident counts as stored (the roles of
	 * {@code cost}'s rules for {@code /costs});</li>
	 * <li>{@code isAdmin}, {@code isReporter}, {@code isPartner}, {@code isFieldReporter}, {@code mayAudit} and
	 * {@code demoMode}.</li>
	 * </ul>
	 */
	@ModelAttribute
	void layout(Model model, HttpServletRequest request) {
		@Nullable CurrentUser me = currentUsers.current().orElse(null);
		boolean mayAnalyse = me != null && me.hasAny(Role.ANALYST, Role.COORDINATOR, Role.ADMIN);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		model.addAttribute("mapTiles", mapTiles);
		model.addAttribute("me", me);
		model.addAttribute("currentPath", path.isEmpty() ? "/" : path);
		model.addAttribute("isAdmin", me != null && me.has(Role.ADMIN));
		model.addAttribute("isReporter", me != null && me.has(Role.COMMITTEE_REPORTER));
		model.addAttribute("mayReadInternal", me != null && me.roles().stream().anyMatch(Role::readsInternalPages));
		model.addAttribute("isPartner", me != null && me.has(Role.PARTNER));
		model.addAttribute("isFieldReporter", me != null && me.has(Role.FIELD_REPORTER) && !mayAnalyse);
		model.addAttribute("mayAudit", me != null && me.hasAny(Role.ADMIN, Role.COORDINATOR));
		model.addAttribute("mayAnalyse", mayAnalyse);
		model.addAttribute("mayReadCosts",
				me != null && me.hasAny(Role.ADMIN, Role.COORDINATOR, Role.ANALYST, Role.VIEWER));
		model.addAttribute("demoMode", demo);
	}

}
