package se.trygghet.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;
import se.trygghet.area.AreaLevel;
import se.trygghet.identity.Role;
import se.trygghet.identity.TestUsers;
import se.trygghet.plan.IndicatorId;
import se.trygghet.plan.PlanCatalog;

/**
 * Writing values: checked whole, written whole or not at all, and harmless to run again. The values are for years long
 * before the demo series, so that other tests sharing the database see the same latest values and verdicts.
 */
@PlatformIntegrationTest
class MeasurementsTests {

	@Autowired
	Measurements measurements;

	@Autowired
	IndicatorCatalog catalog;

	@Autowired
	PlanCatalog plans;

	@Autowired
	AreaCatalog areas;

	@Autowired
	JdbcClient jdbc;

	IndicatorId trust;

	AreaId kommun;

	AreaId centrum;

	@BeforeEach
	void signIn() {
		TestUsers.signIn(Role.COORDINATOR);
		trust = IndicatorFixtures.vasteras(plans, catalog, Audience.INTERNAL, "Tillit bland barn").id();
		kommun = areas.area("1980", AreaLevel.KOMMUN, "1980").orElseThrow().id();
		centrum = areas.area("1980", AreaLevel.STADSDEL, "centrum").orElseThrow().id();
	}

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	NewMeasurement value(String source, String period, AreaId area, String breakdown, String value) {
		return new NewMeasurement(trust, period, area, breakdown, source, new BigDecimal(value),
				MeasurementStatus.NORMAL, null, null, 120, "1", null, false);
	}

	long rows(String source) {
		return jdbc.sql("select count(*) from measurement where source = :s").param("s", source).query(Long.class).single();
	}

