package se.trygghet.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;
import se.trygghet.area.AreaLevel;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.plan.IndicatorId;
import se.trygghet.plan.PlanCatalog;
import se.trygghet.plan.PlanFixtures;

/** An indicator that continues into the next plan keeps one series: its values are the same whichever plan asks. */
@PlatformIntegrationTest
class IndicatorSeriesAcrossPlansTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Measurements measurements;

	@Autowired
	IndicatorSetups setups;

	@Autowired
	IndicatorCatalog catalog;

	@Autowired
	PlanCatalog plans;

	@Autowired
	AreaCatalog areas;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	PlanCatalog.IndicatorOutline indicator(String key, String name) {
		PlanCatalog.PlanRef ref = plans.plans().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
		return plans.outline(ref.id())
			.orElseThrow()
			.focusAreas()
			.stream()
			.flatMap(f -> f.indicators().stream())
			.filter(i -> i.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	NewMeasurement value(IndicatorId indicator, String period, AreaId area, String value) {
		return new NewMeasurement(indicator, period, area, "", "Serietest", new BigDecimal(value),
				MeasurementStatus.NORMAL, null, null, null, "1", null, false);
	}

	List<String> values(IndicatorId indicator) {
		return catalog.series(indicator, IndicatorCatalog.SeriesQuery.all().fromSources(java.util.Set.of("Serietest")),
				Audience.INTERNAL).points().stream().map(p -> p.period() + "=" + p.value().toPlainString()).toList();
	}

	@Test
	void keepsOneSeriesForAnIndicatorThatContinuesIntoTheNextPlan() {
		TestUsers.signIn(Role.COORDINATOR);
		String previous = PlanFixtures.importCopy(context, "serie-2021-2023");
		PlanCatalog.IndicatorOutline old = indicator(previous, "Antal anmälda narkotikabrott");
		PlanCatalog.IndicatorOutline real = indicator("vasteras-2021-2023", "Antal anmälda narkotikabrott");
		setups.insert(old.id(), plans.plans().stream().filter(p -> p.key().equals(previous)).findFirst().orElseThrow().id(),
				setups.all().get(real.id()).setup(), Instant.now());
		AreaId kommun = areas.area("1980", AreaLevel.KOMMUN, "1980").orElseThrow().id();
		measurements.upsert(List.of(value(old.id(), "1981", kommun, "101"), value(old.id(), "1982", kommun, "102")));

		String next = PlanFixtures.draftNext(context, previous, 2024, 2027);
		PlanCatalog.IndicatorOutline continued = indicator(next, "Antal anmälda narkotikabrott");

		assertThat(continued.id()).isNotEqualTo(old.id());
		// what was measured under the old plan is the new plan's series too, and a new value joins both
		assertThat(values(continued.id())).containsExactly("1981=101", "1982=102");
		measurements.upsert(List.of(value(continued.id(), "1983", kommun, "103")));
		assertThat(values(old.id())).containsExactly("1981=101", "1982=102", "1983=103");
		assertThat(values(continued.id())).isEqualTo(values(old.id()));
		// the same value written through either plan's indicator is one value, not two
		assertThat(measurements.upsert(List.of(value(continued.id(), "1981", kommun, "101"))).unchanged()).isEqualTo(1);
	}

}
