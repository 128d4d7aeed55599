package se.trygghet.followup;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many of the lead committees' reports (one per activity) address each perspective, and what they answer on
 * whether children were consulted. The round's dashboard and the annual report's chapter both count with this, so
 * their figures cannot differ. An unanswered "children consulted" is counted as not stated, never as a no.
 */
record PerspectiveCounts(int reports, int childRights, Map<Perspectives.ChildrenConsulted, Integer> consulted,
		int consultedNotStated, int genderEquality, Map<Perspectives.Grouping, Integer> groupings) {

	static PerspectiveCounts of(Collection<Perspectives> reports) {
		Map<Perspectives.ChildrenConsulted, Integer> consulted = new EnumMap<>(Perspectives.ChildrenConsulted.class);
		Map<Perspectives.Grouping, Integer> groupings = new EnumMap<>(Perspectives.Grouping.class);
		int childRights = 0;
		int notStated = 0;
		int gender = 0;
		for (Perspectives p : reports) {
			childRights += p.addressesChildRights() ? 1 : 0;
			gender += p.addressesGenderEquality() ? 1 : 0;
			if (p.childrenConsulted() == null) {
				notStated++;
			}
			else {
				consulted.merge(p.childrenConsulted(), 1, Integer::sum);
			}
			for (Perspectives.Grouping g : Perspectives.Grouping.values()) {
				if (p.addresses(g)) {
					groupings.merge(g, 1, Integer::sum);
				}
			}
		}
		return new PerspectiveCounts(reports.size(), childRights, Map.copyOf(consulted), notStated, gender,
				Map.copyOf(groupings));
	}

	public int consulted(Perspectives.ChildrenConsulted answer) {
		return consulted.getOrDefault(answer, 0);
	}

	public int grouping(Perspectives.Grouping grouping) {
		return groupings.getOrDefault(grouping, 0);
	}

}
