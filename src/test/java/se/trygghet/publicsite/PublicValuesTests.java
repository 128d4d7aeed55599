package se.trygghet.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.trygghet.area.AreaId;
import se.trygghet.indicator.Breakdown;
import se.trygghet.indicator.IndicatorCatalog.Point;
import se.trygghet.indicator.IndicatorCatalog.SuppressionReason;
import se.trygghet.indicator.IndicatorSetup.MeasureType;
import se.trygghet.indicator.MeasurementStatus;
import se.trygghet.indicator.Period;

class PublicValuesTests {

	static final AreaId AREA = new AreaId(UUID.randomUUID());

	final PublicValues values = new PublicValues(Locale.forLanguageTag("sv"),
			(reason, locale) -> "skäl " + reason.name(), ".. saknas");

	static Point point(String year, String value) {
		return new Point(Period.parse(year), AREA, Breakdown.TOTAL, new BigDecimal(value), MeasurementStatus.NORMAL,
				null, null, null, null, "test", "1", null, false);
	}

	static Point withheld(String year, SuppressionReason reason) {
		return new Point(Period.parse(year), AREA, Breakdown.TOTAL, null, MeasurementStatus.SUPPRESSED, reason, null,
				null, null, "test", "1", null, true);
	}

	@Test
	void writesAWithheldValueAsTwoDotsWithOneNotePerReason() {
		assertThat(values.cell(withheld("2022", SuppressionReason.FEW_RESPONDENTS), "procent", MeasureType.SHARE))
			.isEqualTo(new PublicValues.Cell("..", "1", true));
		assertThat(values.cell(withheld("2023", SuppressionReason.SMALL_COUNT), "procent", MeasureType.SHARE).note()).isEqualTo("2");
		assertThat(values.cell(withheld("2021", SuppressionReason.FEW_RESPONDENTS), "procent", MeasureType.SHARE).note()).isEqualTo("1");
		assertThat(values.notes()).containsExactly("1) .. skäl FEW_RESPONDENTS", "2) .. skäl SMALL_COUNT");
	}

	@Test
	void writesAValueTheSwedishWayAndNotesNothingForIt() {
		assertThat(values.cell(point("2023", "62.5"), "procent", MeasureType.SHARE).text()).isEqualTo("62,5\u00a0%");
		assertThat(values.cell(null, "procent", MeasureType.SHARE).text()).isEmpty();
		assertThat(values.notes()).isEmpty();
	}

	@Test
	void explainsAValueTheSourceLacksApartFromAWithheldOne() {
		Point missing = new Point(Period.parse("2023"), AREA, Breakdown.TOTAL, null, MeasurementStatus.MISSING, null,
				null, null, null, "test", "1", null, false);
		assertThat(values.cell(missing, "antal", MeasureType.COUNT)).isEqualTo(new PublicValues.Cell("..", null, false));
		assertThat(values.notes()).containsExactly(".. saknas");
	}

}
