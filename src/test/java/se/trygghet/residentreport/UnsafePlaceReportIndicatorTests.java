package se.trygghet.residentreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghet.PlatformIntegrationTest;
import se.trygghet.indicator.Audience;
import se.trygghet.indicator.IndicatorCatalog.Point;
import se.trygghet.indicator.IndicatorTestAccess;
import se.trygghet.indicator.MeasurementStatus;

/**
 * The plan's indicator "Antal rapporter om otrygga platser i offentlig miljö" as the platform counts it from residents'
 * reports: the year goes on being counted, and the years before the first report are missing, never 0.
 */
@PlatformIntegrationTest
class UnsafePlaceReportIndicatorTests {

	static final String INDICATOR = "Antal rapporter om otrygga platser i offentlig miljö";

	@Autowired
	ResidentReporting reporting;

	@Autowired
	IndicatorTestAccess indicators;

	@Test
	void countsAReportFiledTodayInThisYearsValueAfterTheNextRefresh() {
		int thisYear = se.trygghet.TestTimes.today().getYear();
		indicators.refreshPlatformIndicators();
		BigDecimal before = indicators.platformValue(INDICATOR, thisYear, Audience.INTERNAL)
			.map(Point::value)
			.orElseThrow(() -> new AssertionError("no value for " + thisYear));

		reporting.submit(new NewResidentReport("belysning", 59.6110, 16.5440, "Mörk gångväg vid ån", null), null,
				"WEB", null, false);
		indicators.refreshPlatformIndicators();

		Point after = indicators.platformValue(INDICATOR, thisYear, Audience.INTERNAL).orElseThrow();
		assertThat(after.value()).isEqualByComparingTo(before.add(BigDecimal.ONE));
		// the year is not over, so its count can still grow
		assertThat(after.status()).isEqualTo(MeasurementStatus.PRELIMINARY);
	}

	@Test
	void leavesAYearBeforeTheFirstReportMissingRatherThanZero() {
		indicators.refreshPlatformIndicators();
		// every report in this database was filed this year: 2020, the plan's baseline year, had no reporting yet
		Point baselineYear = indicators.platformValue(INDICATOR, 2020, Audience.INTERNAL).orElseThrow();
		assertThat(baselineYear.status()).isEqualTo(MeasurementStatus.MISSING);
		assertThat(baselineYear.value()).isNull();
	}

}
