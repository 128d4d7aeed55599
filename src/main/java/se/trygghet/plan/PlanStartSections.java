package se.trygghet.plan;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.trygghet.identity.CurrentUser;
import se.trygghet.identity.Role;
import se.trygghet.identity.StartSections;

/**
 * The plan's part of the start pages: for every staff member the current plan (the adopted one, else the latest)
 * with its size, for reporters their committees' activities in it, for coordinators and admins the activities whose
 * lead committee is not yet confirmed, and for admins the latest changes to the plan. Field staff and partners see
 * none of it: the plan's pages are internal.
 */
@Component
class PlanStartSections implements StartSections {


	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final PlanViews views;

	private final PlanHistory history;

	private final Clock clock;

	PlanStartSections(PlanViews views, PlanHistory history, Clock clock) {
		this.views = views;
		this.history = history;
		this.clock = clock;
	}

	@Override
	public List<Section> sectionsFor(CurrentUser user) {
		if (!user.hasAny(Role.ADMIN, Role.COORDINATOR, Role.COMMITTEE_REPORTER, Role.ANALYST, Role.VIEWER)) {
			return List.of();
		}
		Optional<PlanView> current = current();
		if (current.isEmpty()) {
			return List.of(Section.of(Place.PLAN, "plan", Text.of("start.current"), List.of(), Text.of("start.noPlan")));
		}
		PlanView plan = current.get();
		String href = "/plans/" + plan.key();
		List<Section> sections = new ArrayList<>();
		sections.add(new Section(Place.PLAN, "plan", Text.of("start.current"),
				List.of(Text.of("start.counts", plan.focusAreas().size(), plan.goalCount(), plan.indicatorCount(),
						plan.activities().size())),
				List.of(Item.of(plan.name(), href).withBadge(Text.of("state." + plan.state()))), Text.of("start.noPlan"),
				List.of(new Link(Text.of("plan.organisation"), href + "/organisation"))));
		if (user.has(Role.COMMITTEE_REPORTER)) {
			List<Item> mine = plan.activities()
				.stream()
				.filter(a -> a.committees().stream().anyMatch(c -> user.committeeIds().contains(c.committeeId())))
				.map(a -> Item.of(a.number() + " " + a.text(), href + "/activities/" + a.number()))
				.toList();
			String committees = String.join(", ", plan.committees()
				.stream()
				.filter(c -> user.committeeIds().contains(c.id()))
				.map(c -> c.name())
				.toList());
			sections.add(Section.of(Place.REPORTER_ACTIVITIES, "my-activities", Text.of("start.myActivities"), mine,
					Text.of("start.myActivities.none"))
				.withSummary(List.of(Text.of("start.myCommittees", committees))));
		}
		if (user.hasAny(Role.COORDINATOR, Role.ADMIN)) {
			List<PlanView.ActivityView> unconfirmed = plan.activities().stream().filter(a -> !a.leadConfirmed()).toList();
			List<Item> leads = unconfirmed.stream()
				.limit(SHOWN)
				.map(a -> Item.of(a.number() + " " + a.text(), href + "/activities/" + a.number())
					.withNote(Text.of("start.unconfirmedLeads.lead", a.lead() == null ? "–" : a.lead().name())))
				.toList();
			sections.add(Section.of(Place.COORDINATOR_PLAN, "unconfirmed-leads", Text.of("start.unconfirmedLeads"), leads,
					Text.of("start.unconfirmedLeads.none"))
				.withSummary(unconfirmed.isEmpty() ? List.of()
						: List.of(Text.of("start.unconfirmedLeads.text", unconfirmed.size()))));
		}
		if (user.has(Role.ADMIN)) {
			List<Item> changes = history.forPlan(plan.id(), SHOWN)
				.stream()
				.map(r -> Item.of(r.itemLabel(), href + "/history")
					.withNote(Text.of(r.summary()))
					.withNote(Text.of("start.recentChanges.by", r.actor(),
							MINUTE.format(r.at().atZone(clock.getZone())))))
				.toList();
			sections.add(Section.of(Place.COORDINATOR_PLAN, "recent-changes", Text.of("start.recentChanges"), changes,
					Text.of("plan.history.none"))
				.withLinks(List.of(new Link(Text.of("plan.history"), href + "/history"))));
		}
		return sections;
	}

	private Optional<PlanView> current() {
		List<PlanViews.PlanSummary> plans = views.summaries();
		return plans.stream()
			.filter(p -> p.state() == PlanState.ADOPTED)
			.findFirst()
			.or(() -> plans.stream().findFirst())
			.flatMap(p -> views.byId(p.id()));
	}

}
