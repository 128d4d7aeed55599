package se.trygghet.publicsite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaCatalog.AreaRef;
import se.trygghet.area.AreaId;
import se.trygghet.area.AreaLevel;
import se.trygghet.chart.BarChart;
import se.trygghet.chart.Charts;
import se.trygghet.chart.Scale;
import se.trygghet.chart.Series;
import se.trygghet.chart.SvgChart;
import se.trygghet.collaboration.PublishedPromises;
import se.trygghet.followup.ActivityStatus;
import se.trygghet.followup.PublishedRounds;
import se.trygghet.followup.PublishedRounds.PublishedReport;
import se.trygghet.followup.PublishedRounds.PublishedRound;
import se.trygghet.indicator.Audience;
import se.trygghet.indicator.Breakdown;
import se.trygghet.indicator.IndicatorCatalog;
import se.trygghet.indicator.IndicatorCatalog.IndicatorSummary;
import se.trygghet.indicator.IndicatorCatalog.Point;
import se.trygghet.indicator.IndicatorCharts;
import se.trygghet.indicator.Period;
import se.trygghet.intervention.InterventionCatalog;
import se.trygghet.intervention.PublicFeedback;
import se.trygghet.intervention.Visibility;
import se.trygghet.plan.ActivityId;
import se.trygghet.plan.ActivityNumber;
import se.trygghet.plan.IndicatorId;
import se.trygghet.plan.PlanCatalog;
import se.trygghet.plan.PlanLineage;
import se.trygghet.plan.PlanCatalog.ActivityOutline;
import se.trygghet.plan.PlanCatalog.FocusAreaOutline;
import se.trygghet.plan.PlanCatalog.PlanOutline;
import se.trygghet.plan.PlanState;
import se.trygghet.system.NotFoundException;

/**
 * What each public page shows, read for the public only: the follow-up through {@link PublishedRounds} (published
 * rounds, approved reports, no review comments or names), values through {@link IndicatorCatalog} for
 * {@link Audience#PUBLIC} (after disclosure control), interventions marked public ({@link InterventionCatalog}),
 * feedback marked public ({@link PublicFeedback}) and published medborgarlöften with their published follow-ups
 * ({@link PublishedPromises}); internal records cannot be read through them.
 * <p>
 * Each method gives a {@link PublicPages.Page}: the key (everything the page's content depends on: the data versions
 * and small public lists read through {@link PublicPages#recent}, and the language) and a model that is only built
 * when no page for that key is kept yet.
 */
@Component
class PublicSiteViews {

	private final PlanCatalog plans;

	private final PublishedRounds rounds;

	private final IndicatorCatalog indicators;

	private final IndicatorCharts indicatorCharts;

	private final AreaCatalog areas;

	private final Charts charts;

	private final MessageSource messages;

	private final PublicPages pages;

	private final String municipality;

	private final InterventionCatalog interventions;

	private final PublicFeedback feedback;

	private final PublishedPromises promises;

	private final PlanLineage lineage;

	PublicSiteViews(PlanCatalog plans, PublishedRounds rounds, IndicatorCatalog indicators,
			IndicatorCharts indicatorCharts, AreaCatalog areas, Charts charts, MessageSource messages, PublicPages pages,
			@Value("${app.area.municipality.code:1980}") String municipality, InterventionCatalog interventions,
			PublicFeedback feedback, PublishedPromises promises, PlanLineage lineage) {
		this.lineage = lineage;
		this.plans = plans;
		this.rounds = rounds;
		this.indicators = indicators;
		this.indicatorCharts = indicatorCharts;
		this.areas = areas;
		this.charts = charts;
		this.messages = messages;
		this.pages = pages;
		this.municipality = municipality;
		this.interventions = interventions;
		this.feedback = feedback;
		this.promises = promises;
	}

	/** How many activities have one status, as the start page lists and charts them. */
	public record StatusCount(ActivityStatus status, int count) {
	}

	/** An activity of the plan with its lead committee and, if the latest published round has one, its report. */
	public record ActivityRow(ActivityOutline activity, String lead, @Nullable PublishedReport report) {
	}

	public record FocusAreaSection(FocusAreaOutline area, List<ActivityRow> activities) {
	}

	/**
	 * The plan the current one was drawn from, what became of each of its activities, and its last published
	 * follow-up (null when none was published), whose report on each activity is told beside its fate.
	 */
	public record PreviousPlan(String name, int periodFrom, int periodTo, List<PreviousActivity> fates,
			@Nullable PublishedRound lastRound) {
	}

