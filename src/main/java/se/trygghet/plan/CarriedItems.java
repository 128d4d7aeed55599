package se.trygghet.plan;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.trygghet.system.Refusal;

/**
 * The rules for what becomes of the focus areas, goals and indicators a draft of the next plan carried over from the
 * previous plan. Each is carried as a copy (with its origin) and may be changed in the draft or ended with a reason,
 * which takes the copy out of the draft. As with the activities' fates, nothing can be chosen once the draft is
 * adopted. An indicator keeps its measurement series through a change, unless the change would make the series
 * incomparable (another unit or direction): then the coordinator must say that a new series starts.
 */
final class CarriedItems {

	/**
	 * What kind of item a carried fate is about, and its segment in the URL of its page
	 * ({@code /plans/{key}/succession/indicators/{id}}), which binds to it as a path variable.
	 */
	enum Kind {

		FOCUS_AREA("focus-areas"), GOAL("goals"), INDICATOR("indicators");

		private final String path;

		Kind(String path) {
			this.path = path;
		}

		String path() {
			return path;
		}

		/** The kind a URL segment names; refused (a 400 when bound from a path) for any other segment. */
		static Kind ofPath(String segment) {
			for (Kind kind : values()) {
				if (kind.path.equals(segment)) {
					return kind;
				}
			}
			throw new IllegalArgumentException("Not a kind of carried item: " + segment);
		}

	}

	/** An indicator as the draft would state it. */
	public record Indicator(String name, String unit, Direction direction, @Nullable String definition) {

		public Indicator {
			Objects.requireNonNull(name);
			Objects.requireNonNull(unit);
			Objects.requireNonNull(direction);
		}

		/** Figures of the other indicator can stand in one series with this one's. */
		boolean comparableWith(Indicator other) {
			return unit.strip().equalsIgnoreCase(other.unit.strip()) && direction == other.direction;
		}

	}

	private final PlanState draftState;

	CarriedItems(PlanState draftState) {
		this.draftState = Objects.requireNonNull(draftState);
	}

	/** The item ends with the next plan; returns the reason to keep, required and shown wherever its fate is. */
	String end(@Nullable String reason) {
		requireDraft();
		if (reason == null || reason.isBlank()) {
			throw Refusal.on("reason", "plan.succession.item.reasonRequired");
		}
		return reason.strip();
	}

	/**
	 * A focus area ends only once nothing is left in it: its activities, goals and indicators ended or moved first,
	 * so that none of them leaves the draft without a fate of its own.
	 */
	String endFocusArea(@Nullable String reason, int itemsLeft) {
		String why = end(reason);
		if (itemsLeft > 0) {
			throw Refusal.of("plan.succession.focusArea.notEmpty", String.valueOf(itemsLeft));
		}
		return why;
	}

	/**
	 * The carried indicator becomes {@code changed}. Returns whether it starts a new measurement series: only when
	 * asked, and it must be asked for when the change makes the old figures incomparable with the new ones.
	 */
	boolean changeIndicator(Indicator origin, Indicator changed, boolean newSeries) {
		requireDraft();
		if (changed.name().isBlank()) {
			throw Refusal.on("name", "plan.succession.indicator.nameRequired");
		}
		if (changed.unit().isBlank()) {
			throw Refusal.on("unit", "plan.succession.indicator.unitRequired");
		}
		if (!newSeries && !origin.comparableWith(changed)) {
			throw Refusal.on("unit", "plan.succession.indicator.incomparable");
		}
		return newSeries;
	}

	/** A carried goal or focus area gets a new text; the text is required. */
	String change(String field, @Nullable String text) {
		requireDraft();
		if (text == null || text.isBlank()) {
			throw Refusal.on(field, "plan.succession.item.textRequired");
		}
		return text.strip();
	}

	/** Refuses any choice once the draft is adopted: the fates are then part of the decision. */
	void requireDraft() {
		if (draftState != PlanState.DRAFT) {
			throw Refusal.of("plan.succession.notDraft");
		}
	}

}
