package se.trygghet.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.trygghet.chart.FigureTable;
import se.trygghet.chart.FigureTable.Column;
import se.trygghet.identity.CurrentUser;
import se.trygghet.identity.Role;
import se.trygghet.plan.ActivityNumber;
import se.trygghet.plan.PlanCatalog;
import se.trygghet.system.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the follow-up's pages show, assembled from the read model ({@link FollowUpViews}), the reports and the plan,
 * so that {@link FollowUpController} only binds, calls one method here or in {@link FollowUp}, and picks a view.
 * Each page is a value whose {@link #model} names the attributes its template reads.
 */
@Component
class FollowUpPages {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final FollowUp followUp;

	private final FollowUpViews views;

	private final Reports reports;

	private final PlanCatalog plans;

	private final AnnualReports annualReports;

	private final Clock clock;

	private final MessageSource messages;

	private final NextPlanEndings endings;

	FollowUpPages(FollowUp followUp, FollowUpViews views, Reports reports, PlanCatalog plans,
			AnnualReports annualReports, Clock clock, MessageSource messages, NextPlanEndings endings) {
		this.messages = messages;
		this.endings = endings;
		this.followUp = followUp;
		this.views = views;
		this.reports = reports;
		this.plans = plans;
		this.annualReports = annualReports;
		this.clock = clock;
	}

	/** The list of rounds, with the plans a new round may follow up. */
	public record RoundsPage(List<FollowUpViews.RoundRow> rounds, List<PlanCatalog.PlanRef> plans) {

		Map<String, Object> model() {
			return Map.of("rounds", rounds, "plans", plans);
		}

	}

	RoundsPage rounds() {
		return new RoundsPage(views.rounds(false), plans.plans());
	}

	/** The form for a new round as it first appears: this year's round, due in six weeks. */
	FollowUpController.RoundForm newRoundForm() {
		LocalDate today = LocalDate.now(clock);
		return new FollowUpController.RoundForm(null, String.valueOf(today.getYear()), "Uppföljning " + today.getYear(),
				today, today.plusWeeks(6));
	}

	/**
	 * A round's page. Its dashboard and list of reports ({@link #body}) are most of the page's work and the same for
	 * everyone who may see the round, so the page renders them once per {@link #cacheKey} (see TemplateFragments).
	 */
	public record RoundPage(FollowUpViews.RoundRow round, List<AnnualReports.Snapshot> annualReports, Object cacheKey,
			Supplier<Map<String, Object>> body, List<NextPlanEndings.Ending> endings) {

		Map<String, Object> model() {
			return Map.of("round", round, "annualReports", annualReports, "audiences", AnnualReport.Audience.values(),
					"hasReports", round.reports().total() > 0, "endings", endings);
		}

	}

	RoundPage round(RoundId id, Locale locale) {
		FollowUpViews.RoundRow round = views.round(id).orElseThrow(() -> new NotFoundException("Omgången"));
		LocalDate today = LocalDate.now(clock);
		Object key = List.of("round", id.value(), views.fingerprint(id).orElseThrow(), locale, today);
		// outside the cached body: the next plan's adoption changes them, not the round's reports
		return new RoundPage(round, annualReports.ofRound(id), key, () -> roundBody(round, today),
				List.copyOf(endings.of(id).values()));
	}

	/**
	 * The round's completion per committee as its page's table shows it, for a download: per committee the reports it
	 * leads and its contributions, each as done (submitted or approved), all, and done in whole percent as the page
	 * writes "3 av 5 (60 %)"; empty where the page writes "–" (nothing of the kind), never 0.
	 */
	FigureTable committeeTable(RoundId id, Locale locale) {
		FollowUpViews.RoundRow round = views.round(id).orElseThrow(() -> new NotFoundException("Omgången"));
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (FollowUpViews.CommitteeProgress c : views.progressByCommittee(id)) {
			List<@Nullable Object> row = new ArrayList<>();
			row.add(c.committee());
			progress(row, c.reports());
			progress(row, c.contributions());
			rows.add(row);
		}
		String reports = msg("followup.export.leadReports", locale);
		String contributions = msg("followup.export.contributions", locale);
		List<Column> columns = new ArrayList<>();
		columns.add(Column.text(msg("followup.report.committee", locale)));
		for (String kind : List.of(reports, contributions)) {
			columns.add(Column.number(msg("followup.export.completionDone", locale, kind), 0));
			columns.add(Column.number(msg("followup.export.all", locale, kind), 0));
			columns.add(Column.number(msg("followup.export.percent", locale, kind), 0));
		}
		List<String> notes = new ArrayList<>();
		notes.add(msg("followup.dashboard.byCommittee", locale));
		if (round.demo()) {
			notes.add(msg("followup.export.demo", locale));
		}
		String name = "slutforande-" + (round.planKey() + "-" + round.period()).toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		return new FigureTable(msg("followup.dashboard.byCommittee", locale) + " – " + round.title(), name, columns,
				rows, notes);
	}

	private static void progress(List<@Nullable Object> row, FollowUpViews.Progress progress) {
		boolean any = progress.total() > 0;
		row.add(any ? progress.done() : null);
		row.add(any ? progress.total() : null);
		row.add(progress.percent());
	}

	/** A focus area's activity reports counted by status; "not reported" counts those without a status yet. */
	public record FocusAreaStatus(int number, String title, Map<ActivityStatus, Integer> byStatus, int unreported) {

		public int count(ActivityStatus status) {
			return byStatus.getOrDefault(status, 0);
		}

	}

	private Map<String, Object> roundBody(FollowUpViews.RoundRow round, LocalDate today) {
		List<FollowUpViews.ReportRow> rows = views.reportsOfRound(round.id());
		boolean late = round.state() == RoundState.OPEN && today.isAfter(round.deadline());
		return Map.of("reports", rows, "byCommittee", views.progressByCommittee(round.id()), "byFocusArea",
				byFocusArea(round, rows), "statuses", ActivityStatus.values(), "perspectives", perspectives(round.id()),
				"groupings", Perspectives.Grouping.values(), "consultedYes", Perspectives.ChildrenConsulted.JA,
				"roundId", round.id().value(), "overdue",
				late ? rows.stream()
					.filter(r -> r.state() == ReportState.DRAFT || r.state() == ReportState.RETURNED)
					.toList() : List.of());
	}

	/** The perspectives in the activities' reports, counted as the annual report counts them. */
	private PerspectiveCounts perspectives(RoundId round) {
		return PerspectiveCounts.of(reports.ofRound(round)
			.stream()
			.filter(r -> r.kind() == Report.Kind.ACTIVITY_REPORT)
			.map(r -> r.content().perspectives())
			.toList());
	}

	private List<FocusAreaStatus> byFocusArea(FollowUpViews.RoundRow round, List<FollowUpViews.ReportRow> rows) {
		Map<Integer, String> titles = new TreeMap<>();
		outline(round.planKey()).ifPresent(outline -> outline.activities()
			.forEach(a -> titles.putIfAbsent(a.number().focusArea(), a.focusAreaTitle())));
		Map<Integer, Map<ActivityStatus, Integer>> counts = new TreeMap<>();
		Map<Integer, Integer> unreported = new TreeMap<>();
		for (FollowUpViews.ReportRow row : rows) {
			if (!row.activityReport()) {
				continue;
			}
			int area = row.activityNumber().focusArea();
			if (row.status() == null) {
				unreported.merge(area, 1, Integer::sum);
			}
			else {
				counts.computeIfAbsent(area, k -> new EnumMap<>(ActivityStatus.class)).merge(row.status(), 1,
						Integer::sum);
			}
			counts.computeIfAbsent(area, k -> new EnumMap<>(ActivityStatus.class));
		}
		return counts.entrySet()
			.stream()
			.map(e -> new FocusAreaStatus(e.getKey(), titles.getOrDefault(e.getKey(), ""), e.getValue(),
					unreported.getOrDefault(e.getKey(), 0)))
			.toList();
	}

	/** What the report page shows of a report. */
	public record ReportView(ReportId id, String kind, ActivityNumber activityNumber, String activityText, UUID committeeId,
			ReportState state, ReportContent content, @Nullable String reviewComment, int version) {

		static ReportView of(Report report) {
			return new ReportView(report.id(), report.kind().name(), report.activityNumber(), report.activityText(),
					report.committee().value(), report.state(), report.content(), report.reviewComment(),
					report.version());
		}

		public boolean activityReport() {
			return "ACTIVITY_REPORT".equals(kind);
		}

	}

	public record ReportingRoundView(RoundId id, String title, String planKey, String planName, LocalDate deadline,
			RoundState state, boolean demo) {

		static ReportingRoundView of(FollowUpViews.RoundRow row) {
			return new ReportingRoundView(row.id(), row.title(), row.planKey(), row.planName(), row.deadline(),
					row.state(), row.demo());
		}

	}

	/** One report with its contributions, versions, files and the indicators it may point to. */
	public record ReportPage(ReportView report, ReportingRoundView round, boolean writable, boolean reviewer,
			List<ReportView> contributions, List<Reports.Version> versions, Map<UUID, String> committeeNames,
			List<Attachments.Attachment> attachments, List<PlanCatalog.IndicatorOutline> indicatorChoices,
			List<String> linkedIndicators, NextPlanEndings.@Nullable Ending ending) {

		Map<String, Object> model() {
			Map<String, Object> model = new LinkedHashMap<>();
			model.put("report", report);
			model.put("round", round);
			model.put("writable", writable);
			model.put("reviewer", reviewer);
			model.put("contributions", contributions);
			model.put("versions", versions);
			model.put("committeeNames", committeeNames);
			model.put("attachments", attachments);
			model.put("maxAttachmentMegabytes", FollowUp.MAX_ATTACHMENT_BYTES / (1024 * 1024));
			model.put("indicatorChoices", indicatorChoices);
			model.put("linkedIndicators", linkedIndicators);
			model.put("ending", ending);
			return model;
		}

	}

	/** The page of a report the signed-in user may read ({@link FollowUp#read} decides). */
	ReportPage report(Report report, CurrentUser me) {
		ReportingRoundView round = ReportingRoundView.of(views.round(report.round()).orElseThrow());
		boolean writable = ReportAccess.mayWrite(me, report) && round.state() == RoundState.OPEN
				&& (report.state() == ReportState.DRAFT || report.state() == ReportState.RETURNED);
		boolean reviewer = me.hasAny(Role.COORDINATOR, Role.ADMIN)
				&& (round.state() == RoundState.OPEN || round.state() == RoundState.CLOSED);
		List<ReportView> contributions = report.kind() == Report.Kind.ACTIVITY_REPORT
				? followUp.contributionsTo(report.id()).stream().map(ReportView::of).toList() : List.of();
		List<PlanCatalog.IndicatorOutline> indicators = indicatorsOfThePlan(round.planKey());
		int focusArea = report.activityNumber().focusArea();
		return new ReportPage(ReportView.of(report), round, writable, reviewer, contributions,
				reports.versions(report.id()), views.committeeNames(), followUp.attachmentsOf(report.id()),
				indicators.stream()
					.filter(i -> focusAreaOf(round.planKey(), i) == focusArea
							|| report.content().indicators().contains(i.id()))
					.toList(),
				indicators.stream()
					.filter(i -> report.content().indicators().contains(i.id()))
					.map(PlanCatalog.IndicatorOutline::name)
					.toList(),
				endings.of(report.round()).get(report.activity()));
	}

	/** One saved version beside the one before it, field by field. */
	public record FieldChange(String field, String before, String after) {
	}

	public record VersionPage(ReportView report, Reports.Version version, List<FieldChange> changes) {

		Map<String, Object> model() {
			return Map.of("report", report, "version", version, "changes", changes);
		}

	}

	VersionPage version(ReportId id, int number) {
		Report report = followUp.read(id);
		List<Reports.Version> versions = reports.versions(id);
		Reports.Version version = versions.stream()
			.filter(v -> v.version() == number)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Versionen"));
		Map<String, Object> after = contentOf(version);
		Map<String, Object> before = versions.stream()
			.filter(v -> v.version() == number - 1)
			.findFirst()
			.map(FollowUpPages::contentOf)
			.orElse(Map.of());
		List<FieldChange> changes = new ArrayList<>();
		Map<String, String> indicatorNames = new HashMap<>();
		plans.plans().forEach(p -> plans.outline(p.id()).ifPresent(o -> o.focusAreas()
			.forEach(f -> f.indicators().forEach(i -> indicatorNames.put(i.id().toString(), i.name())))));
		for (String field : after.keySet()) {
			String was = String.valueOf(before.getOrDefault(field, ""));
			String is = String.valueOf(after.get(field));
			if (field.equals("indicators")) {
				// ids mean nothing to a reader: show the indicators' names
				was = namesOf(was, indicatorNames);
				is = namesOf(is, indicatorNames);
			}
			else if (CHOICE_LABELS.containsKey(field)) {
				// nor do the choices' constants: show their labels, as the form does
				was = labelsOf(CHOICE_LABELS.get(field), was);
				is = labelsOf(CHOICE_LABELS.get(field), is);
			}
			if (!was.equals(is)) {
				changes.add(new FieldChange(field, was, is));
			}
		}
		return new VersionPage(ReportView.of(report), version, changes);
	}

	/** The message prefix of each field of the content whose value is a choice (or a comma-separated set of them). */
	private static final Map<String, String> CHOICE_LABELS = Map.of("status", "followup.status.", "assessment",
			"followup.assessment.", "childrenConsulted", "followup.perspectives.consulted.", "groupings",
			"followup.perspectives.grouping.");

	private String labelsOf(String prefix, String codes) {
		Locale locale = LocaleContextHolder.getLocale();
		return codes.isEmpty() ? "" : Arrays.stream(codes.split(","))
			.map(code -> messages.getMessage(prefix + code, null, code, locale))
			.collect(Collectors.joining(", "));
	}

	private static String namesOf(String ids, Map<String, String> names) {
		return ids.isEmpty() ? "" : Arrays.stream(ids.split(","))
			.map(id -> names.getOrDefault(id, id))
			.collect(Collectors.joining("; "));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> contentOf(Reports.Version version) {
		return JSON.readValue(version.content(), Map.class);
	}

	/** A reporter's work: their committees' reports in open rounds. */
	List<FollowUpViews.ReportRow> myReports(CurrentUser me) {
		return views.reportsOfCommittees(me.committeeIds());
	}

	private List<PlanCatalog.IndicatorOutline> indicatorsOfThePlan(String planKey) {
		return outline(planKey).map(o -> o.focusAreas().stream().flatMap(f -> f.indicators().stream()).toList())
			.orElse(List.of());
	}

	private int focusAreaOf(String planKey, PlanCatalog.IndicatorOutline indicator) {
		return outline(planKey).flatMap(o -> o.focusAreas()
			.stream()
			.filter(f -> f.indicators().contains(indicator))
			.findFirst()
			.map(PlanCatalog.FocusAreaOutline::number)).orElse(0);
	}

	private Optional<PlanCatalog.PlanOutline> outline(String planKey) {
		return plans.plans().stream().filter(p -> p.key().equals(planKey)).findFirst().flatMap(p -> plans.outline(p.id()));
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