	/** An activity of the previous plan: its fate in the current plan and its report in that plan's last round. */
	public record PreviousActivity(PlanLineage.ActivityFate fate, @Nullable PublishedReport lastReport) {
	}

	public record IndicatorLine(IndicatorSummary indicator, @Nullable String latest) {
	}

	public record IndicatorGroup(FocusAreaOutline area, List<IndicatorLine> indicators) {
	}

	/** One row of a table of values: a period or an area, and its value. */
	public record ValueRow(String header, PublicValues.Cell cell) {
	}

	/** One indicator on an area's page: its latest value there beside the municipality's for the same year. */
	public record AreaIndicatorRow(IndicatorSummary indicator, String period, PublicValues.Cell here,
			PublicValues.Cell municipality) {
	}

	public record AreaGroup(AreaLevel level, List<AreaRef> areas) {
	}

	PublicPages.Page start(Locale locale) {
		PlanOutline plan = recent("plan", this::plan);
		// feedback and promises are small lists read on each request; their content is part of the key
		List<PublicFeedback.Note> notes = recent("feedback", feedback::published);
		List<PublishedPromises.Promise> published = recent("promises", promises::all);
		List<Object> key = List.of("start", plan, recent("rounds", rounds::revision), notes, published, locale);
		return new PublicPages.Page(key, "publicsite/start", () -> {
			Map<String, Object> model = new HashMap<>();
			model.put("plan", plan);
			model.put("feedback", notes.stream().limit(5).toList());
			model.put("promises", published);
			Optional<PublishedRound> round = rounds.latest(plan.id());
			round.ifPresent(r -> {
				List<StatusCount> counts = r.statusCounts()
					.entrySet()
					.stream()
					.map(e -> new StatusCount(e.getKey(), e.getValue()))
					.toList();
				model.put("round", r);
				model.put("statuses", counts);
				model.put("statusChart", statusChart(r, counts, locale));
			});
			return model;
		});
	}

	PublicPages.Page plan(Locale locale) {
		PlanOutline plan = recent("plan", this::plan);
		Optional<PreviousPlan> previous = recent("previous-plan", () -> previous(plan));
		List<Object> key = List.of("plan", plan, previous, recent("rounds", rounds::revision), locale);
		return new PublicPages.Page(key, "publicsite/plan", () -> {
			Optional<PublishedRound> round = rounds.latest(plan.id());
			Map<String, Object> model = new HashMap<>();
			model.put("plan", plan);
			model.put("previous", previous.orElse(null));
			round.ifPresent(r -> model.put("round", r));
			model.put("focusAreas", plan.focusAreas()
				.stream()
				.map(area -> new FocusAreaSection(area, plan.activities()
					.stream()
					.filter(a -> a.number().focusArea() == area.number())
					.map(a -> new ActivityRow(a, committeeName(plan, a), round.flatMap(r -> report(r, a.id())).orElse(null)))
					.toList()))
				.toList());
			return model;
		});
	}

	PublicPages.Page activity(ActivityNumber number, Locale locale) {
		PlanOutline plan = recent("plan", this::plan);
		ActivityOutline activity = plan.activities()
			.stream()
			.filter(a -> a.number().equals(number))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Aktiviteten"));
		List<Object> key = List.of("activity", number, plan, recent("rounds", rounds::revision),
				recent("interventions", interventions::revision), locale);
		return new PublicPages.Page(key, "publicsite/activity", () -> {
			Map<String, Object> model = new HashMap<>();
			model.put("interventions", publicOnly(interventions.forActivity(activity.id())));
			model.put("plan", plan);
			model.put("activity", activity);
			model.put("focusArea", plan.focusArea(activity.number().focusArea()).orElse(null));
			// an activity carried over from the previous plan says where it came from (its number there)
			model.put("origin", plan.state() == PlanState.ADOPTED ? lineage.originOf(activity.id()).orElse(null) : null);
			model.put("lead", committeeName(plan, activity));
			model.put("coResponsible", activity.coResponsible()
				.stream()
				.map(c -> plan.committee(c).map(PlanCatalog.CommitteeOutline::name).orElse(""))
				.toList());
			rounds.latest(plan.id()).ifPresent(r -> {
				model.put("round", r);
				report(r, activity.id()).ifPresent(report -> model.put("report", report));
			});
			return model;
		});
	}

