package se.trygghet.indicator;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaLevel;
import se.trygghet.identity.CurrentUsers;
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

	private final ImportRuns runs;

	IndicatorTestAccess(PlatformMeasurements platform, IndicatorCatalog catalog, PlanCatalog plans, AreaCatalog areas,
			ImportRuns runs) {
		this.platform = platform;
		this.catalog = catalog;
		this.plans = plans;
		this.areas = areas;
		this.runs = runs;
	}

	/**
	 * Logs a finished nightly Kolada run that stored 10 values (4 new, 1 changed, 5 unchanged, 2 of them missing at
	 * Kolada) with one note, as a run against the real Kolada would; returns its id.
	 */
	public UUID loggedKoladaRunWithANote() {
		UUID run = runs.start(IndicatorImports.Kind.KOLADA, IndicatorImports.Trigger.NIGHTLY,
				CurrentUsers.SYSTEM, null, List.of("N07403"), "1980", 2016, 2026,
				KoladaImport.SOURCE);
		runs.finish(run, new ImportRuns.Result(IndicatorImports.State.SUCCEEDED, 10, 4, 1, 5, 2,
				List.of(ImportRuns.Problem.text("N07403", "N07403, gender K: not stored, since the indicator is not "
						+ "broken down by gender (figures for 2016–2019, 2021–2026; missing at Kolada for 2020).")),
				1, null, List.of(), 1, 1, 0));
		return run;
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
