package se.trygghet.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.trygghet.cost.CostFormat;
import se.trygghet.cost.CostKind;
import se.trygghet.cost.CrimeCosts;
import se.trygghet.cost.YearlyCosts;
import se.trygghet.plan.ActivityId;
import se.trygghet.plan.CommitteeId;
import se.trygghet.plan.PlanCatalog;
import se.trygghet.system.NotFoundException;

/**
 * Compiles the annual report of a round from its reports and the plan. Activities are grouped under the focus area
 * their number belongs to and keep the number and text they had when the round opened; goals and indicators are the
 * plan's as they stand, and the indicators' values are those of periods up to and including the round's.
 */
@Component
class AnnualReportCompiler {

	private final ReportingRounds rounds;

	private final Reports reports;

	private final PlanCatalog plans;

	private final IndicatorFigures indicatorFigures;

	private final FollowUpViews views;

	private final BreakdownFigures breakdowns;

	private final Clock clock;

	private final NextPlanEndings endings;

	private final CrimeCosts crimeCosts;

	/** Incidents outside every area, as the situation picture names them. */
	static final String NO_AREA = "Hela kommunen (ingen plats)";

	AnnualReportCompiler(ReportingRounds rounds, Reports reports, PlanCatalog plans, IndicatorFigures indicatorFigures,
			FollowUpViews views, BreakdownFigures breakdowns, Clock clock, NextPlanEndings endings,
			CrimeCosts crimeCosts) {
		this.crimeCosts = crimeCosts;
		this.endings = endings;
		this.breakdowns = breakdowns;
		this.rounds = rounds;
		this.reports = reports;
		this.plans = plans;
		this.indicatorFigures = indicatorFigures;
		this.views = views;
		this.clock = clock;
	}

	AnnualReport compile(RoundId roundId, AnnualReport.Audience audience, @Nullable String diarienummer,
			@Nullable String summary) {
		ReportingRound round = rounds.byId(roundId).orElseThrow(() -> new NotFoundException("Omgången"));
		PlanCatalog.PlanOutline plan = plans.outline(round.plan()).orElseThrow(() -> new NotFoundException("Planen"));
		Map<UUID, String> committeeNames = views.committeeNames();
		List<Report> all = reports.ofRound(roundId);
		Map<String, List<Report>> contributions = new LinkedHashMap<>();
		for (Report report : all) {
			if (report.kind() == Report.Kind.CONTRIBUTION) {
				contributions.computeIfAbsent(report.activity().toString(), k -> new ArrayList<>()).add(report);
			}
		}
		Map<ActivityId, NextPlanEndings.Ending> endings = this.endings.of(roundId);
		Map<Integer, List<AnnualReport.ActivityEntry>> byFocusArea = new TreeMap<>();
		Map<String, List<AnnualReport.AppendixRow>> byCommittee = new TreeMap<>(java.text.Collator
			.getInstance(java.util.Locale.forLanguageTag("sv-SE")));
		for (Report report : all) {
			String committee = name(committeeNames, report.committee());
			ReportContent c = report.content();
			byCommittee.computeIfAbsent(committee, k -> new ArrayList<>())
				.add(new AnnualReport.AppendixRow(report.activityNumber(), report.activityText(),
						report.kind() == Report.Kind.ACTIVITY_REPORT, c.status(), c.assessment(), report.state()));
			if (report.kind() != Report.Kind.ACTIVITY_REPORT) {
				continue;
			}
			List<Report> mine = contributions.getOrDefault(report.activity().toString(), List.of());
			byFocusArea.computeIfAbsent(report.activityNumber().focusArea(), k -> new ArrayList<>())
				.add(new AnnualReport.ActivityEntry(report.activityNumber(), report.activityText(), committee,
						mine.stream().map(r -> name(committeeNames, r.committee())).toList(), c.status(),
						c.statusReason(), c.done(), c.effects(), c.nextSteps(), c.assessment(), report.state(),
						mine.stream()
							.map(r -> new AnnualReport.ContributionEntry(name(committeeNames, r.committee()),
									r.content().status(), r.content().statusReason(), r.content().done(),
									r.content().assessment(), r.state()))
							.toList(),
						c.perspectives(), endings.get(report.activity())));
		}
		byFocusArea.values().forEach(list -> list.sort(Comparator.comparing(AnnualReport.ActivityEntry::number)));
		byCommittee.values().forEach(list -> list.sort(Comparator.comparing(AnnualReport.AppendixRow::number)));

		List<AnnualReport.Section> sections = new ArrayList<>();
		for (var entry : byFocusArea.entrySet()) {
			var area = plan.focusArea(entry.getKey());
			sections.add(new AnnualReport.Section(entry.getKey(),
					area.map(PlanCatalog.FocusAreaOutline::title).orElse("Fokusområde " + entry.getKey()),
					area.map(PlanCatalog.FocusAreaOutline::description).orElse(null),
					area.map(PlanCatalog.FocusAreaOutline::goals).orElse(List.of()),
					area.map(a -> a.indicators()
						.stream()
						.map(i -> indicatorFigures.row(i, round.reportedPeriod()))
						.toList()).orElse(List.of()),
					entry.getValue()));
		}
		List<AnnualReport.CommitteeAppendix> appendix = new ArrayList<>();
		byCommittee.forEach((name, rows) -> appendix.add(new AnnualReport.CommitteeAppendix(appendix.size() + 1, name,
				rows)));
		String title = "Uppföljning av " + plan.name() + " – " + round.period();
		return new AnnualReport(title, plan.name(), plan.municipality(), round.period(), round.title(),
				LocalDate.now(clock), audience, blankToNull(diarienummer), blankToNull(summary),
				totals(sections), sections, appendix,
				views.round(roundId).map(FollowUpViews.RoundRow::demo).orElse(false),
				perspectives(sections, plan, round.reportedPeriod()), costs(round.reportedPeriod().year()));
	}

