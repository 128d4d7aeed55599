package se.trygghet.plan;

import java.util.List;
import java.util.Objects;

/**
 * Work elsewhere about a whole plan, e.g. its consultation. Modules above the plan implement this, and the plan's
 * overview and history pages link to what every implementation returns, so the plan never depends on them. What a
 * link says must not depend on who reads it: the overview is rendered once for all readers with the same rights.
 */
public interface PlanLinks {

	/** What to link from the plan's pages, in the current request's language. */
	List<PlanLink> linksFor(ActionPlanId plan, PlanState state);

	/** A link: its text, where it leads, and whether only plan editors (coordinators, admins) are shown it. */
	record PlanLink(String title, String href, boolean editorsOnly) {

		public PlanLink {
			Objects.requireNonNull(title);
			Objects.requireNonNull(href);
		}

	}

}
