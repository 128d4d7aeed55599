package se.trygghet.plan;

import java.util.List;
import java.util.Objects;

/**
 * Work elsewhere that ties one of the plan's indicators to an activity, e.g. a follow-up report linking the
 * indicators it bears on. Modules above the plan implement this (like {@link ActivityLinks}), and
 * {@link ActivityIndicators} adds what every implementation returns, so the plan never depends on them.
 */
public interface ActivityIndicatorLinks {

	List<Link> forActivity(ActivityId activity);

	List<Link> forIndicator(IndicatorId indicator);

	/** An indicator tied to an activity, and by what, in the request's language (e.g. "rapport i Uppföljning 2023"). */
	record Link(ActivityId activity, IndicatorId indicator, String by) {

		public Link {
			Objects.requireNonNull(activity);
			Objects.requireNonNull(indicator);
			Objects.requireNonNull(by);
		}

	}

}