	/** The chapter on what crime costs, for the round's year, in the words of the costs page. */
	private AnnualReport.CostChapter costs(int year) {
		Locale sv = Locale.forLanguageTag("sv");
		YearlyCosts y = crimeCosts.yearlyIfEnded(year);
		if (y == null) {
			return new AnnualReport.CostChapter(year, 0, false, false, List.of(), List.of(), "", null);
		}
		List<AnnualReport.CostRow> categories = y.categories()
			.stream()
			.map(c -> new AnnualReport.CostRow(c.nameSv(), c.count(),
					java.util.Arrays.stream(CostKind.values()).map(k -> CostFormat.amount(c.of(k), sv)).toList(),
					CostFormat.amount(c.total(), sv)))
			.toList();
		List<AnnualReport.CostRow> areas = y.areas()
			.stream()
			.map(a -> new AnnualReport.CostRow(a.area().isEmpty() ? NO_AREA : a.area() + (a.demo() ? " (demodata)" : ""),
					a.count(), List.of(), CostFormat.amount(a.total(), sv)))
			.toList();
		return new AnnualReport.CostChapter(year, y.priceYear(), true, y.demo(), categories, areas,
				CostFormat.amount(y.total(), sv), y.missing().isEmpty() ? null : CostFormat.missing(y.missing(), sv));
	}

	/** The perspectives chapter: counted over the activities' reports, with the breakdowns of the round's period. */
	private AnnualReport.PerspectiveChapter perspectives(List<AnnualReport.Section> sections,
			PlanCatalog.PlanOutline plan, se.trygghet.indicator.Period period) {
		List<AnnualReport.ActivityEntry> activities = sections.stream().flatMap(s -> s.activities().stream()).toList();
		List<PlanCatalog.IndicatorOutline> indicators = plan.focusAreas()
			.stream()
			.flatMap(f -> f.indicators().stream())
			.toList();
		return new AnnualReport.PerspectiveChapter(period.toString(),
				PerspectiveCounts.of(activities.stream().map(AnnualReport.ActivityEntry::perspectives).toList()),
				activities.stream()
					.filter(a -> !a.perspectives().saysNothing())
					.map(a -> new AnnualReport.PerspectiveEntry(a.number(), a.text(), a.lead(), a.perspectives()))
					.toList(),
				breakdowns.rows(indicators, BreakdownFigures.GENDER, period),
				ageRowsWithValues(breakdowns.rows(indicators, BreakdownFigures.AGE, period)));
	}

	/**
	 * The age rows, or none when no indicator has a value by age for the period: the chapter then says that the data
	 * holds no breakdown by age, rather than list rows of nothing but "saknas".
	 */
	private static List<AnnualReport.BreakdownRow> ageRowsWithValues(List<AnnualReport.BreakdownRow> rows) {
		return rows.stream().anyMatch(r -> !r.total() && r.measured()) ? rows : List.of();
	}

	private static AnnualReport.Totals totals(List<AnnualReport.Section> sections) {
		Map<ActivityStatus, Integer> byStatus = new EnumMap<>(ActivityStatus.class);
		Map<GoalContribution, Integer> byAssessment = new EnumMap<>(GoalContribution.class);
		int activities = 0;
		int unreported = 0;
		int approved = 0;
		for (var section : sections) {
			for (var activity : section.activities()) {
				activities++;
				if (activity.status() == null) {
					unreported++;
				}
				else {
					byStatus.merge(activity.status(), 1, Integer::sum);
				}
				if (activity.assessment() != null) {
					byAssessment.merge(activity.assessment(), 1, Integer::sum);
				}
				if (activity.state() == ReportState.APPROVED) {
					approved++;
				}
			}
		}
		return new AnnualReport.Totals(activities, byStatus, unreported, byAssessment, approved);
	}

	private static String name(Map<UUID, String> names, CommitteeId committee) {
		return names.getOrDefault(committee.value(), committee.toString());
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
