package se.trygghet.indicator;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;
import se.trygghet.area.AreaLevel;
import se.trygghet.indicator.IndicatorCatalog.Assessment.BaselineOrigin;
import se.trygghet.plan.ActionPlanId;
import se.trygghet.plan.IndicatorId;
import se.trygghet.plan.PlanCatalog;
import se.trygghet.plan.PlanLineage;
import se.trygghet.system.Caches;

/**
 * The indicator catalog, read with SQL. Where several sources have a value for the same period, area and breakdown,
 * one is shown, chosen by {@link SourcePrecedence}. Values for the public pass through {@link DisclosureControl}
 * before anything (the latest value, the verdict) is derived from them: all of an indicator's values at once, since
 * whether one may be shown depends on the others it adds up with, kept per {@link IndicatorRevision} and filtered for
 * each question, so that every answer withholds the same values.
 */
@Component
class IndicatorViews implements IndicatorCatalog {

	private static final Comparator<Point> ORDER = Comparator.comparing(Point::period)
		.thenComparing(p -> p.area().value())
		.thenComparing(p -> p.breakdown().key());

	private final JdbcClient jdbc;

	private final IndicatorSetups setups;

	private final Categories categories;

	private final PlanCatalog plans;

	private final AreaCatalog areas;

	private final DisclosureControl disclosure;

	private final String municipality;

	private final IndicatorRevision revision;

	private final org.springframework.context.MessageSource messages;

	/** Values are stored per series: an indicator carried into the next plan reads those of the one it came from. */
	private final PlanLineage lineage;

	/** Each indicator's values for the public, per choice of sources and indicator revision. */
	static final String CACHE = "indicator-disclosure";

	private final Caches.NamedCache disclosed;

	IndicatorViews(JdbcClient jdbc, IndicatorSetups setups, Categories categories, PlanCatalog plans, AreaCatalog areas,
			DisclosureControl disclosure, @Value("${app.area.municipality.code:1980}") String municipality,
			IndicatorRevision revision, org.springframework.context.MessageSource messages, Caches caches,
			PlanLineage lineage) {
		this.lineage = lineage;
		this.disclosed = caches.named(CACHE);
		this.revision = revision;
		this.messages = messages;
		this.jdbc = jdbc;
		this.setups = setups;
		this.categories = categories;
		this.plans = plans;
		this.areas = areas;
		this.disclosure = disclosure;
		this.municipality = municipality;
	}

	@Override
	public List<Long> revision() {
		return revision.current();
	}

	@Override
	public String explain(SuppressionReason reason, java.util.Locale locale) {
		return disclosure.explain(reason, messages, locale);
	}

	@Override
	public List<IndicatorSummary> indicators(ActionPlanId plan, Audience audience) {
		return indicators(plan, audience, null);
	}

	@Override
	public List<IndicatorSummary> indicators(PlanCatalog.PlanOutline plan, Audience audience) {
		return indicators(plan, audience, null);
	}

	private List<IndicatorSummary> indicators(ActionPlanId plan, Audience audience, @Nullable Period until) {
		return plans.outline(plan).map(outline -> indicators(outline, audience, until)).orElse(List.of());
	}

	private List<IndicatorSummary> indicators(PlanCatalog.PlanOutline outline, Audience audience,
			@Nullable Period until) {
		Map<IndicatorId, IndicatorSetups.Stored> all = setups.all();
		Optional<AreaId> kommun = kommun();
		List<UUID> ids = outline
			.focusAreas()
			.stream()
			.flatMap(f -> f.indicators().stream())
			.map(i -> i.id().value())
			.filter(id -> all.containsKey(new IndicatorId(id)))
			.toList();
		Map<UUID, List<Point>> totals = kommun.isEmpty() || ids.isEmpty() ? Map.of()
				: audience == Audience.INTERNAL ? yearlyTotals(ids, kommun.get())
						: publicYearlyTotals(ids, all, kommun.get());
		List<IndicatorSummary> summaries = new ArrayList<>();
		for (PlanCatalog.FocusAreaOutline focusArea : outline.focusAreas()) {
			for (PlanCatalog.IndicatorOutline indicator : focusArea.indicators()) {
				IndicatorSetups.Stored stored = all.get(indicator.id());
				if (stored == null) {
					continue;
				}
				List<Point> points = totals.getOrDefault(indicator.id().value(), List.of())
					.stream()
					.filter(p -> until == null || !p.period().end().isAfter(until.end()))
					.toList();
				summaries.add(summary(outline, focusArea.number(), indicator, stored.setup(), points));
			}
		}
		return summaries;
	}

