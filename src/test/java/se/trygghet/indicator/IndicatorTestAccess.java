package se.trygghet.indicator;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaLevel;
import se.trygghet.indicator.IndicatorCatalog.Point;
import se.trygghet.plan.PlanCatalog;

/**
 * Lets tests outside this package run the hourly refresh of the platform's own indicators now and read what it wrote,
 * through the same catalog every page reads.
 */
@Component
public class IndicatorTestAccess {

	private final PlatformMeasurements platform;

	private final IndicatorCatalog catalog;

	private final PlanCatalog plans;

	private final AreaCatalog areas;

	IndicatorTestAccess(PlatformMeasurements platform, IndicatorCatalog catalog, PlanCatalog plans, AreaCatalog areas) {
		this.platform = platform;
		this.catalog = catalog;
		this.plans = plans;
		this.areas = areas;
	}

	/** Runs the refresh the scheduler runs every hour. */
	public void refreshPlatformIndicators() {
		platform.refresh();
	}

	/**
	 * The value the platform itself stored for the municipality as a whole for one of Västerås' indicators and a year,
	 * as the audience reads it; empty when nothing was stored.
	 */
	public Optional<Point> platformValue(String indicator, int year, Audience audience) {
		IndicatorCatalog.IndicatorSummary summary = IndicatorFixtures.vasteras(plans, catalog, audience, indicator);
		var kommun = areas.atLevel("1980", AreaLevel.KOMMUN).get(0).id();
		List<Point> points = catalog
			.series(summary.id(), IndicatorCatalog.SeriesQuery.yearlyTotal(kommun)
				.between(Period.year(year), Period.year(year))
				.fromSources(java.util.Set.of(PlatformMeasurements.SOURCE)), audience)
			.points();
		return points.stream().findFirst();
	}

}