	PublicPages.Page indicators(Locale locale) {
		PlanOutline plan = recent("plan", this::plan);
		List<Object> key = List.of("indicators", plan.id(), recent("indicators", indicators::revision), locale);
		return new PublicPages.Page(key, "publicsite/indicators", () -> {
			List<IndicatorSummary> all = indicators.indicators(plan.id(), Audience.PUBLIC);
			List<IndicatorGroup> groups = plan.focusAreas()
				.stream()
				.map(area -> new IndicatorGroup(area, all.stream()
					.filter(i -> i.focusArea() == area.number())
					.map(i -> new IndicatorLine(i, IndicatorCharts.latestText(i, locale)))
					.toList()))
				.filter(g -> !g.indicators().isEmpty())
				.toList();
			return Map.of("plan", plan, "groups", groups);
		});
	}

	PublicPages.Page indicator(IndicatorId id, Locale locale) {
		List<Object> key = List.of("indicator", id, recent("indicators", indicators::revision), locale);
		// read before the cache is asked, so that an unknown id is a 404 and never a cached page
		IndicatorSummary indicator = indicators.indicator(id, Audience.PUBLIC)
			.orElseThrow(() -> new NotFoundException("Indikatorn"));
		return new PublicPages.Page(key, "publicsite/indicator", () -> indicatorModel(indicator, locale));
	}

	PublicPages.Page areas(Locale locale) {
		List<Object> key = List.of("areas", recent("areas", areas::revision), locale);
		return new PublicPages.Page(key, "publicsite/areas", () -> Map.of("groups",
				List.of(AreaLevel.KOMMUNDEL, AreaLevel.STADSDEL, AreaLevel.STATISTIKOMRADE)
					.stream()
					.map(level -> new AreaGroup(level, areas.atLevel(municipality, level)))
					.filter(g -> !g.areas().isEmpty())
					.toList()));
	}

	PublicPages.Page area(AreaId id, Locale locale) {
		AreaRef area = areas.area(id).orElseThrow(() -> new NotFoundException("Området"));
		PlanOutline plan = recent("plan", this::plan);
		List<PublishedPromises.Promise> published = recent("promises", promises::all)
			.stream()
			.filter(p -> area.id().equals(p.area()))
			.toList();
		List<PublicFeedback.Note> notes = recent("feedback", feedback::published).stream()
			.filter(n -> area.id().equals(n.area()))
			.toList();
		List<Object> key = List.of("area", area.id(), plan.id(), recent("indicators", indicators::revision),
				recent("interventions", interventions::revision), published, notes, locale);
		return new PublicPages.Page(key, "publicsite/area", () -> {
			Map<String, Object> model = areaModel(area, plan, locale);
			model.put("interventions", publicOnly(interventions.inArea(area.id())));
			model.put("promises", published);
			model.put("feedback", notes);
			return model;
		});
	}

	/** Only interventions marked public reach residents; the rest stay with those who work on them. */
	private static List<InterventionCatalog.InterventionSummary> publicOnly(
			List<InterventionCatalog.InterventionSummary> all) {
		return all.stream().filter(i -> i.visibility() == Visibility.PUBLIC).toList();
	}

	private Map<String, Object> indicatorModel(IndicatorSummary indicator, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		model.put("indicator", indicator);
		model.put("latest", Optional.ofNullable(IndicatorCharts.latestText(indicator, locale)).orElse(""));
		model.put("definition", plans.outline(indicator.plan())
			.flatMap(p -> p.focusAreas().stream().flatMap(f -> f.indicators().stream())
				.filter(i -> i.id().equals(indicator.id()))
				.findFirst())
			.map(PlanCatalog.IndicatorOutline::definition)
			.orElse(""));
		indicatorCharts.trend(indicator, Audience.PUBLIC, locale).ifPresent(chart -> model.put("trend", chart));
		PublicValues values = values(locale);
		// newest year first: the year a resident asks about
		List<ValueRow> yearly = new ArrayList<>(indicatorCharts.yearlyTotals(indicator, Audience.PUBLIC)
			.stream()
			.map(p -> new ValueRow(p.period().toString(), values.cell(p, indicator)))
			.toList());
		Collections.reverse(yearly);
		model.put("yearly", yearly);
		// the latest year any area below the municipality has a value (or a withheld one) for
		List<Point> byArea = indicators
			.series(indicator.id(), new IndicatorCatalog.SeriesQuery(Set.of(), Set.of(Breakdown.TOTAL), null, null,
					Period.Type.YEAR, Set.of()), Audience.PUBLIC)
			.points();
		Optional<AreaId> kommun = areas.area(municipality, AreaLevel.KOMMUN, municipality).map(AreaRef::id);
		Optional<Period> latestYear = byArea.stream()
			.filter(p -> kommun.isEmpty() || !p.area().equals(kommun.get()))
			.map(Point::period)
			.max(Comparator.naturalOrder());
		latestYear.ifPresent(year -> {
			model.put("areaYear", year.toString());
			model.put("areaRows", byArea.stream()
				.filter(p -> p.period().equals(year) && (kommun.isEmpty() || !p.area().equals(kommun.get())))
				.map(p -> new ValueRow(areas.area(p.area()).map(AreaRef::name).orElse(""), values.cell(p, indicator)))
				.sorted(Comparator.comparing(ValueRow::header))
				.toList());
		});
		model.put("notes", values.notes());
		return model;
	}

