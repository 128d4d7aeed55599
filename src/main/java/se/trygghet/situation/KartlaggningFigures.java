package se.trygghet.situation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Indicator figures per area for the kartläggning of the joint lägesbild. The indicator module sits above this one
 * and implements it (so the lägesbild never depends on indicators); without an implementation the lägesbild says the
 * figures are not available.
 */
public interface KartlaggningFigures {

	/** The plan's indicators measured per area, for the year and the year before, in the plan's order. */
	List<IndicatorFigure> forYear(int year);

	/**
	 * One indicator in one area: the year's value and the year before's (null when missing or suppressed), its unit,
	 * and whether either value is invented demo data.
	 */
	record IndicatorFigure(String name, String area, @Nullable BigDecimal value, @Nullable BigDecimal previousValue,
			String unit, boolean demo) {

		public IndicatorFigure {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(area, "area");
			unit = unit == null ? "" : unit;
		}

	}

}
