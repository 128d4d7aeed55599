package se.trygghet.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;
import se.trygghet.area.AreaLevel;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.plan.PlanCatalog;

@PlatformIntegrationTest
class PlatformMeasurementsTests {

	static final String REPORTS = "Antal rapporter om otrygga platser i offentlig miljö";

	static final String SATISFACTION = "Nöjdhet gällande processen för samarbetet";

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
	IndicatorCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	/**
	 * Reports of unsafe places as a resident module would count them: the function in use from March 2021, 4 reports
	 * everywhere each year, except nothing at all collected in 2022.
	 */
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
		public Optional<LocalDate> firstData() {
			return Optional.of(LocalDate.of(2021, 3, 1));
		}

		@Override
		public Reading read(Period period, AreaId area) {
			return period.year() == 2022 ? Reading.noData() : Reading.count(4);
		}

	}

	/** Satisfaction as a survey module would give it: withheld in 2021 (3 answers), 80 from 12 answers after. */
	record Satisfaction(AreaId kommun) implements PlatformIndicatorSource {

		@Override
		public String key() {
			return PlatformSources.FORUM_SATISFACTION_PROCESS;
		}

		@Override
		public String name() {
			return "Nöjdhet (test)";
		}

		@Override
		public Optional<LocalDate> firstData() {
			return Optional.of(LocalDate.of(2021, 1, 1));
		}

		@Override
		public Reading read(Period period, AreaId area) {
			if (!area.equals(kommun)) {
				return Reading.notMeasured();
			}
			return period.year() == 2021 ? Reading.withheld(3) : Reading.value(new BigDecimal("80"), 12);
		}

	}

	private PlatformMeasurements platform(PlatformIndicatorSource... implemented) {
		return new PlatformMeasurements(new PlatformSources(List.of(implemented)), setups, plans, areas, measurements,
				currentUsers, clock, "1980");
	}

	/** For each year: status, value and respondents of the platform's value for the whole municipality. */
	private Map<String, String> stored(String indicator) {
		Map<String, String> stored = new TreeMap<>();
		jdbc.sql("""
				select m.period, m.status || ':' || coalesce(m.value::text, 'null') || ':'
				       || coalesce(m.respondents::text, '-') from measurement m
				  join indicator i on i.id = m.indicator_id
				  join focus_area f on f.id = i.focus_area_id join action_plan p on p.id = f.plan_id
				  join area a on a.id = m.area_id
				 where i.name = :name and p.plan_key = 'vasteras-2021-2023' and m.source = :source
				   and a.level = 'KOMMUN'
				""").param("name", indicator).param("source", PlatformMeasurements.SOURCE)
			.query(rs -> {
				stored.put(rs.getString(1), rs.getString(2));
			});
		return stored;
	}

	private long rows(String indicator) {
		return jdbc.sql("""
				select count(*) from measurement m join indicator i on i.id = m.indicator_id
				  join focus_area f on f.id = i.focus_area_id join action_plan p on p.id = f.plan_id
				 where i.name = :name and p.plan_key = 'vasteras-2021-2023' and m.source = :source
				""").param("name", indicator).param("source", PlatformMeasurements.SOURCE).query(Long.class).single();
	}

	@Test
	void storesEveryYearFromTheBaselineToThisYearWithNothingCollectedAsMissingAndThisYearAsPreliminary() {
		int thisYear = LocalDate.now(clock).getYear();
		assertThat(platform(new Reports()).refresh().written()).isTrue();

		Map<String, String> stored = stored(REPORTS);
		// 2020, the plan's baseline year, ended before the function came into use; 2022 had nothing collected
		assertThat(stored.get("2020")).isEqualTo("MISSING:null:-");
		assertThat(stored.get("2021")).isEqualTo("NORMAL:4:-");
		assertThat(stored.get("2022")).isEqualTo("MISSING:null:-");
		// the plan ended in 2023, but the platform keeps counting
		assertThat(stored.get(String.valueOf(thisYear - 1))).isEqualTo("NORMAL:4:-");
		assertThat(stored.get(String.valueOf(thisYear))).isEqualTo("PRELIMINARY:4:-");
		assertThat(stored.keySet()).hasSize(thisYear - 2020 + 1);
		Measurements.Outcome again = platform(new Reports()).refresh();
		assertThat(again.added() + again.changed()).as("an unchanged count writes nothing").isZero();
	}

	@Test
	void judgesTheTrendWithoutThisYearsPartialCount() {
		int thisYear = LocalDate.now(clock).getYear();
		platform(new Reports()).refresh();

		IndicatorCatalog.IndicatorSummary reports = IndicatorFixtures.vasteras(plans, catalog, Audience.INTERNAL,
				REPORTS);
		assertThat(reports.latest().period()).isEqualTo(Period.year(thisYear));
		assertThat(reports.assessment().window()).containsExactly(Period.year(thisYear - 3),
				Period.year(thisYear - 2), Period.year(thisYear - 1));
	}

	@Test
	void storesAWithheldValueAsSuppressedWithItsRespondentsAndNothingForAnAreaNotMeasured() {
		AreaId kommun = areas.atLevel("1980", AreaLevel.KOMMUN).get(0).id();
		assertThat(platform(new Satisfaction(kommun)).refresh().written()).isTrue();

		Map<String, String> stored = stored(SATISFACTION);
		assertThat(stored.get("2021")).isEqualTo("SUPPRESSED:null:3");
		assertThat(stored.get("2023")).isEqualTo("NORMAL:80:12");
		assertThat(rows(SATISFACTION)).as("only the municipality is measured").isEqualTo(stored.size());
	}

	@Test
	void storesNothingForASourceNoModuleImplements() {
		assertThat(platform().refresh().added()).isZero();
	}

}