	Map<String, Timestamp> importedAt(String source) {
		return jdbc.sql("select period || breakdown || area_id as k, imported_at from measurement where source = :s")
			.param("s", source)
			.query((rs, n) -> Map.entry(rs.getString("k"), rs.getTimestamp("imported_at")))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	long audited() {
		return jdbc.sql("select count(*) from audit_entry where action = 'indicator.measurements.imported'")
			.query(Long.class)
			.single();
	}

	@Test
	void changesNothingWhenTheSameValuesAreWrittenAgain() throws Exception {
		List<NewMeasurement> batch = List.of(value("Elevenkät (test)", "1992", kommun, "", "61.5"),
				value("Elevenkät (test)", "1992", kommun, "kon=flickor", "60.0"),
				value("Elevenkät (test)", "1992", centrum, "", "58.4"),
				value("Elevenkät (test)", "1992H1", kommun, "kon=total", "61.0"));
		assertThat(measurements.upsert(batch)).isEqualTo(new Measurements.Outcome(4, 0, 0, List.of()));
		Map<String, Timestamp> first = importedAt("Elevenkät (test)");
		long audits = audited();
		Thread.sleep(5);

		Measurements.Outcome again = measurements.upsert(batch);

		assertThat(again).isEqualTo(new Measurements.Outcome(0, 0, 4, List.of()));
		assertThat(rows("Elevenkät (test)")).isEqualTo(4);
		assertThat(importedAt("Elevenkät (test)")).isEqualTo(first);
		assertThat(audited()).as("a run that changes nothing leaves no audit entry").isEqualTo(audits);
	}

	@Test
	void replacesAValueThatDiffersAndStampsOnlyIt() throws Exception {
		List<NewMeasurement> batch = List.of(value("Elevenkät (ändrad)", "1991", kommun, "", "61.5"),
				value("Elevenkät (ändrad)", "1992", kommun, "", "62.0"));
		measurements.upsert(batch);
		Map<String, Timestamp> first = importedAt("Elevenkät (ändrad)");
		Thread.sleep(5);

		Measurements.Outcome outcome = measurements.upsert(List.of(batch.get(0),
				value("Elevenkät (ändrad)", "1992", kommun, "", "62.00"),
				value("Elevenkät (ändrad)", "1993", kommun, "", "63.1")));
		assertThat(outcome).as("62.00 is the same number as 62.0").isEqualTo(new Measurements.Outcome(1, 0, 2, List.of()));

		outcome = measurements.upsert(List.of(value("Elevenkät (ändrad)", "1991", kommun, "", "60.9")));
		assertThat(outcome).isEqualTo(new Measurements.Outcome(0, 1, 0, List.of()));
		Map<String, Timestamp> after = importedAt("Elevenkät (ändrad)");
		String y2021 = "1991" + kommun;
		String y2022 = "1992" + kommun;
		assertThat(after.get(y2021)).isAfter(first.get(y2021));
		assertThat(after.get(y2022)).isEqualTo(first.get(y2022));
	}

	@Test
	void listsEveryProblemWithItsRowAndWritesNothing() {
		long before = jdbc.sql("select count(*) from measurement").query(Long.class).single();
		IndicatorId unknown = new IndicatorId(UUID.randomUUID());
		AreaId nowhere = new AreaId(UUID.randomUUID());
		List<NewMeasurement> batch = List.of(value("Fel (test)", "1992", kommun, "", "50"),
				new NewMeasurement(unknown, "1992", kommun, "", "Fel (test)", BigDecimal.ONE, MeasurementStatus.NORMAL,
						null, null, null, "", null, false),
				value("Fel (test)", "1992", nowhere, "", "50"), value("Fel (test)", "1992Q5", kommun, "", "50"),
				value("Fel (test)", "1992", kommun, "kon=kvinnor", "50"),
				value("Fel (test)", "1992", kommun, "kon=total", "51"),
				new NewMeasurement(trust, "1991", kommun, "", "Fel (test)", null, MeasurementStatus.NORMAL, null, null,
						null, "", null, false),
				value("", "1990", kommun, "Kön=flickor", "50"));

		Measurements.Outcome outcome = measurements.upsert(batch);

		assertThat(outcome.written()).isFalse();
		assertThat(outcome.problems()).extracting(RowProblem::row, RowProblem::field, RowProblem::code)
			.containsExactly(tuple(1, "indicator", "indicator.row.indicator.unknown"),
					tuple(2, "area", "indicator.row.area.unknown"), tuple(3, "period", "indicator.row.period.invalid"),
					tuple(4, "breakdown", "indicator.row.breakdown.notAvailable"),
					tuple(5, "period", "indicator.row.duplicate"), tuple(6, "value", "indicator.row.value.missing"),
					tuple(7, "breakdown", "indicator.row.breakdown.invalid"),
					tuple(7, "source", "indicator.row.source.missing"));
		assertThat(jdbc.sql("select count(*) from measurement").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void keepsAMissingValueAsMissingNeverAsZero() {
		measurements.upsert(List.of(new NewMeasurement(trust, "1989", kommun, "", "Saknas (test)", null,
				MeasurementStatus.MISSING, null, null, null, "", null, false)));
		IndicatorCatalog.Point point = catalog
			.series(trust, IndicatorCatalog.SeriesQuery.all().fromSources(java.util.Set.of("Saknas (test)")),
					Audience.INTERNAL)
			.points()
			.get(0);
		assertThat(point.value()).isNull();
		assertThat(point.status()).isEqualTo(MeasurementStatus.MISSING);
	}

	@Test
	void letsOnlyCoordinatorsAndAdministratorsWriteValues() {
		TestUsers.signIn(Role.ANALYST);
		assertThatThrownBy(() -> measurements.upsert(List.of())).isInstanceOf(AuthorizationDeniedException.class);
	}

	@Test
	void calculatesARateFromItsCountsAndRefusesAValueThatContradictsThem() {
		IndicatorId crimes = IndicatorFixtures.vasteras(plans, catalog, Audience.INTERNAL, "Anmälda brott").id();
		// 12 345 reported crimes among 158 000 inhabitants: 7 813.29 per 100 000
		NewMeasurement counted = new NewMeasurement(crimes, "2019", kommun, "", "test-beräknad", null,
				MeasurementStatus.MISSING, new BigDecimal("12345"), new BigDecimal("158000"), null, "1", null, false);
		assertThat(measurements.upsert(java.util.List.of(counted)).problems()).isEmpty();
		assertThat(jdbc.sql("select value from measurement where source = 'test-beräknad'").query(BigDecimal.class)
			.single()).isEqualByComparingTo("7813.29");

		NewMeasurement contradicting = new NewMeasurement(crimes, "2020", kommun, "", "test-beräknad",
				new BigDecimal("9000"), MeasurementStatus.NORMAL, new BigDecimal("12345"), new BigDecimal("158000"), null, "1",
				null, false);
		assertThat(measurements.upsert(java.util.List.of(contradicting)).problems())
			.extracting(RowProblem::code)
			.containsExactly("indicator.row.value.inconsistent");
		assertThat(rows("test-beräknad")).isEqualTo(1);
	}

}