	private Map<String, Object> areaModel(AreaRef area, PlanOutline plan, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		model.put("area", area);
		model.put("ancestors", areas.ancestors(area.id()));
		model.put("children", areas.children(area.id()));
		Optional<AreaId> kommun = areas.area(municipality, AreaLevel.KOMMUN, municipality).map(AreaRef::id);
		PublicValues values = values(locale);
		List<AreaIndicatorRow> rows = new ArrayList<>();
		for (IndicatorSummary indicator : indicators.indicators(plan.id(), Audience.PUBLIC)) {
			List<Point> here = indicators
				.series(indicator.id(), IndicatorCatalog.SeriesQuery.yearlyTotal(area.id()), Audience.PUBLIC)
				.points();
			if (here.isEmpty()) {
				continue;
			}
			Point latest = here.get(here.size() - 1);
			Point whole = kommun.isEmpty() ? null : indicators
				.series(indicator.id(), IndicatorCatalog.SeriesQuery.yearlyTotal(kommun.get())
					.between(latest.period(), latest.period()), Audience.PUBLIC)
				.points()
				.stream()
				.findFirst()
				.orElse(null);
			rows.add(new AreaIndicatorRow(indicator, latest.period().toString(), values.cell(latest, indicator),
					values.cell(whole, indicator)));
		}
		model.put("rows", rows);
		model.put("notes", values.notes());
		return model;
	}

	private PublicValues values(Locale locale) {
		return new PublicValues(locale, indicators::explain, msg("public.values.missing", locale));
	}

	/** Counts per status as bars, the numbers printed at the bars and given again as a table under the chart. */
	private SvgChart statusChart(PublishedRound round, List<StatusCount> counts, Locale locale) {
		List<String> labels = counts.stream().map(c -> msg("followup.status." + c.status().name(), locale)).toList();
		List<@Nullable Double> values = new ArrayList<>();
		counts.forEach(c -> values.add((double) c.count()));
		String title = msg("public.start.chart.title", locale, round.title());
		if (round.demo()) {
			title = title + " (" + msg("public.demo", locale) + ")";
		}
		return charts.render(new BarChart(title, msg("public.start.chart.status", locale), labels,
				Scale.count(msg("public.start.chart.activities", locale)),
				List.of(new Series(msg("public.start.chart.activities", locale), values)),
				BarChart.Orientation.HORIZONTAL, true), locale);
	}

	/** A data version or small public list that makes up a page's key, read at most once a short while. */
	private <T> T recent(String name, Supplier<T> read) {
		return pages.recent(name, read);
	}

	/** The adopted plan with the latest period; before any is adopted, the latest plan. */
	private PlanOutline plan() {
		List<PlanCatalog.PlanRef> all = plans.plans();
		return all.stream()
			.filter(p -> p.state() == PlanState.ADOPTED)
			.findFirst()
			.or(() -> all.stream().findFirst())
			.flatMap(p -> plans.outline(p.id()))
			.orElseThrow(() -> new NotFoundException("Planen"));
	}

	/**
	 * What became of the previous plan's activities, once the current plan is adopted (a draft's choices are not
	 * public), beside what its last published follow-up reported on each.
	 */
	private Optional<PreviousPlan> previous(PlanOutline plan) {
		if (plan.state() != PlanState.ADOPTED) {
			return Optional.empty();
		}
		return lineage.predecessorOf(plan.id()).flatMap(plans::outline).map(previous -> {
			PublishedRound last = rounds.latest(previous.id()).orElse(null);
			return new PreviousPlan(previous.name(), previous.periodFrom(), previous.periodTo(),
					lineage.fatesOf(previous.id())
						.stream()
						.map(f -> new PreviousActivity(f,
								last == null ? null : report(last, f.activity()).orElse(null)))
						.toList(),
					last);
		});
	}

	private static Optional<PublishedReport> report(PublishedRound round, ActivityId activity) {
		return round.reports().stream().filter(r -> r.activity().equals(activity)).findFirst();
	}

	private static String committeeName(PlanOutline plan, ActivityOutline activity) {
		return plan.committee(activity.lead()).map(PlanCatalog.CommitteeOutline::name).orElse("");
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
