package se.trygghet.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static se.trygghet.indicator.IndicatorFixtures.count;
import static se.trygghet.indicator.IndicatorFixtures.point;

import org.junit.jupiter.api.Test;
import se.trygghet.indicator.IndicatorCatalog.Point;
import se.trygghet.indicator.IndicatorCatalog.SuppressionReason;
import se.trygghet.indicator.IndicatorSetup.MeasureType;
import se.trygghet.indicator.IndicatorSetup.SuppressionClass;

/** With the default minimums: counts of 3 and 10 respondents. */
class DisclosureControlTests {

	DisclosureControl control = new DisclosureControl(3, 10, AreaPartitions.NONE);

	IndicatorSetup counts = IndicatorFixtures.setup(MeasureType.COUNT, SuppressionClass.SMALL_COUNTS);

	IndicatorSetup survey = IndicatorFixtures.setup(MeasureType.SURVEY_SHARE, SuppressionClass.SURVEY);

	/** One value judged alone, as disclosure control judges a series of one. */
	static Point one(DisclosureControl control, Point point, IndicatorSetup setup, Audience audience) {
		return control.apply(java.util.List.of(point), setup, audience).get(0);
	}

	@Test
	void withholdsCountsOfOneAndTwoFromThePublicAndKeepsTheReason() {
		Point shown = one(control, count("2023", 2), counts, Audience.PUBLIC);
		assertThat(shown.value()).isNull();
		assertThat(shown.status()).isEqualTo(MeasurementStatus.SUPPRESSED);
		assertThat(shown.suppressed()).isEqualTo(SuppressionReason.SMALL_COUNT);
		assertThat(shown.period()).isEqualTo(Period.year(2023));
		assertThat(one(control, count("2023", 1), counts, Audience.PUBLIC).value()).isNull();
	}

	@Test
	void showsCountsFromTheMinimumAndZero() {
		assertThat(one(control, count("2023", 3), counts, Audience.PUBLIC).value()).isEqualByComparingTo("3");
		assertThat(one(control, count("2023", 0), counts, Audience.PUBLIC).value()).isEqualByComparingTo("0");
	}

	@Test
	void showsStaffEveryValueAsStored() {
		Point stored = point("2023", "12.5", 1, 8, 8);
		assertThat(one(control, stored, survey, Audience.INTERNAL)).isSameAs(stored);
		assertThat(one(control, count("2023", 1), counts, Audience.INTERNAL).value()).isEqualByComparingTo("1");
	}

	@Test
	void withholdsSurveyValuesFromFewerThanTenRespondents() {
		Point nine = one(control, point("2023", "44.4", 4, 9, 9), survey, Audience.PUBLIC);
		assertThat(nine.suppressed()).isEqualTo(SuppressionReason.FEW_RESPONDENTS);
		assertThat(nine.numerator()).isNull();
		assertThat(nine.respondents()).as("no count of a withheld value is shown").isNull();
		assertThat(one(control, point("2023", "40.0", 4, 10, 10), survey, Audience.PUBLIC).value())
			.isEqualByComparingTo("40.0");
	}

	@Test
	void withholdsAShareWhoseNumeratorOrRestIsSmall() {
		IndicatorSetup share = IndicatorFixtures.setup(MeasureType.SHARE, SuppressionClass.SMALL_COUNTS);
		assertThat(one(control, point("2023", "2.0", 2, 100, null), share, Audience.PUBLIC).suppressed())
			.isEqualTo(SuppressionReason.SMALL_COUNT);
		// 98 of 100 also tells about the two who are not
		assertThat(one(control, point("2023", "98.0", 98, 100, null), share, Audience.PUBLIC).suppressed())
			.isEqualTo(SuppressionReason.SMALL_COUNT);
		assertThat(one(control, point("2023", "50.0", 50, 100, null), share, Audience.PUBLIC).suppressed()).isNull();
	}

	@Test
	void withholdsARateWhoseNumeratorIsSmall() {
		IndicatorSetup rate = IndicatorFixtures.setup(MeasureType.RATE, SuppressionClass.SMALL_COUNTS);
		assertThat(one(control, point("2023", "40", 2, 5000, null), rate, Audience.PUBLIC).suppressed())
			.isEqualTo(SuppressionReason.SMALL_COUNT);
		// a rate without its counts cannot be checked, and is shown
		assertThat(one(control, point("2023", "40", null, null, null), rate, Audience.PUBLIC).value()).isNotNull();
	}

	@Test
	void leavesFiguresTheProducerAlreadyProtectedAsTheyAre() {
		IndicatorSetup protectedByProducer = IndicatorFixtures.setup(MeasureType.COUNT, SuppressionClass.NONE);
		assertThat(one(control, count("2023", 1), protectedByProducer, Audience.PUBLIC).value()).isNotNull();
	}

	@Test
	void passesOnAValueItsProducerSuppressedWithThatReason() {
		Point suppressedAtSource = new Point(Period.year(2023), IndicatorFixtures.AREA, Breakdown.TOTAL, null,
				MeasurementStatus.SUPPRESSED, null, null, null, null, "Kolada", "1", null, false);
		IndicatorSetup none = IndicatorFixtures.setup(MeasureType.SHARE, SuppressionClass.NONE);
		assertThat(one(control, suppressedAtSource, none, Audience.PUBLIC).suppressed())
			.isEqualTo(SuppressionReason.SOURCE);
	}

	@Test
	void readsItsMinimumsFromConfiguration() {
		DisclosureControl stricter = new DisclosureControl(5, 30, AreaPartitions.NONE);
		assertThat(one(stricter, count("2023", 4), counts, Audience.PUBLIC).value()).isNull();
		assertThat(one(stricter, point("2023", "50.0", 10, 20, 20), survey, Audience.PUBLIC).suppressed())
			.isEqualTo(SuppressionReason.FEW_RESPONDENTS);
	}

}
