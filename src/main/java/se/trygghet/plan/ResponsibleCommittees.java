package se.trygghet.plan;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The committees responsible for one activity, in the order the plan lists them, exactly one of which leads: the lead
 * gathers the others' input and submits the activity's report.
 */
public record ResponsibleCommittees(List<CommitteeId> inOrder, CommitteeId lead) {

	public ResponsibleCommittees {
		inOrder = List.copyOf(inOrder);
		Objects.requireNonNull(lead, "An activity needs a lead committee");
		if (inOrder.isEmpty()) {
			throw new IllegalArgumentException("An activity needs at least one responsible committee");
		}
		if (new LinkedHashSet<>(inOrder).size() != inOrder.size()) {
			throw new IllegalArgumentException("A committee is listed twice for the same activity");
		}
		if (!inOrder.contains(lead)) {
			throw new IllegalArgumentException("The lead committee must be one of the responsible committees");
		}
	}

	boolean isLead(CommitteeId committee) {
		return lead.equals(committee);
	}

}
