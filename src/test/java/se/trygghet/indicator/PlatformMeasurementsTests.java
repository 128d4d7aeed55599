package se.trygghet.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.plan.PlanCatalog;

@PlatformIntegrationTest
class PlatformMeasurementsTests {

	@Autowired
	IndicatorSetups setups;

	@Autowired
	PlanCatalog plans;

	@Autowired
	AreaCatalog areas;

	@Autowired
	Measurements measurements;

	@Autowired
	CurrentUsers currentUsers;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	/** Reports of unsafe places as a resident module would count them: 4 everywhere, except nothing measured in 2020. */
	record Reports() implements PlatformIndicatorSource {

		@Override
		public String key() {
			return PlatformSources.UNSAFE_PLACE_REPORTS;
		}

		@Override
		public String name() {
			return "Rapporter (test)";
		}

		@Override
		public long count(Period period, AreaId area) {
			return 4;
		}

		@Override
		public OptionalDouble value(Period period, AreaId area) {
			return period.year() == 2020 ? OptionalDouble.empty() : OptionalDouble.of(count(period, area));
		}

	}

	private PlatformMeasurements platform(PlatformIndicatorSource... implemented) {
		return new PlatformMeasurements(new PlatformSources(List.of(implemented)), setups, plans, areas, measurements,
				currentUsers, clock, "1980");
	}

	private List<String> storedYears() {
		return jdbc.sql("""
				select distinct m.period from measurement m join indicator i on i.id = m.indicator_id
				 join focus_area f on f.id = i.focus_area_id join action_plan p on p.id = f.plan_id
				 where i.name = 'Antal rapporter om otrygga platser i offentlig miljö'
				   and p.plan_key = 'vasteras-2021-2023' and m.source = :source and m.value = 4
				 order by 1
				""").param("source", PlatformMeasurements.SOURCE).query(String.class).list();
	}

	@Test
	void storesEachPlanYearsCountOnceAndLeavesAYearWithNothingMeasuredMissing() {
		assertThat(platform(new Reports()).refresh().written()).isTrue();
		// the plan runs 2021–2023; 2020 is its baseline year, where this source measured nothing
		assertThat(storedYears()).containsExactly("2021", "2022", "2023");
		Measurements.Outcome again = platform(new Reports()).refresh();
		assertThat(again.added() + again.changed()).as("an unchanged count writes nothing").isZero();
	}

	@Test
	void storesNothingForASourceNoModuleImplements() {
		assertThat(platform().refresh().added()).isZero();
	}

}
