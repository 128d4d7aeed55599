package se.trygghet.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaLevel;
import se.trygghet.indicator.IndicatorCatalog.IndicatorSummary;
import se.trygghet.indicator.IndicatorCatalog.Point;
import se.trygghet.plan.Direction;
import se.trygghet.plan.PlanCatalog;

/** The plan's 25 indicators as set up on first start, and the figures the plan itself states. */
@PlatformIntegrationTest
class IndicatorDefinitionsTests {

	@Autowired
	IndicatorCatalog catalog;

	@Autowired
	PlanCatalog plans;

	@Autowired
	AreaCatalog areas;

	List<IndicatorSummary> indicators(Audience audience) {
		return IndicatorFixtures.vasteras(plans, catalog, audience);
	}

	IndicatorSummary indicator(String name) {
		return IndicatorFixtures.vasteras(plans, catalog, Audience.INTERNAL, name);
	}

	@Test
	void setsUpAllTwentyFiveIndicatorsOfThePlanWithTheirDirectionsAndSources() {
		List<IndicatorSummary> all = indicators(Audience.INTERNAL);
		assertThat(all).hasSize(25);
		assertThat(all).filteredOn(i -> i.focusArea() == 1)
			.extracting(IndicatorSummary::name, IndicatorSummary::direction, IndicatorSummary::source)
			.containsExactly(tuple("Valdeltagande", Direction.INCREASE, "Valmyndigheten"),
					tuple("Tillit bland barn", Direction.INCREASE, "Västerås stads elevenkät"),
					tuple("Tillit bland vuxna", Direction.INCREASE, "Folkhälsomyndigheten, Hälsa på lika villkor"),
					tuple("Sysselsättningsgrad", Direction.INCREASE, "SCB"),
					tuple("Förtroende för olika institutioner", Direction.INCREASE, "Brå NTU"),
					tuple("Unga som är nöjda med sin fritid", Direction.INCREASE, "Västerås stads elevenkät"));
		assertThat(all).extracting(IndicatorSummary::focusArea).containsOnly(1, 2, 3, 4, 5, 6);
		assertThat(all).filteredOn(i -> i.direction() == Direction.DECREASE)
			.extracting(IndicatorSummary::name)
			.contains("Anmälda brott", "Antal anmälda våldsbrott", "Antal anmälda narkotikabrott",
					"Andel som utsatts för kränkande behandling i skolan")
			.hasSize(12);
		assertThat(all).filteredOn(i -> i.koladaKpi() != null)
			.extracting(IndicatorSummary::koladaKpi)
			.containsExactly("N05401", "N00914", "N07540", "N15428", "N07403");
	}

	@Test
	void givesEachIndicatorItsKindMeasureAndBreakdowns() {
		IndicatorSetup crimes = indicator("Antal anmälda våldsbrott").setup();
		assertThat(crimes.kind()).isEqualTo(IndicatorSetup.Kind.CALCULATED);
		assertThat(crimes.measure()).isEqualTo(IndicatorSetup.MeasureType.RATE);
		assertThat(crimes.calculation().factor()).isEqualByComparingTo("100000");
		IndicatorSetup reports = indicator("Antal rapporter om otrygga platser i offentlig miljö").setup();
		assertThat(reports.kind()).isEqualTo(IndicatorSetup.Kind.PLATFORM);
		assertThat(reports.platformSource()).isEqualTo(PlatformSources.UNSAFE_PLACE_REPORTS);
		IndicatorSetup forumActors = indicator("Antal olika aktörer som deltar i olika forum och möten").setup();
		assertThat(forumActors.platformSource()).isEqualTo(PlatformSources.FORUM_ACTORS);
		IndicatorSetup process = indicator("Nöjdhet gällande processen för samarbetet").setup();
		assertThat(process.kind()).isEqualTo(IndicatorSetup.Kind.PLATFORM);
		assertThat(process.measure()).isEqualTo(IndicatorSetup.MeasureType.INDEX);
		assertThat(process.platformSource()).isEqualTo(PlatformSources.FORUM_SATISFACTION_PROCESS);
		assertThat(process.methodNotes()).startsWith("Enkät till samverkansaktörerna, 1–5, redovisat som index 0–100");
		assertThat(indicator("Nöjdhet gällande resultatet/effekten av samarbetet").setup().platformSource())
			.isEqualTo(PlatformSources.FORUM_SATISFACTION_RESULT);
		IndicatorSetup safe = indicator("Andel som känner sig trygga i sitt bostadsområde").setup();
		assertThat(safe.breakdowns()).containsEntry("kon", List.of("kvinnor", "man"))
			.containsEntry("alder", List.of("16-19", "20-24", "25-44", "45-64", "65plus"));
		assertThat(safe.suppression()).isEqualTo(IndicatorSetup.SuppressionClass.SURVEY);
		// the plan states no targets, so none is set
		assertThat(indicators(Audience.INTERNAL)).allSatisfy(i -> assertThat(i.setup().target()).isNull());
	}

	@Test
	void storesTheFiguresThePlanStatesAsRealMeasurementsForTheMunicipality() {
		AreaCatalog.AreaRef kommun = areas.area("1980", AreaLevel.KOMMUN, "1980").orElseThrow();
		IndicatorSummary turnout = indicator("Valdeltagande");
		assertThat(turnout.setup().baseline()).isEqualTo(new IndicatorSetup.Baseline(Period.year(2018), new BigDecimal(84)));
		List<Point> stated = catalog
			.series(turnout.id(), IndicatorCatalog.SeriesQuery.all().fromSources(java.util.Set.of("Handlingsplanen")),
					Audience.PUBLIC)
			.points();
		assertThat(stated).extracting(p -> p.period().toString(), Point::area, p -> p.breakdown().key(),
				p -> p.value().intValue(), Point::demo)
			.containsExactlyInAnyOrder(tuple("2018", kommun.id(), "", 84, false),
					tuple("2018", kommun.id(), "valdistrikt=hogst", 94, false),
					tuple("2018", kommun.id(), "valdistrikt=lagst", 61, false));
		IndicatorSummary vocational = indicator("Andel behöriga till yrkesprogram i gymnasiet");
		assertThat(catalog
			.series(vocational.id(), IndicatorCatalog.SeriesQuery.all().fromSources(java.util.Set.of("Handlingsplanen")),
					Audience.PUBLIC)
			.points()).extracting(p -> p.period().toString(), p -> p.breakdown().key(), p -> p.value().intValue())
			.containsExactlyInAnyOrder(tuple("2019", "kon=pojkar", 84), tuple("2019", "kon=flickor", 83));
		// the plan gives no total for 2019, so the vocational indicator has no stated baseline
		assertThat(vocational.setup().baseline()).isNull();
	}

}
