package se.trygghet.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.trygghet.area.AreaId;
import se.trygghet.plan.IndicatorId;

/**
 * One value to write, as an import has read it. Period and breakdown are still text, so that {@link Measurements}
 * can report a bad one with its row instead of the import failing on the first. A blank method version is version
 * {@value #FIRST_METHOD}.
 */
record NewMeasurement(IndicatorId indicator, String period, AreaId area, String breakdown, String source,
		@Nullable BigDecimal value, MeasurementStatus status, @Nullable BigDecimal numerator,
		@Nullable BigDecimal denominator, @Nullable Integer respondents, String methodVersion,
		@Nullable LocalDate publishedOn, boolean demo) {

	static final String FIRST_METHOD = "1";

	NewMeasurement {
		Objects.requireNonNull(indicator, "indicator");
		Objects.requireNonNull(area, "area");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(period, "period");
		Objects.requireNonNull(breakdown, "breakdown");
		source = source.strip();
		methodVersion = methodVersion.isBlank() ? FIRST_METHOD : methodVersion.strip();
	}

	/** A plain value with nothing known about how many it counts, by the first method. */
	static NewMeasurement of(IndicatorId indicator, String period, AreaId area, String breakdown, String source,
			@Nullable BigDecimal value, boolean demo) {
		return new NewMeasurement(indicator, period, area, breakdown, source, value,
				value == null ? MeasurementStatus.MISSING : MeasurementStatus.NORMAL, null, null, null, FIRST_METHOD, null,
				demo);
	}

}
