package se.trygghet.indicator;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import se.trygghet.chart.SvgChart;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.identity.HttpAuthorizationRules;
import se.trygghet.identity.Role;
import se.trygghet.indicator.IndicatorCatalog.IndicatorSummary;
import se.trygghet.plan.IndicatorId;
import se.trygghet.plan.PlanCatalog;
import se.trygghet.plan.PlanState;
import se.trygghet.system.NotFoundException;
import se.trygghet.system.TemplateFragments;

/**
 * The indicator pages: a plan's indicators per focus area (latest value, verdict, a small trend chart) and one
 * indicator (chart over time by breakdown, comparison of areas, the values as a table, how it is measured and judged).
 * Every signed-in role reads them; staff who read internal data see values as stored, everyone else as the public
 * does. The bodies are rendered once per {@link IndicatorRevision}, audience, language and choice.
 */
@Controller
class IndicatorPageController {

	static final String PATH = "/indicators";

	private final IndicatorCatalog catalog;

	private final IndicatorCharts indicatorCharts;

	private final IndicatorPageModel pages;

	private final IndicatorRevision revision;

	private final PlanCatalog plans;

	private final CurrentUsers currentUsers;

	private final TemplateFragments fragments;

	private final IndicatorImports imports;

	IndicatorPageController(IndicatorCatalog catalog, IndicatorCharts indicatorCharts, IndicatorPageModel pages,
			IndicatorRevision revision, PlanCatalog plans, CurrentUsers currentUsers, TemplateFragments fragments,
			IndicatorImports imports) {
		this.catalog = catalog;
		this.indicatorCharts = indicatorCharts;
		this.pages = pages;
		this.revision = revision;
		this.plans = plans;
		this.currentUsers = currentUsers;
		this.fragments = fragments;
		this.imports = imports;
	}

	/** One indicator on the focus-area page. */
	record Card(IndicatorSummary indicator, @Nullable String latest, @Nullable SvgChart trend) {
	}

	record FocusAreaCards(int number, String title, List<Card> cards) {
	}

	@GetMapping(PATH)
	String indicators(@RequestParam(required = false) @Nullable String plan,
			@RequestParam(required = false) @Nullable Integer focusArea, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		PlanCatalog.PlanRef ref = plan(plan);
		PlanCatalog.PlanOutline outline = plans.outline(ref.id()).orElseThrow(() -> new NotFoundException("Planen"));
		if (focusArea != null && outline.focusArea(focusArea).isEmpty()) {
			throw new NotFoundException("Fokusområdet");
		}
		Audience audience = Audiences.forPage(currentUsers);
		model.addAttribute("plan", outline);
		model.addAttribute("plans", plans.plans());
		model.addAttribute("focusArea", focusArea);
		model.addAttribute("audience", audience);
		Object key = List.of("indicators", ref.id(), String.valueOf(focusArea), audience, locale, revision.current());
		Supplier<Map<String, Object>> body = () -> Map.of("focusAreas", cards(outline, focusArea, audience, locale),
				"audience", audience, "plan", outline);
		model.addAttribute("body", fragments.cached(key, "indicator/indicators-body", "body", body, request, response));
		return "indicator/indicators";
	}

	@GetMapping(PATH + "/{id}")
	String indicator(@PathVariable IndicatorId id, @RequestParam(required = false) @Nullable String breakdown,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		Audience audience = Audiences.forPage(currentUsers);
		List<Long> now = revision.current();
		IndicatorSummary indicator = summary(id, audience, now);
		String selected = selected(indicator, breakdown);
		model.addAttribute("indicator", indicator);
		model.addAttribute("planKey", planKey(indicator));
		model.addAttribute("definition", definition(indicator));
		// the import history is read on every request: runs are logged outside the indicator revision
		model.addAttribute("imports", imports.runsFor(id));
		model.addAttribute("mayReadImports", currentUsers.current()
			.map(u -> u.has(Role.COORDINATOR) || u.has(Role.ADMIN) || u.has(Role.ANALYST))
			.orElse(false));
		model.addAttribute("audience", audience);
		model.addAttribute("details", details(indicator, audience, locale, now, request, response));
		model.addAttribute("breakdownHtml", breakdownHtml(indicator, selected, audience, locale, now, request, response));
		return "indicator/indicator";
	}

	/** The chart, comparison and table of one breakdown alone, for htmx to swap in. */
	@GetMapping(path = PATH + "/{id}", headers = "HX-Request=true")
	@ResponseBody
	String breakdown(@PathVariable IndicatorId id, @RequestParam(required = false) @Nullable String breakdown,
			Locale locale, HttpServletRequest request, HttpServletResponse response) {
		Audience audience = Audiences.forPage(currentUsers);
		List<Long> now = revision.current();
		IndicatorSummary indicator = summary(id, audience, now);
		response.setContentType("text/html;charset=UTF-8");
		response.setHeader("Vary", "HX-Request");
		return breakdownHtml(indicator, selected(indicator, breakdown), audience, locale, now, request, response);
	}

