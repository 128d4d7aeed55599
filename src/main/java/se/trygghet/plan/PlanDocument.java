package se.trygghet.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A whole plan as it travels in a plan file (YAML or JSON, format {@value #FORMAT}): the same shape is read on import
 * and written on export, so an exported plan can be imported again unchanged. Version 2 adds the lineage (the plan it
 * was drawn from by key, each item's origin in it by number, position or name, and the fates of that plan's
 * activities, and the focus areas, goals and indicators of that plan this one ended, with their reasons) and the
 * indicators an activity names; version 1 ({@value #FORMAT_1}) is still read, without them.
 */
record PlanDocument(Header plan, List<CommitteeEntry> committees, List<OrgBodyEntry> organisation,
		List<FocusAreaEntry> focusAreas, List<FateEntry> fates, List<ItemEnding> endings) {

	static final String FORMAT = "trygghetsplattformen/plan@2";

	static final String FORMAT_1 = "trygghetsplattformen/plan@1";

	public record Header(String key, String name, String municipality, int periodFrom, int periodTo, PlanState state,
			@Nullable String adoptedBy, @Nullable String adoptionDecision, @Nullable LocalDate adoptedOn,
			@Nullable String source, @Nullable String description, @Nullable String predecessor) {
	}

	/** A goal of the predecessor: its focus area's number and its position there, counted from 1. */
	public record GoalRef(int focusArea, int position) {
	}

	/** An indicator by its focus area's number and its name (of this plan, or of the predecessor for an origin). */
	public record IndicatorRef(int focusArea, String name) {
	}

	/**
	 * What became of an activity of the predecessor (its number there): its successor is an activity of this plan
	 * (by number), none when it ended, which always has a reason.
	 */
	public record FateEntry(String activity, Disposition disposition, @Nullable String reason, @Nullable String successor) {
	}

	/**
	 * A focus area (by number), goal or indicator of the predecessor that this plan ended, with the reason: exactly one
	 * of the three names it.
	 */
	public record ItemEnding(@Nullable Integer focusArea, @Nullable GoalRef goal, @Nullable IndicatorRef indicator,
			String reason) {

		CarriedItems.Kind kind() {
			return focusArea != null ? CarriedItems.Kind.FOCUS_AREA
					: goal != null ? CarriedItems.Kind.GOAL : CarriedItems.Kind.INDICATOR;
		}

	}

	public record CommitteeEntry(String name, @Nullable String shortName) {
	}

	public record OrgBodyEntry(String name, OrganisationLevel level, String role, @Nullable String committee,
			boolean allCommittees) {
	}

	/** {@code goalOrigins} runs beside {@code goals}: each goal's origin, null for a goal new in this plan. */
	public record FocusAreaEntry(int number, String title, @Nullable String description, List<String> goals,
			List<IndicatorEntry> indicators, List<ActivityEntry> activities, @Nullable Integer origin,
			List<@Nullable GoalRef> goalOrigins) {
	}

	public record IndicatorEntry(String name, String unit, Direction direction, String source, @Nullable String koladaKpi,
			@Nullable String definition, List<StatedFigure> statedFigures, @Nullable IndicatorRef origin) {
	}

	public record StatedFigure(String description, String period, BigDecimal value, String unit) {
	}

	public record ActivityEntry(String number, String text, List<String> committees, String lead, boolean leadConfirmed,
			@Nullable String note, @Nullable String origin, List<IndicatorRef> indicators) {
	}

}
