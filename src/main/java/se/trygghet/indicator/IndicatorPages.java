package se.trygghet.indicator;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.trygghet.chart.FigureTable;
import se.trygghet.chart.SvgChart;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.identity.Role;
import se.trygghet.indicator.IndicatorCatalog.IndicatorSummary;
import se.trygghet.plan.ActivityIndicators;
import se.trygghet.plan.IndicatorId;
import se.trygghet.plan.PlanCatalog;
import se.trygghet.plan.PlanState;
import se.trygghet.system.NotFoundException;
import se.trygghet.system.TemplateFragments;

/**
 * What the internal indicator pages show, for the signed-in user's audience: the indicators of a plan per focus area
 * (latest value, verdict, trend chart) and one indicator (details, import history, and one breakdown through
 * {@link IndicatorPageModel}). The parts that are the same for everyone with the same audience are rendered once per
 * indicator revision by {@code system}'s {@link TemplateFragments}; {@code IndicatorPageController} only picks the
 * view.
 */
@Component
class IndicatorPages {

	private final IndicatorCatalog catalog;

	private final IndicatorCharts indicatorCharts;

	private final IndicatorPageModel pages;

	private final IndicatorRevision revision;

	private final PlanCatalog plans;

	private final CurrentUsers currentUsers;

	private final TemplateFragments fragments;

	private final IndicatorImports imports;

	/** The plan's activities that aim at an indicator. */
	private final ActivityIndicators activities;

	/** Work in modules above that aims at an indicator (problems, interventions); there may be none. */
	private final ObjectProvider<IndicatorAims> aims;

	private final MessageSource messages;

