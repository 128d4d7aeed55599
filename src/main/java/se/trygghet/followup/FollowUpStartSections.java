package se.trygghet.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghet.identity.CurrentUser;
import se.trygghet.identity.Role;
import se.trygghet.identity.StartSections;
import se.trygghet.plan.ActivityNumber;

/**
 * The follow-up's part of the start pages. A coordinator sees each open round with its deadline, completion per
 * committee and what is overdue, and the reports waiting for review; a reporter their committees' reports and
 * contributions in open rounds with deadlines, and apart from them those returned with the coordinator's comment; a
 * council member (viewer) the plan's progress by focus area from the latest closed or published round and the latest
 * annual report. Progress is counted as every other follow-up view counts it ({@link FollowUpViews.Progress}).
 */
@Component
class FollowUpStartSections implements StartSections {

	private final FollowUpViews views;

	private final JdbcClient jdbc;

	private final Clock clock;

	FollowUpStartSections(FollowUpViews views, JdbcClient jdbc, Clock clock) {
		this.views = views;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<Section> sectionsFor(CurrentUser user) {
		List<Section> sections = new ArrayList<>();
		if (user.has(Role.COORDINATOR)) {
			sections.addAll(openRounds());
			sections.add(reviewQueue());
		}
		if (user.has(Role.COMMITTEE_REPORTER)) {
			sections.addAll(reporterSections(user));
		}
		if (user.has(Role.VIEWER)) {
			sections.add(progress());
			sections.add(annualReport());
		}
		return sections;
	}

	private List<Section> openRounds() {
		LocalDate today = LocalDate.now(clock);
		List<FollowUpViews.RoundRow> open = views.rounds(RoundState.OPEN)
			.stream()
			.sorted(Comparator.comparing(FollowUpViews.RoundRow::deadline))
			.toList();
		if (open.isEmpty()) {
			return List.of(Section.of(Place.COORDINATOR_ROUND, "open-round", Text.of("start.round.title"), List.of(),
					Text.of("start.round.none"))
				.withLinks(List.of(new Link(Text.of("start.round.all"), "/rounds"))));
		}
		List<Section> sections = new ArrayList<>();
		for (FollowUpViews.RoundRow round : open) {
			boolean late = today.isAfter(round.deadline());
			List<Text> summary = new ArrayList<>();
			summary.add(Text.of(late ? "start.round.deadlinePassed" : "start.round.deadline", round.title(),
					round.deadline().toString()));
			summary.add(Text.of("start.round.progress", round.reports().done(), round.reports().total(),
					round.contributions().done(), round.contributions().total()));
			List<Item> items = new ArrayList<>();
			String href = "/rounds/" + round.id().value();
			for (FollowUpViews.CommitteeProgress committee : views.progressByCommittee(round.id())) {
				// a committee that leads no report has no line of reports (never "0 of 0")
				Item item = Item.of(committee.committee(), href);
				if (committee.reports().total() > 0) {
					item = item.withNote(Text.of("start.round.committeeReports", committee.reports().done(),
							committee.reports().total()));
				}
				if (committee.contributions().total() > 0) {
					item = item.withNote(Text.of("start.round.committeeContributions",
							committee.contributions().done(), committee.contributions().total()));
				}
				items.add(item);
			}
			if (late) {
				List<Item> overdue = overdue(round.id(), round.deadline());
				summary.add(overdue.isEmpty() ? Text.of("start.round.overdue.none")
						: Text.of("start.round.overdue", overdue.size()));
				// the first of them; the round's dashboard lists them all
				items.addAll(overdue.subList(0, Math.min(SHOWN, overdue.size())));
			}
			sections.add(new Section(Place.COORDINATOR_ROUND, "round-" + round.id().value(),
					Text.of("start.round.title.named", round.title()), summary, items,
					Text.of("start.round.noReports"), List.of(new Link(Text.of("start.round.open"), href))));
		}
		return sections;
	}

	/** The reports not submitted by a deadline that has passed, as the round's dashboard lists them. */
	private List<Item> overdue(RoundId round, LocalDate deadline) {
		return jdbc.sql("""
				select rep.id, rep.activity_number, rep.activity_text, c.name, rep.state
				  from report rep join committee c on c.id = rep.committee_id
				 where rep.round_id = :r and rep.state in ('DRAFT', 'RETURNED')
				""")
			.param("r", round.value())
			.query((rs, n) -> new Row(rs.getObject(1, UUID.class), ActivityNumber.parse(rs.getString(2)),
					rs.getString(3), rs.getString(4), ReportState.valueOf(rs.getString(5)), null))
			.list()
			.stream()
			.sorted(Comparator.comparing(Row::number))
			.map(r -> r.item().withDeadline(deadline).withBadge(Text.of("start.round.overdueBadge")))
			.toList();
	}

	private Section reviewQueue() {
		// how many wait is counted before the limit, in the statement that lists the latest of them
		List<Waiting> latest = jdbc.sql("""
				select rep.id, rep.activity_number, rep.activity_text, c.name, r.title, count(*) over ()
				  from report rep join committee c on c.id = rep.committee_id
				  join reporting_round r on r.id = rep.round_id
				 where rep.state = 'SUBMITTED' and r.state in ('OPEN', 'CLOSED')
				 order by rep.submitted_at desc limit :shown
				""")
			.param("shown", SHOWN)
			.query((rs, n) -> new Waiting(new Row(rs.getObject(1, UUID.class), ActivityNumber.parse(rs.getString(2)),
					rs.getString(3), rs.getString(4), ReportState.SUBMITTED, null).item()
				.withNote(Text.of("start.review.round", rs.getString(5))), rs.getInt(6)))
			.list();
		int waiting = latest.isEmpty() ? 0 : latest.get(0).inAll();
		return Section.of(Place.COORDINATOR_REVIEW, "review", Text.of("start.review.title"),
				latest.stream().map(Waiting::item).toList(), Text.of("start.review.none"))
			.withSummary(waiting == 0 ? List.of() : List.of(Text.of("start.review.count", waiting)));
	}

	/** A report waiting for review, and how many wait in all. */
	private record Waiting(Item item, int inAll) {
	}

	/** A reporter's committees' reports in open rounds; the returned ones apart, with the comment they came back with. */
	private List<Section> reporterSections(CurrentUser user) {
		List<FollowUpViews.ReportRow> mine = views.reportsOfCommittees(user.committeeIds());
		List<Item> reports = mine.stream()
			.filter(r -> r.state() != ReportState.RETURNED)
			.map(r -> Item.of(r.activityNumber() + " " + r.activityText(), "/reports/" + r.id().value())
				.withDeadline(r.deadline())
				.withBadge(Text.of("followup.reportState." + r.state()))
				.withNote(r.activityReport() ? Text.of("start.reports.lead", r.committee())
						: Text.of("start.reports.contribution", r.committee())))
			.toList();
		List<Item> returned = user.committeeIds().isEmpty() ? List.of() : jdbc.sql("""
				select rep.id, rep.activity_number, rep.activity_text, c.name, rep.state, rep.review_comment,
				       r.deadline
				  from report rep join committee c on c.id = rep.committee_id
				  join reporting_round r on r.id = rep.round_id
				 where rep.committee_id in (:committees) and rep.state = 'RETURNED' and r.state = 'OPEN'
				 order by r.deadline, rep.activity_number
				""")
			.param("committees", user.committeeIds())
			.query((rs, n) -> new Row(rs.getObject(1, UUID.class), ActivityNumber.parse(rs.getString(2)),
					rs.getString(3), rs.getString(4), ReportState.RETURNED, rs.getString(6)).item()
				.withDeadline(rs.getDate(7).toLocalDate()))
			.list();
		return List.of(
				Section.of(Place.REPORTER_RETURNED, "returned", Text.of("start.returned.title"), returned,
						Text.of("start.returned.none")),
				Section.of(Place.REPORTER_REPORTS, "my-reports", Text.of("start.reports.title"), reports,
						Text.of("start.reports.none"))
					.withLinks(List.of(new Link(Text.of("nav.myReports"), "/my-reports"))));
	}

	/** The latest round that is closed or published, of any plan: what the plan has reported so far. */
	private Optional<FollowUpViews.RoundRow> latestReported() {
		return views.latestReported().flatMap(views::round);
	}

	private Section progress() {
		Optional<FollowUpViews.RoundRow> round = latestReported();
		if (round.isEmpty()) {
			return Section.of(Place.VIEWER_PROGRESS, "progress", Text.of("start.progress.title"), List.of(),
					Text.of("start.progress.none"));
		}
		String href = "/rounds/" + round.get().id().value();
		List<FocusAreaCount> counts = jdbc.sql("""
				select f.number, f.title, rep.status, count(*)
				  from report rep join activity a on a.id = rep.activity_id
				  join focus_area f on f.id = a.focus_area_id
				 where rep.round_id = :r and rep.kind = 'ACTIVITY_REPORT'
				 group by f.number, f.title, rep.status order by f.number
				""")
			.param("r", round.get().id().value())
			.query((rs, n) -> new FocusAreaCount(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
			.list();
		List<Item> items = new ArrayList<>();
		java.util.Map<Integer, List<FocusAreaCount>> byArea = new java.util.TreeMap<>();
		counts.forEach(c -> byArea.computeIfAbsent(c.number(), k -> new ArrayList<>()).add(c));
		byArea.forEach((number, rows) -> {
			int all = rows.stream().mapToInt(FocusAreaCount::count).sum();
			Item item = Item.of(number + " " + rows.get(0).title(), href)
				.withNote(Text.of("start.progress.activities", all));
			for (Text status : statusTexts(rows)) {
				item = item.withNote(status);
			}
			items.add(item);
		});
		return Section.of(Place.VIEWER_PROGRESS, "progress", Text.of("start.progress.title"), items,
				Text.of("start.progress.noReports"))
			.withSummary(List.of(Text.of("start.progress.round", round.get().title(), round.get().planName())))
			.withLinks(List.of(new Link(Text.of("start.round.open"), href)));
	}

	/** Each status with its count, in the scheme's order ("3 pågående"), then those without a status yet. */
	private static List<Text> statusTexts(List<FocusAreaCount> rows) {
		List<Text> parts = new ArrayList<>();
		for (ActivityStatus status : ActivityStatus.values()) {
			rows.stream()
				.filter(c -> status.name().equals(c.status()))
				.findFirst()
				.ifPresent(c -> parts.add(Text.of("start.progress.status." + status, c.count())));
		}
		rows.stream()
			.filter(c -> c.status() == null)
			.findFirst()
			.ifPresent(c -> parts.add(Text.of("start.progress.unreported", c.count())));
		return parts;
	}

	private Section annualReport() {
		List<Item> items = jdbc.sql("""
				select a.id, a.title, a.generated_at from annual_report a order by a.generated_at desc limit 1
				""")
			.query((rs, n) -> Item.of(rs.getString(2), "/annual-reports/" + rs.getObject(1, UUID.class) + "/pdf")
				.withNote(Text.of("start.annualReport.generated",
						rs.getTimestamp(3).toInstant().atZone(clock.getZone()).toLocalDate().toString())))
			.list();
		return Section.of(Place.VIEWER_DOCUMENTS, "annual-report", Text.of("start.annualReport.title"), items,
				Text.of("start.annualReport.none"));
	}

	private record FocusAreaCount(int number, String title, @org.jspecify.annotations.Nullable String status,
			int count) {
	}

	private record Row(UUID id, ActivityNumber number, String text, String committee, ReportState state,
			@org.jspecify.annotations.Nullable String comment) {

		Item item() {
			Item item = Item.of(number + " " + text, "/reports/" + id).withBadge(Text.of("followup.reportState." + state));
			return comment == null ? item.withNote(Text.of("start.reports.committee", committee))
					: item.withNote(Text.of("start.returned.comment", committee, comment));
		}

	}

}
