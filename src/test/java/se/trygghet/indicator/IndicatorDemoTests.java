package se.trygghet.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaLevel;
import se.trygghet.indicator.IndicatorCatalog.IndicatorSummary;
import se.trygghet.indicator.IndicatorCatalog.Point;
import se.trygghet.indicator.IndicatorCatalog.Series;
import se.trygghet.indicator.IndicatorCatalog.SeriesQuery;
import se.trygghet.plan.PlanCatalog;

/** The demo profile's invented series: present for every indicator, and marked as demo wherever they are read. */
@PlatformIntegrationTest
class IndicatorDemoTests {

	@Autowired
	IndicatorCatalog catalog;

	@Autowired
	PlanCatalog plans;

	@Autowired
	AreaCatalog areas;

	@Autowired
	JdbcClient jdbc;

	List<IndicatorSummary> indicators(Audience audience) {
		return IndicatorFixtures.vasteras(plans, catalog, audience);
	}

	IndicatorSummary indicator(String name, Audience audience) {
		return IndicatorFixtures.vasteras(plans, catalog, audience, name);
	}

	@Test
	void givesEveryIndicatorInventedYearlyValuesMarkedAsDemo() {
		assertThat(indicators(Audience.PUBLIC)).hasSize(25).allSatisfy(indicator -> {
			assertThat(indicator.latest()).as(indicator.name()).isNotNull();
			if (indicator.setup().platformSource() == null) {
				assertThat(indicator.latest().period())
					.isEqualTo(Period.year(indicator.name().equals("Valdeltagande") ? 2022 : 2023));
			}
			else if (indicator.latest().period().end().isAfter(Period.year(2023).end())) {
				// counted by the platform up to this year once its hourly refresh has run: the latest is the year so far
				assertThat(indicator.latest().status()).isEqualTo(MeasurementStatus.PRELIMINARY);
			}
			assertThat(indicator.latest().demo()).isTrue();
			assertThat(indicator.demo()).isTrue();
		});
		assertThat(jdbc.sql("select count(*) from measurement where source = 'demo' and not demo").query(Long.class).single())
			.isZero();
		// besides the invented series, only the platform's own counts are demo: counted over demo reports and forums
		assertThat(jdbc.sql("select count(*) from measurement where demo and source not in ('demo', :platform)")
			.param("platform", PlatformMeasurements.SOURCE)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void coversTheMunicipalityByGenderAndEveryDemoArea() {
		IndicatorSummary safe = indicator("Andel som känner sig trygga i sitt bostadsområde", Audience.INTERNAL);
		Series series = catalog.series(safe.id(), SeriesQuery.all().between(Period.year(2019), Period.year(2019)),
				Audience.INTERNAL);
		AreaCatalog.AreaRef kommun = areas.area("1980", AreaLevel.KOMMUN, "1980").orElseThrow();
		assertThat(series.points()).filteredOn(p -> p.area().equals(kommun.id()))
			.extracting(p -> p.breakdown().key())
			.containsExactlyInAnyOrder("", "kon=kvinnor", "kon=man");
		// the demo file's kommundel and stadsdelar; not the travel centre, which is a place, not a part of the city
		assertThat(series.points()).filteredOn(p -> !p.area().equals(kommun.id()))
			.extracting(p -> areas.area(p.area()).orElseThrow().code())
			.containsExactlyInAnyOrder("skultuna", "centrum", "vetterslund", "hammarby", "skallberget", "onsta-gryta",
					"pettersberg", "raby", "backby", "viksang");
		assertThat(series.sources()).containsExactly("demo");
		assertThat(series.demo()).isTrue();
	}

	@Test
	void saysWhenASeriesHoldsRealAndDemoValues() {
		IndicatorSummary turnout = indicator("Valdeltagande", Audience.PUBLIC);
		AreaCatalog.AreaRef kommun = areas.area("1980", AreaLevel.KOMMUN, "1980").orElseThrow();
		Series total = catalog.series(turnout.id(), SeriesQuery.yearlyTotal(kommun.id()), Audience.PUBLIC);
		// 2018 is the plan's own figure, which goes before the invented one; 2022 is invented
		assertThat(total.points()).extracting(p -> p.period().toString(), Point::source, Point::demo)
			.containsExactly(org.assertj.core.api.Assertions.tuple("2018", "Handlingsplanen", false),
					org.assertj.core.api.Assertions.tuple("2022", "demo", true));
		assertThat(total.sources()).containsExactly("Handlingsplanen", "demo");
		assertThat(total.mixesRealAndDemo()).isTrue();
		assertThat(catalog.series(turnout.id(), SeriesQuery.yearlyTotal(kommun.id()).fromSources(Set.of("demo")),
				Audience.PUBLIC).points()).extracting(Point::demo).containsOnly(true).hasSize(2);
	}

	@Test
	void cannotJudgeTheSeriesWhoseMethodChanged() {
		IndicatorSummary safe = indicator("Andel som känner sig trygga i sitt bostadsområde", Audience.PUBLIC);
		assertThat(safe.assessment().verdict()).isEqualTo(Verdict.KAN_INTE_BEDOMAS);
		assertThat(safe.assessment().reason()).isEqualTo(IndicatorCatalog.Assessment.Reason.METHOD_CHANGED);
		assertThat(indicators(Audience.PUBLIC)).extracting(i -> i.assessment().verdict())
			.contains(Verdict.FORBATTRAS, Verdict.FORSAMRAS, Verdict.OFORANDRAD);
	}

	@Test
	void withholdsSmallCountsAndFewRespondentsFromThePublicOnly() {
		IndicatorSummary supply = indicator("Antal anmälda brott avseende langning", Audience.PUBLIC);
		List<Point> internal = catalog.series(supply.id(), SeriesQuery.all(), Audience.INTERNAL).points();
		List<Point> forPublic = catalog.series(supply.id(), SeriesQuery.all(), Audience.PUBLIC).points();
		assertThat(internal).anyMatch(p -> p.value() != null && p.value().intValue() > 0 && p.value().intValue() < 3);
		assertThat(internal).noneMatch(p -> p.suppressed() != null);
		assertThat(forPublic).hasSameSizeAs(internal)
			.noneMatch(p -> p.value() != null && p.value().intValue() > 0 && p.value().intValue() < 3)
			.anyMatch(p -> p.suppressed() == IndicatorCatalog.SuppressionReason.SMALL_COUNT
					&& p.status() == MeasurementStatus.SUPPRESSED);

		IndicatorSummary trust = indicator("Tillit bland barn", Audience.PUBLIC);
		assertThat(catalog.series(trust.id(), SeriesQuery.all(), Audience.PUBLIC).points())
			.anyMatch(p -> p.suppressed() == IndicatorCatalog.SuppressionReason.FEW_RESPONDENTS);
	}

}