	@Override
	public Optional<IndicatorSummary> indicator(IndicatorId indicator, Audience audience) {
		IndicatorSetups.Stored stored = setups.all().get(indicator);
		if (stored == null) {
			return Optional.empty();
		}
		return indicators(stored.plan(), audience).stream().filter(s -> s.id().equals(indicator)).findFirst();
	}

	@Override
	public Optional<IndicatorSummary> indicator(IndicatorId indicator, Audience audience, Period until) {
		IndicatorSetups.Stored stored = setups.all().get(indicator);
		if (stored == null) {
			return Optional.empty();
		}
		return indicators(stored.plan(), audience, until).stream().filter(s -> s.id().equals(indicator)).findFirst();
	}

	@Override
	public Series series(IndicatorId indicator, SeriesQuery query, Audience audience) {
		IndicatorSetups.Stored stored = setups.all().get(indicator);
		if (stored == null) {
			return new Series(indicator, audience, List.of());
		}
		if (audience == Audience.PUBLIC) {
			return new Series(indicator, audience, disclosed(indicator, stored.setup(), query.sources())
				.stream()
				.filter(p -> matches(p, query))
				.toList());
		}
		return new Series(indicator, audience, read(indicator, query).stream().sorted(ORDER).toList());
	}

	/** The stored values that match the query, one per period, area and breakdown. */
	private List<Point> read(IndicatorId indicator, SeriesQuery query) {
		StringBuilder sql = new StringBuilder("select distinct on (area_id, breakdown, period_start, period) * "
				+ "from measurement where indicator_id = :indicator");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("indicator", lineage.seriesOf(indicator).value());
		if (!query.areas().isEmpty()) {
			sql.append(" and area_id in (:areas)");
			params.put("areas", query.areas().stream().map(AreaId::value).toList());
		}
		if (!query.breakdowns().isEmpty()) {
			sql.append(" and breakdown in (:breakdowns)");
			params.put("breakdowns", query.breakdowns().stream().map(Breakdown::key).toList());
		}
		if (query.from() != null) {
			sql.append(" and period_start >= :from");
			params.put("from", Date.valueOf(query.from().start()));
		}
		if (query.to() != null) {
			sql.append(" and period_start < :to");
			params.put("to", Date.valueOf(query.to().end()));
		}
		if (query.type() != null) {
			sql.append(" and period_type = :type");
			params.put("type", query.type().name());
		}
		if (!query.sources().isEmpty()) {
			sql.append(" and source in (:sources)");
			params.put("sources", List.copyOf(query.sources()));
		}
		sql.append(SourcePrecedence.orderBy("area_id, breakdown, period_start, period"));
		return jdbc.sql(sql.toString()).params(params).query(IndicatorViews::point).list();
	}

	/** What {@link #read} would select, for values already read. */
	private static boolean matches(Point point, SeriesQuery query) {
		return (query.areas().isEmpty() || query.areas().contains(point.area()))
				&& (query.breakdowns().isEmpty() || query.breakdowns().contains(point.breakdown()))
				&& (query.from() == null || !point.period().start().isBefore(query.from().start()))
				&& (query.to() == null || point.period().start().isBefore(query.to().end()))
				&& (query.type() == null || point.period().type() == query.type());
	}

	/**
	 * Every value of the indicator from the sources (all when empty) as the public may see them, in order. Read and
	 * judged once per revision: the revision is read first, so values newer than it are at worst judged again.
	 */
	private List<Point> disclosed(IndicatorId indicator, IndicatorSetup setup, Set<String> sources) {
		List<Object> key = List.of(indicator, Set.copyOf(sources), revision.current());
		return disclosed.get(key,
				() -> disclosure.apply(read(indicator, SeriesQuery.all().fromSources(sources)), setup, Audience.PUBLIC)
					.stream()
					.sorted(ORDER)
					.toList());
	}

	/** The municipality's yearly totals of every given indicator for the public, after disclosure control. */
	private Map<UUID, List<Point>> publicYearlyTotals(List<UUID> indicators, Map<IndicatorId, IndicatorSetups.Stored> all,
			AreaId kommun) {
		Map<UUID, List<Point>> byIndicator = new LinkedHashMap<>();
		for (UUID id : indicators) {
			IndicatorId indicator = new IndicatorId(id);
			List<Point> totals = disclosed(indicator, all.get(indicator).setup(), Set.of()).stream()
				.filter(p -> matches(p, SeriesQuery.yearlyTotal(kommun)))
				.toList();
			if (!totals.isEmpty()) {
				byIndicator.put(id, totals);
			}
		}
		return byIndicator;
	}

	@Override
	public List<Category> categories() {
		return categories.all();
	}

