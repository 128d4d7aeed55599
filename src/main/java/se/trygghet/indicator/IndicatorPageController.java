package se.trygghet.indicator;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import se.trygghet.chart.FigureTableFiles;
import se.trygghet.identity.HttpAuthorizationRules;
import se.trygghet.identity.Role;
import se.trygghet.plan.IndicatorId;

/**
 * The indicator pages: a plan's indicators per focus area (latest value, verdict, a small trend chart) and one
 * indicator (chart over time by breakdown, comparison of areas, the values as a table, how it is measured and judged).
 * Every signed-in role reads them; staff who read internal data see values as stored, everyone else as the public
 * does. The bodies are rendered once per {@link IndicatorRevision}, audience, language and choice.
 */
@Controller
class IndicatorPageController {

	static final String PATH = "/indicators";

	private final IndicatorPages pages;

	IndicatorPageController(IndicatorPages pages) {
		this.pages = pages;
	}

	@GetMapping(PATH)
	String indicators(@RequestParam(required = false) @Nullable String plan,
			@RequestParam(required = false) @Nullable Integer focusArea, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		model.addAllAttributes(pages.indicators(plan, focusArea, locale, request, response));
		return "indicator/indicators";
	}

	@GetMapping(PATH + "/{id}")
	String indicator(@PathVariable IndicatorId id, @RequestParam(required = false) @Nullable String breakdown,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		model.addAllAttributes(pages.indicator(id, breakdown, locale, request, response));
		return "indicator/indicator";
	}

	/** The plan's indicators of one focus area (or all) as their cards show them to this user, as Excel or CSV. */
	@GetMapping(PATH + "/table/{format:csv|xlsx}")
	ResponseEntity<byte[]> focusAreaTable(@PathVariable String format,
			@RequestParam(required = false) @Nullable String plan,
			@RequestParam(required = false) @Nullable Integer focusArea, Locale locale) {
		return FigureTableFiles.download(pages.focusAreaTable(plan, focusArea, locale), format);
	}

	/** The values table of one breakdown as the page shows it to this user, as an Excel or CSV file. */
	@GetMapping(PATH + "/{id}/table/{format:csv|xlsx}")
	ResponseEntity<byte[]> table(@PathVariable IndicatorId id, @PathVariable String format,
			@RequestParam(required = false) @Nullable String breakdown, Locale locale) {
		return FigureTableFiles.download(pages.table(id, breakdown, locale), format);
	}

	/** The chart, comparison and table of one breakdown alone, for htmx to swap in. */
	@GetMapping(path = PATH + "/{id}", headers = "HX-Request=true")
	@ResponseBody
	String breakdown(@PathVariable IndicatorId id, @RequestParam(required = false) @Nullable String breakdown,
			Locale locale, HttpServletRequest request, HttpServletResponse response) {
		response.setContentType("text/html;charset=UTF-8");
		response.setHeader("Vary", "HX-Request");
		return pages.breakdown(id, breakdown, locale, request, response);
	}

	/** Every signed-in role reads the indicator pages. */
	@Component
	static class Rules implements HttpAuthorizationRules {

		static final String[] INTERNAL = Role.internalReaders();

		@Override
		public void configure(
				AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
			rules.requestMatchers(HttpMethod.GET, "/api/v1/indicators", "/api/v1/indicators/*/measurements")
				.permitAll();
			// an indicator's id only, so that /indicators/import and /indicators/imports keep their own rules
			rules.requestMatchers(HttpMethod.GET, PATH, PATH + "/table/*", PATH + "/{id:[0-9a-fA-F-]+}",
					PATH + "/{id:[0-9a-fA-F-]+}/table/*")
				.hasAnyRole(INTERNAL);
		}

	}

}
