package se.trygghet.plan;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Lets work above the plan that changes how a plan is being made (e.g. its consultation) write a step into the plan's
 * history, so the history page shows it beside the plan's own changes, without the plan knowing that module. A step
 * also moves the plan's revision, like any change to the plan, so pages cached by revision show it at once.
 */
public interface PlanJournal {

	/**
	 * One step: what it concerns (a kind, its id and a label a person reads), a message key saying what happened, and
	 * the values worth showing after it (field → value; none for a step that shows no values).
	 */
	void note(ActionPlanId plan, String itemType, UUID itemId, String itemLabel, String summaryKey,
			@Nullable Map<String, ?> after);

}