	/** The indicator with its latest value and verdict (kept per revision and audience by the page model). */
	private IndicatorSummary summary(IndicatorId id, Audience audience, List<Long> now) {
		return pages.summary(id, audience, now).orElseThrow(() -> new NotFoundException("Indikatorn"));
	}

	/** The plan's own text of what the indicator measures, if it has one. */
	private @Nullable String definition(IndicatorSummary indicator) {
		return plans.outline(indicator.plan())
			.flatMap(p -> p.focusAreas().stream().flatMap(f -> f.indicators().stream())
				.filter(i -> i.id().equals(indicator.id()))
				.findFirst())
			.map(PlanCatalog.IndicatorOutline::definition)
			.orElse(null);
	}

	private String planKey(IndicatorSummary indicator) {
		return plans.plans().stream().filter(p -> p.id().equals(indicator.plan())).findFirst()
			.map(PlanCatalog.PlanRef::key).orElse("");
	}

	private String details(IndicatorSummary indicator, Audience audience, Locale locale, List<Long> now,
			HttpServletRequest request, HttpServletResponse response) {
		Object key = List.of("indicator-details", indicator.id(), audience, locale, now);
		return fragments.cached(key, "indicator/indicator-body", "details",
				() -> Map.of("indicator", indicator, "audience", audience, "latest",
						java.util.Objects.requireNonNullElse(IndicatorCharts.latestText(indicator, locale), ""),
						"baseline", number(indicator.assessment().baselineValue(), indicator, locale),
						"mean", number(indicator.assessment().windowMean(), indicator, locale),
						"target", indicator.setup().target() == null ? ""
								: number(indicator.setup().target().value(), indicator, locale)),
				request, response);
	}

	private static String number(java.math.@Nullable BigDecimal value, IndicatorSummary indicator, Locale locale) {
		return value == null ? "" : IndicatorCharts.format(value, indicator, locale);
	}

	private String breakdownHtml(IndicatorSummary indicator, String selected, Audience audience, Locale locale,
			List<Long> now, HttpServletRequest request, HttpServletResponse response) {
		Object key = List.of("indicator-breakdown", indicator.id(), selected, audience, locale, now);
		return fragments.cached(key, "indicator/indicator-body", "breakdown",
				() -> Map.of("indicator", indicator, "view", pages.breakdown(indicator, selected, audience, locale)),
				request, response);
	}

	private String selected(IndicatorSummary indicator, @Nullable String breakdown) {
		return breakdown != null && pages.breakdowns(indicator).contains(breakdown) ? breakdown
				: IndicatorPageModel.TOTAL;
	}

	private List<FocusAreaCards> cards(PlanCatalog.PlanOutline outline, @Nullable Integer focusArea, Audience audience,
			Locale locale) {
		Map<Integer, List<Card>> byArea = new LinkedHashMap<>();
		for (IndicatorSummary indicator : catalog.indicators(outline.id(), audience)) {
			if (focusArea != null && indicator.focusArea() != focusArea) {
				continue;
			}
			byArea.computeIfAbsent(indicator.focusArea(), n -> new ArrayList<>())
				.add(new Card(indicator, IndicatorCharts.latestText(indicator, locale),
						indicatorCharts.trend(indicator, audience, locale).orElse(null)));
		}
		List<FocusAreaCards> result = new ArrayList<>();
		for (PlanCatalog.FocusAreaOutline area : outline.focusAreas()) {
			if (byArea.containsKey(area.number())) {
				result.add(new FocusAreaCards(area.number(), area.title(), byArea.get(area.number())));
			}
		}
		return result;
	}

	/** The plan asked for; otherwise the adopted plan with the latest period, or the latest plan. */
	private PlanCatalog.PlanRef plan(@Nullable String key) {
		List<PlanCatalog.PlanRef> all = plans.plans();
		if (key != null && !key.isBlank()) {
			return all.stream().filter(p -> p.key().equals(key)).findFirst()
				.orElseThrow(() -> new NotFoundException("Planen"));
		}
		Optional<PlanCatalog.PlanRef> adopted = all.stream().filter(p -> p.state() == PlanState.ADOPTED).findFirst();
		return adopted.or(() -> all.stream().findFirst()).orElseThrow(() -> new NotFoundException("Planen"));
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
			rules.requestMatchers(HttpMethod.GET, PATH, PATH + "/{id:[0-9a-fA-F-]+}").hasAnyRole(INTERNAL);
		}

	}

}
