package se.trygghet.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.area.AreaId;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.plan.PlanCatalog;
import se.trygghet.plan.PlanState;
import se.trygghet.situation.KartlaggningFigures;

/** The indicator module gives the joint lägesbild its indicators measured per area. */
@PlatformIntegrationTest
class SituationIndicatorFiguresTests {

	@Autowired
	KartlaggningFigures figures;

	@Autowired
	Measurements measurements;

	@Autowired
	IndicatorCatalog catalog;

	@Autowired
	PlanCatalog plans;

	@Autowired
	JdbcClient jdbc;

	@Test
	void givesEachAreasValueForTheYearBesideTheYearBeforeButNotTheMunicipalitysOwn() {
		PlanCatalog.PlanRef plan = plans.plans()
			.stream()
			.filter(p -> p.state() == PlanState.ADOPTED)
			.findFirst()
			.orElse(plans.plans().get(0));
		IndicatorCatalog.IndicatorSummary indicator = catalog.indicators(plan.id(), Audience.INTERNAL)
			.stream()
			.filter(i -> i.setup().kind() == IndicatorSetup.Kind.RAW)
			.findFirst()
			.orElseThrow();
		UUID district = jdbc.sql("select id from area where level = 'STADSDEL' order by name limit 1")
			.query(UUID.class).single();
		String districtName = jdbc.sql("select name from area where id = :id").param("id", district)
			.query(String.class).single();
		UUID kommun = jdbc.sql("select id from area where level = 'KOMMUN' and code = '1980'").query(UUID.class).single();
		TestUsers.signIn(Role.COORDINATOR);
		try {
			assertThat(measurements.upsert(List.of(value(indicator, "2098", district, "12.5"),
					value(indicator, "2097", district, "10"), value(indicator, "2098", kommun, "11")))
				.problems()).isEmpty();
			List<KartlaggningFigures.IndicatorFigure> found = figures.forYear(2098)
				.stream()
				.filter(f -> f.name().equals(indicator.name()))
				.toList();
			assertThat(found).containsExactly(new KartlaggningFigures.IndicatorFigure(indicator.name(), districtName,
					new BigDecimal("12.5"), new BigDecimal("10"), indicator.unit(), false));
		}
		finally {
			jdbc.sql("delete from measurement where source = 'Lägesbildsprov'").update();
			jdbc.sql("update indicator_revision set revision = revision + 1").update();
			TestUsers.signOut();
		}
	}

	private static NewMeasurement value(IndicatorCatalog.IndicatorSummary indicator, String year, UUID area,
			String value) {
		return new NewMeasurement(indicator.id(), year, new AreaId(area), "", "Lägesbildsprov", new BigDecimal(value),
				MeasurementStatus.NORMAL, null, null, null, "1", null, false);
	}

}