	/** The municipality as an area, if it exists. */
	Optional<AreaId> kommun() {
		return areas.area(municipality, AreaLevel.KOMMUN, municipality).map(AreaCatalog.AreaRef::id);
	}

	/** The yearly totals for the municipality of every given indicator, in one read. */
	private Map<UUID, List<Point>> yearlyTotals(List<UUID> indicators, AreaId kommun) {
		Map<IndicatorId, IndicatorId> series = lineage.seriesOf(indicators.stream().map(IndicatorId::new).toList());
		Map<UUID, List<UUID>> bySeries = new LinkedHashMap<>();
		indicators.forEach(id -> bySeries.computeIfAbsent(series.get(new IndicatorId(id)).value(),
				k -> new ArrayList<>()).add(id));
		Map<UUID, List<Point>> byIndicator = new LinkedHashMap<>();
		jdbc.sql("select distinct on (indicator_id, period_start, period) * from measurement "
				+ "where indicator_id in (:ids) and area_id = :kommun and breakdown = '' and period_type = 'YEAR'"
				+ SourcePrecedence.orderBy("indicator_id, period_start, period"))
			.param("ids", List.copyOf(bySeries.keySet()))
			.param("kommun", kommun.value())
			.query(rs -> {
				Point point = point(rs, 0);
				bySeries.get(rs.getObject("indicator_id", UUID.class))
					.forEach(id -> byIndicator.computeIfAbsent(id, k -> new ArrayList<>()).add(point));
			});
		return byIndicator;
	}

	private static IndicatorSummary summary(PlanCatalog.PlanOutline plan, int focusArea,
			PlanCatalog.IndicatorOutline indicator, IndicatorSetup setup, List<Point> totals) {
		Point latest = totals.stream()
			.filter(p -> p.value() != null)
			.max(Comparator.comparing(Point::period))
			.orElse(totals.isEmpty() ? null : totals.get(totals.size() - 1));
		Map<Period, Point> byPeriod = new LinkedHashMap<>();
		totals.forEach(p -> byPeriod.put(p.period(), p));
		VerdictRule.Base base = baseline(setup, plan.periodFrom(), byPeriod);
		Assessment assessment = VerdictRule.assess(indicator.direction(), setup.measure(), setup.verdictWindow(), base,
				totals.stream()
					// a preliminary value may still change (this year's own count covers only part of the year)
					.map(p -> new VerdictRule.YearValue(p.period(),
							p.status() == MeasurementStatus.PRELIMINARY ? null : p.value(), p.methodVersion()))
					.toList());
		boolean demo = (latest != null && latest.demo())
				|| assessment.window().stream().map(byPeriod::get).anyMatch(p -> p != null && p.demo())
				|| (base != null && base.origin() == BaselineOrigin.YEAR_BEFORE_PLAN && byPeriod.get(base.period()).demo());
		return new IndicatorSummary(indicator.id(), plan.id(), focusArea, indicator.name(), indicator.unit(),
				indicator.direction(), indicator.source(), indicator.koladaKpi(), setup, latest, assessment, demo);
	}

	/**
	 * The baseline the plan states, with the method of the value stored for that year if there is one; otherwise the
	 * value of the year before the plan period, if known.
	 */
	private static VerdictRule.@Nullable Base baseline(IndicatorSetup setup, int planStart, Map<Period, Point> byPeriod) {
		IndicatorSetup.Baseline stated = setup.baseline();
		if (stated != null) {
			Point stored = byPeriod.get(stated.period());
			return new VerdictRule.Base(stated.period(), stated.value(), stored == null ? null : stored.methodVersion(),
					BaselineOrigin.STATED);
		}
		Point before = byPeriod.get(Period.year(planStart - 1));
		if (before == null || before.value() == null) {
			return null;
		}
		return new VerdictRule.Base(before.period(), before.value(), before.methodVersion(),
				BaselineOrigin.YEAR_BEFORE_PLAN);
	}

	private static Point point(ResultSet rs, int row) throws SQLException {
		Date published = rs.getDate("published_on");
		return new Point(Period.parse(rs.getString("period")), new AreaId(rs.getObject("area_id", UUID.class)),
				new Breakdown(rs.getString("breakdown")), rs.getBigDecimal("value"),
				MeasurementStatus.valueOf(rs.getString("status")), null, rs.getBigDecimal("numerator"),
				rs.getBigDecimal("denominator"), rs.getObject("respondents", Integer.class),
				rs.getString("source"), rs.getString("method_version"),
				published == null ? null : published.toLocalDate(), rs.getBoolean("demo"));
	}

}
