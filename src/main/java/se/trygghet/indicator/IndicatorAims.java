package se.trygghet.indicator;

import java.util.List;
import java.util.Objects;
import se.trygghet.plan.IndicatorId;

/**
 * Work above this module that aims to move an indicator, e.g. the problems and interventions of the knowledge-based
 * cycle that name it. Modules above implement this, and the indicator page lists what every implementation returns,
 * so {@code indicator} never depends on them. (The plan's activities come through {@code plan}'s
 * {@code ActivityIndicators}, which is below.)
 */
public interface IndicatorAims {

	/** What aims at the indicator, in the request's language, as much as the signed-in user may read. */
	List<Aim> aimingAt(IndicatorId indicator);

	/** One piece of work: what kind it is (e.g. "Insats"), its title, where to read it and its status in words. */
	record Aim(String kind, String title, String href, String status) {

		public Aim {
			Objects.requireNonNull(kind);
			Objects.requireNonNull(title);
			Objects.requireNonNull(href);
			Objects.requireNonNull(status);
		}

	}

}