	IndicatorPages(IndicatorCatalog catalog, IndicatorCharts indicatorCharts, IndicatorPageModel pages,
			IndicatorRevision revision, PlanCatalog plans, CurrentUsers currentUsers, TemplateFragments fragments,
			IndicatorImports imports, ActivityIndicators activities, ObjectProvider<IndicatorAims> aims,
			MessageSource messages) {
		this.messages = messages;
		this.activities = activities;
		this.aims = aims;
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
	public record Card(IndicatorSummary indicator, @Nullable String latest, @Nullable SvgChart trend) {
	}

	public record FocusAreaCards(int number, String title, List<Card> cards) {
	}

	/** The plan's indicators (by default the adopted plan with the latest period), of one focus area or all. */
	Map<String, Object> indicators(@Nullable String plan, @Nullable Integer focusArea, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		PlanCatalog.PlanRef ref = plan(plan);
		PlanCatalog.PlanOutline outline = plans.outline(ref.id()).orElseThrow(() -> new NotFoundException("Planen"));
		if (focusArea != null && outline.focusArea(focusArea).isEmpty()) {
			throw new NotFoundException("Fokusområdet");
		}
		Audience audience = Audiences.forPage(currentUsers);
		Map<String, Object> model = new HashMap<>();
		model.put("plan", outline);
		model.put("plans", plans.plans());
		model.put("focusArea", focusArea);
		model.put("audience", audience);
		Object key = List.of("indicators", ref.id(), String.valueOf(focusArea), audience, locale, revision.current());
		Supplier<Map<String, Object>> body = () -> Map.of("focusAreas", cards(outline, focusArea, audience, locale),
				"audience", audience, "plan", outline);
		model.put("body", fragments.cached(key, "indicator/indicators-body", "body", body, request, response));
		return model;
	}

	/**
	 * The plan's indicators of one focus area (or all) as their cards show them to the signed-in user, for a download:
	 * per indicator its focus area, name, latest value as a number with the page's decimals (empty where the page
	 * shows none or ".."), unit, period (and whether it is preliminary), verdict and desired direction.
	 */
	FigureTable focusAreaTable(@Nullable String plan, @Nullable Integer focusArea, Locale locale) {
		PlanCatalog.PlanRef ref = plan(plan);
		PlanCatalog.PlanOutline outline = plans.outline(ref.id()).orElseThrow(() -> new NotFoundException("Planen"));
		if (focusArea != null && outline.focusArea(focusArea).isEmpty()) {
			throw new NotFoundException("Fokusområdet");
		}
		Audience audience = Audiences.forPage(currentUsers);
		Map<Integer, String> titles = new HashMap<>();
		outline.focusAreas().forEach(f -> titles.put(f.number(), f.title()));
		List<IndicatorSummary> shown = catalog.indicators(outline.id(), audience)
			.stream()
			.filter(i -> focusArea == null || i.focusArea() == focusArea)
			.sorted(java.util.Comparator.comparing(i -> outline.focusAreas()
				.stream()
				.map(PlanCatalog.FocusAreaOutline::number)
				.toList()
				.indexOf(i.focusArea())))
			.toList();
		int decimals = shown.stream().mapToInt(i -> indicatorCharts.scale(i, locale).decimals()).max().orElse(0);
		String preliminary = msg("indicator.export.preliminary", locale);
		List<List<@Nullable Object>> rows = new ArrayList<>();
		boolean demo = false;
		for (IndicatorSummary i : shown) {
			IndicatorCatalog.Point latest = i.latest();
			demo |= i.demo();
			rows.add(java.util.Arrays.asList(msg("plan.focusArea", locale, i.focusArea()) + ". " + titles.get(i.focusArea()),
					i.name() + (i.demo() ? " (" + msg("indicator.demo", locale) + ")" : ""),
					latest == null || latest.value() == null ? null
							: FigureTable.rounded(latest.value().doubleValue(), indicatorCharts.scale(i, locale).decimals()),
					IndicatorCharts.unit(i.unit()), latest == null ? null : latest.period().toString(),
					latest != null && latest.status() == MeasurementStatus.PRELIMINARY ? preliminary : null,
					msg(i.assessment().verdict().messageKey(), locale), msg("direction." + i.direction(), locale)));
		}
		List<String> notes = new ArrayList<>();
		if (demo) {
			notes.add(msg("indicator.demo.note", locale));
		}
		notes.add(msg(audience == Audience.PUBLIC ? "indicator.export.public" : "indicator.export.internal", locale));
		return new FigureTable(msg("indicator.export.focusAreaTitle", locale, outline.name()),
				"indikatorer-" + IndicatorPageModel.slug(ref.key()) + (focusArea == null ? "" : "-fokusomrade-" + focusArea),
				List.of(FigureTable.Column.text(msg("plan.filter.focusArea", locale)),
						FigureTable.Column.text(msg("indicator.export.indicator", locale)),
						FigureTable.Column.number(msg("indicator.page.latest", locale), decimals),
						FigureTable.Column.text(msg("indicator.page.unit", locale)),
						FigureTable.Column.text(msg("indicator.page.period", locale)),
						FigureTable.Column.text(preliminary),
						FigureTable.Column.text(msg("indicator.page.verdict", locale)),
						FigureTable.Column.text(msg("indicator.page.direction", locale))),
				rows, notes);
	}

	/** One indicator's page with the breakdown asked for (the total when it has no such breakdown). */
	Map<String, Object> indicator(IndicatorId id, @Nullable String breakdown, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		Audience audience = Audiences.forPage(currentUsers);
		List<Long> now = revision.current();
		IndicatorSummary indicator = summary(id, audience, now);
		String selected = selected(indicator, breakdown);
		Map<String, Object> model = new HashMap<>();
		model.put("indicator", indicator);
		model.put("planKey", planKey(indicator));
		model.put("definition", definition(indicator));
		// the import history is read on every request: runs are logged outside the indicator revision
		model.put("imports", imports.runsFor(id));
		// what aims at the indicator is read on every request too: it changes outside the indicator revision
		model.put("activityAims", activities.atIndicator(id));
		model.put("otherAims", aims.orderedStream().flatMap(a -> a.aimingAt(id).stream()).toList());
		model.put("mayReadImports", currentUsers.current()
			.map(u -> u.has(Role.COORDINATOR) || u.has(Role.ADMIN) || u.has(Role.ANALYST))
			.orElse(false));
		model.put("audience", audience);
		model.put("details", details(indicator, audience, locale, now, request, response));
		model.put("breakdownHtml", breakdownHtml(indicator, selected, audience, locale, now, request, response));
		return model;
	}

	/** The chart, comparison and table of one breakdown alone, as HTML. */
	String breakdown(IndicatorId id, @Nullable String breakdown, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		Audience audience = Audiences.forPage(currentUsers);
		List<Long> now = revision.current();
		IndicatorSummary indicator = summary(id, audience, now);
		return breakdownHtml(indicator, selected(indicator, breakdown), audience, locale, now, request, response);
	}

	/**
	 * The values table of one breakdown, as the page shows it to the signed-in user (the same audience, so values the
	 * public may not see are withheld from those who see public values here too), for a download.
	 */
	FigureTable table(IndicatorId id, @Nullable String breakdown, Locale locale) {
		Audience audience = Audiences.forPage(currentUsers);
		IndicatorSummary indicator = summary(id, audience, revision.current());
		return pages.download(indicator, selected(indicator, breakdown), audience, locale);
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

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
