package se.trygghet.followup;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a report says about the perspectives the plan asks the work to be followed up with: the child-rights
 * perspective (with whether children were consulted), the gender-equality perspective, and "olika indelningsgrunder
 * som till exempel personer med funktionsnedsättning, ålder och etnisk bakgrund" (the plan's words). Every part is
 * optional. The other groupings are one text with the groupings it concerns ticked: the plan names them as examples
 * and an activity rarely speaks to each apart, so one text keeps the form short while the ticks keep each grouping
 * countable. {@code childrenConsulted} is null until the report says: a missing answer is never a "no".
 */
public record Perspectives(@Nullable String childRights, @Nullable ChildrenConsulted childrenConsulted,
		@Nullable String genderEquality, @Nullable String otherGroupings, Set<Grouping> groupings) {

	public static final Perspectives NONE = new Perspectives(null, null, null, null, Set.of());

	/** Whether children were consulted (barn har fått komma till tals) in the activity. */
	public enum ChildrenConsulted {

		JA, NEJ, EJ_RELEVANT

	}

	/** The other groupings the plan names. */
	public enum Grouping {

		FUNKTIONSNEDSATTNING, ALDER, ETNISK_BAKGRUND

	}

	public Perspectives {
		childRights = ReportTexts.clean(childRights);
		genderEquality = ReportTexts.clean(genderEquality);
		otherGroupings = ReportTexts.clean(otherGroupings);
		// in the enum's order, so that versions compare equal when nothing changed
		groupings = groupings.isEmpty() ? Set.of()
				: Collections.unmodifiableSet(EnumSet.copyOf(groupings));
	}

	public boolean addressesChildRights() {
		return childRights != null;
	}

	public boolean addressesGenderEquality() {
		return genderEquality != null;
	}

	/** A grouping counts as addressed when the text about the other groupings says it concerns it. */
	public boolean addresses(Grouping grouping) {
		return otherGroupings != null && groupings.contains(grouping);
	}

	public boolean saysNothing() {
		return equals(NONE);
	}

	/** The groupings' text and its ticks belong together: a submitted report has both or neither. */
	Map<String, String> problemsForSubmission() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (otherGroupings != null && groupings.isEmpty()) {
			problems.put("groupings", "followup.perspectives.groupings.missing");
		}
		if (otherGroupings == null && !groupings.isEmpty()) {
			problems.put("otherGroupings", "followup.perspectives.otherGroupings.missing");
		}
		return problems;
	}

	void putInto(Map<String, Object> values) {
		values.put("childRights", childRights == null ? "" : childRights);
		values.put("childrenConsulted", childrenConsulted == null ? "" : childrenConsulted.name());
		values.put("genderEquality", genderEquality == null ? "" : genderEquality);
		values.put("otherGroupings", otherGroupings == null ? "" : otherGroupings);
		values.put("groupings", String.join(",", groupings.stream().map(Grouping::name).toList()));
	}

}
