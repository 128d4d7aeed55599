package se.trygghet.plan;

import java.util.List;
import java.util.Objects;

/**
 * Work elsewhere that carries out an activity, e.g. the interventions tied to it. Modules above the plan implement
 * this, and the activity page lists what every implementation returns, so the plan never depends on them. The
 * activity page is rendered per request, so a link shows as soon as its module has stored it.
 */
public interface ActivityLinks {

	/** What refers to the activity, as texts in the current request's language. */
	List<ActivityLink> linksFor(ActivityId activity);

	/**
	 * One thing tied to an activity: what kind of thing it is (e.g. "Insats"), its title, where to read it and its
	 * status in words.
	 */
	record ActivityLink(String kind, String title, String href, String status) {

		public ActivityLink {
			Objects.requireNonNull(kind);
			Objects.requireNonNull(title);
			Objects.requireNonNull(href);
			Objects.requireNonNull(status);
		}

	}

}
