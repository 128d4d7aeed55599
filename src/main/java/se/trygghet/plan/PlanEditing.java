package se.trygghet.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.system.NotFoundException;
import se.trygghet.system.Refusal;

/**
 * A coordinator's changes to a plan. Each change checks that nobody else saved the item in between, records the
 * before and after in the plan's history and publishes an audited event, all in one transaction. A draft may be
 * changed freely; an adopted plan only inside an open amendment ({@link #openAmendment}, closed by a decision with
 * {@link #closeAmendment}); an archived one not at all.
 */
@Service
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class PlanEditing {

	private final ActionPlans plans;

	private final Activities activities;

	private final Committees committees;

	private final PlanHistory history;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Successions successions;

	private final Clock clock;

	private final CurrentUsers currentUsers;

	PlanEditing(ActionPlans plans, Activities activities, Committees committees, PlanHistory history,
			ApplicationEventPublisher events, JdbcClient jdbc, Successions successions, Clock clock,
			CurrentUsers currentUsers) {
		this.successions = successions;
		this.clock = clock;
		this.currentUsers = currentUsers;
		this.plans = plans;
		this.activities = activities;
		this.committees = committees;
		this.history = history;
		this.events = events;
		this.jdbc = jdbc;
	}

	@Transactional
	void reviseActivity(String planKey, ActivityNumber number, int expectedVersion, String text,
			List<CommitteeId> inOrder, CommitteeId lead) {
		ActionPlan plan = plans.byKey(planKey).orElseThrow(() -> new NotFoundException("Planen"));
		Activity activity = activities.byNumber(plan.id(), number)
			.orElseThrow(() -> new NotFoundException("Aktiviteten " + number));
		// what the address names is looked up first: a number the plan does not have is not found, whatever its state
		plan.requireEditable();
		requireVersion(activity.version(), expectedVersion);
		Map<CommitteeId, String> names = committees.names();
		Map<String, Object> before = activity.snapshot(names);
		activity.revise(text, new ResponsibleCommittees(inOrder, lead));
		activities.save(activity);
		Map<String, Object> after = activity.snapshot(names);
		recordRevision(plan, "Activity", activity.id().value(), number.toString(), "plan.history.revised", before,
				after);
		markChanged(plan, activity.id());
	}

	/**
	 * Revising a draft's copy of an activity of the previous plan makes that activity continue changed. Once the plan
	 * is adopted its fates are decided: an amendment changes the activity, not what became of the old one.
	 */
	private void markChanged(ActionPlan plan, ActivityId copy) {
		if (plan.state() != PlanState.DRAFT) {
			return;
		}
		successions.of(plan).ifPresent(succession -> succession.fates()
			.stream()
			.filter(f -> f.disposition() == Disposition.CONTINUED && copy.equals(f.successor()))
			.findFirst()
			.ifPresent(fate -> {
				succession.change(fate.activity());
				successions.save(succession);
			}));
	}

	/** Adds an activity to a focus area; the plan says activities may change as the follow-up shows what works. */
	@Transactional
	ActivityNumber addActivity(String planKey, int focusArea, String number, String text, List<CommitteeId> inOrder,
			CommitteeId lead) {
		ActionPlan plan = editablePlan(planKey);
		if (!ActivityNumber.isValid(number)) {
			throw Refusal.on("number", "plan.activity.number.format", number);
		}
		ActivityNumber parsed = ActivityNumber.parse(number);
		if (parsed.focusArea() != focusArea) {
			throw Refusal.on("number", "plan.activity.number.focusArea", parsed.toString(),
					String.valueOf(focusArea));
		}
		if (activities.exists(plan.id(), parsed)) {
			throw Refusal.on("number", "plan.activity.number.taken", parsed.toString());
		}
		UUID areaId = jdbc.sql("select id from focus_area where plan_id = :p and number = :n")
			.param("p", plan.id().value())
			.param("n", focusArea)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("Fokusområdet " + focusArea));
		Activity activity = Activity.add(plan.id(), parsed, text, new ResponsibleCommittees(inOrder, lead));
		activities.add(activity, areaId);
		Map<String, Object> after = activity.snapshot(committees.names());
		history.record(plan.id().value(), "Activity", activity.id().value(), parsed.toString(), "plan.history.added",
				Map.of(), after);
		events.publishEvent(new PlanEvents.ActivityAdded(plan.id(), activity.id(), parsed.toString(), after));
		return parsed;
	}

	@Transactional
	void confirmLead(String planKey, ActivityNumber number, int expectedVersion) {
		ActionPlan plan = plans.byKey(planKey).orElseThrow(() -> new NotFoundException("Planen"));
		Activity activity = activities.byNumber(plan.id(), number)
			.orElseThrow(() -> new NotFoundException("Aktiviteten " + number));
		// what the address names is looked up first: a number the plan does not have is not found, whatever its state
		plan.requireEditable();
		requireVersion(activity.version(), expectedVersion);
		Map<CommitteeId, String> names = committees.names();
		Map<String, Object> before = activity.snapshot(names);
		activity.confirmLead();
		activities.save(activity);
		recordRevision(plan, "Activity", activity.id().value(), number.toString(), "plan.history.leadConfirmed",
				before, activity.snapshot(names));
	}

	@Transactional
	void reviseFocusArea(String planKey, int number, int expectedVersion, String title, @Nullable String description) {
		ActionPlan plan = editablePlan(planKey);
		record Row(UUID id, String title, String description, int version) {
		}
		Row row = jdbc.sql("select id, title, description, version from focus_area where plan_id = :p and number = :n")
			.param("p", plan.id().value())
			.param("n", number)
			.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4)))
			.optional()
			.orElseThrow(() -> new NotFoundException("Fokusområdet " + number));
		requireVersion(row.version(), expectedVersion);
		String newTitle = requireText(title);
		String newDescription = description == null || description.isBlank() ? null : description.strip();
		int updated = jdbc.sql("""
				update focus_area set title = :t, description = :d, version = version + 1
				 where id = :id and version = :v
				""")
			.param("t", newTitle)
			.param("d", newDescription)
			.param("id", row.id())
			.param("v", row.version())
			.update();
		requireUpdated(updated);
		recordRevision(plan, "FocusArea", row.id(), "Fokusområde " + number, "plan.history.revised",
				values("title", row.title(), "description", row.description()),
				values("title", newTitle, "description", newDescription));
	}

	@Transactional
	void reviseGoal(String planKey, UUID goalId, int expectedVersion, String text) {
		ActionPlan plan = editablePlan(planKey);
		record Row(String text, int version, int area) {
		}
		Row row = jdbc.sql("""
				select g.text, g.version, f.number from goal g join focus_area f on f.id = g.focus_area_id
				 where g.id = :id and f.plan_id = :p
				""")
			.param("id", goalId)
			.param("p", plan.id().value())
			.query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getInt(3)))
			.optional()
			.orElseThrow(() -> new NotFoundException("Målet"));
		requireVersion(row.version(), expectedVersion);
		String newText = requireText(text);
		requireUpdated(jdbc.sql("update goal set text = :t, version = version + 1 where id = :id and version = :v")
			.param("t", newText)
			.param("id", goalId)
			.param("v", row.version())
			.update());
		recordRevision(plan, "Goal", goalId, "Mål i fokusområde " + row.area(), "plan.history.revised",
				values("text", row.text()), values("text", newText));
	}

	@Transactional
	void reviseIndicator(String planKey, UUID indicatorId, int expectedVersion, String name, String unit,
			Direction direction, String source, @Nullable String definition) {
		ActionPlan plan = editablePlan(planKey);
		record Row(String name, String unit, String direction, String source, String definition, int version) {
		}
		Row row = jdbc.sql("""
				select i.name, i.unit, i.direction, i.source, i.definition, i.version
				  from indicator i join focus_area f on f.id = i.focus_area_id
				 where i.id = :id and f.plan_id = :p
				""")
			.param("id", indicatorId)
			.param("p", plan.id().value())
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getInt(6)))
			.optional()
			.orElseThrow(() -> new NotFoundException("Indikatorn"));
		requireVersion(row.version(), expectedVersion);
		String newName = requireText(name);
		String newUnit = requireText(unit);
		String newSource = requireText(source);
		String newDefinition = definition == null || definition.isBlank() ? null : definition.strip();
		requireUpdated(jdbc.sql("""
				update indicator set name = :n, unit = :u, direction = :d, source = :s, definition = :def,
				       version = version + 1
				 where id = :id and version = :v
				""")
			.param("n", newName)
			.param("u", newUnit)
			.param("d", direction.name())
			.param("s", newSource)
			.param("def", newDefinition)
			.param("id", indicatorId)
			.param("v", row.version())
			.update());
		recordRevision(plan, "Indicator", indicatorId, newName, "plan.history.revised",
				values("name", row.name(), "unit", row.unit(), "direction", row.direction(), "source", row.source(),
						"definition", row.definition()),
				values("name", newName, "unit", newUnit, "direction", direction.name(), "source", newSource,
						"definition", newDefinition));
	}

	/**
	 * Adopts a draft. A draft drawn from an adopted plan takes over from it: the previous plan is archived in the same
	 * transaction (and adoption is refused while the previous plan has an amendment open, which must be decided first).
	 */
	@Transactional
	void adopt(String planKey, String body, String decision, LocalDate date) {
		ActionPlan plan = plans.byKey(planKey).orElseThrow(() -> new NotFoundException("Planen"));
		PlanState before = plan.state();
		plan.adopt(body, decision, date);
		ActionPlan previous = successions.of(plan)
			.flatMap(succession -> plans.byId(succession.predecessor()))
			.filter(p -> p.state() == PlanState.ADOPTED)
			.orElse(null);
		if (previous != null && previous.openAmendment() != null) {
			throw Refusal.of("plan.adopt.previousAmending", previous.name());
		}
		plans.save(plan);
		history.record(plan.id().value(), "ActionPlan", plan.id().value(), plan.name(), "plan.history.adopted",
				values("state", before.name()),
				values("state", plan.state().name(), "adoptedBy", plan.adoptedBy(), "adoptionDecision",
						plan.adoptionDecision(), "adoptedOn", String.valueOf(plan.adoptedOn())));
		events.publishEvent(new PlanEvents.PlanStateChanged(plan.id(), plan.name(), before, plan.state()));
		if (previous != null) {
			archive(previous);
		}
	}

	/** Opens an amendment of an adopted plan: until it is closed by a decision, the plan may be changed. */
	@Transactional
	int openAmendment(String planKey, String reason) {
		ActionPlan plan = plans.byKey(planKey).orElseThrow(() -> new NotFoundException("Planen"));
		ActionPlan.Amendment amendment = plan.openAmendment(reason);
		plans.opened(plan, amendment, currentUsers.actorName(), clock.instant());
		history.record(plan.id().value(), "ActionPlan", plan.id().value(), plan.name(),
				"plan.history.amendmentOpened", values(),
				values("amendment", amendment.number(), "reason", amendment.reason()));
		events.publishEvent(new PlanEvents.PlanAmended(plan.id(), plan.name(), amendment.number(), true,
				amendment.reason()));
		return amendment.number();
	}

	/** Closes the open amendment with the decision that adopted its changes. */
	@Transactional
	void closeAmendment(String planKey, String body, String decision, LocalDate date) {
		ActionPlan plan = plans.byKey(planKey).orElseThrow(() -> new NotFoundException("Planen"));
		ActionPlan.Amendment closed = plan.closeAmendment(body, decision, date);
		plans.closed(plan, closed, clock.instant());
		history.record(plan.id().value(), "ActionPlan", plan.id().value(), plan.name(),
				"plan.history.amendmentClosed", values("amendment", closed.number()),
				values("amendment", closed.number(), "decidedBy", closed.decidedBy(), "decision", closed.decision(),
						"decidedOn", String.valueOf(closed.decidedOn())));
		events.publishEvent(new PlanEvents.PlanAmended(plan.id(), plan.name(), closed.number(), false,
				closed.decidedBy() + " " + closed.decision() + " " + closed.decidedOn()));
	}

	@Transactional
	void archive(String planKey) {
		archive(plans.byKey(planKey).orElseThrow(() -> new NotFoundException("Planen")));
	}

	private void archive(ActionPlan plan) {
		PlanState before = plan.state();
		plan.archive();
		plans.save(plan);
		history.record(plan.id().value(), "ActionPlan", plan.id().value(), plan.name(), "plan.history.archived",
				values("state", before.name()), values("state", plan.state().name()));
		events.publishEvent(new PlanEvents.PlanStateChanged(plan.id(), plan.name(), before, plan.state()));
	}

	private ActionPlan editablePlan(String planKey) {
		ActionPlan plan = plans.byKey(planKey).orElseThrow(() -> new NotFoundException("Planen"));
		plan.requireEditable();
		return plan;
	}

	private void recordRevision(ActionPlan plan, String type, UUID itemId, String label, String summary,
			Map<String, Object> before, Map<String, Object> after) {
		history.record(plan.id().value(), type, itemId, label, summary, before, after);
		events.publishEvent(new PlanEvents.PlanItemRevised(plan.id(), type, itemId.toString(), label, before, after));
	}

	private static void requireVersion(int actual, int expected) {
		if (actual != expected) {
			throw new OptimisticLockingFailureException("changed since it was read");
		}
	}

	private static void requireUpdated(int updated) {
		if (updated == 0) {
			throw new OptimisticLockingFailureException("changed since it was read");
		}
	}

	private static String requireText(String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("text required");
		}
		return value.strip();
	}

	/** An ordered map that, unlike Map.of, keeps nulls (an empty description is a value worth showing). */
	private static Map<String, Object> values(Object... pairs) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1]);
		}
		return map;
	}

}
