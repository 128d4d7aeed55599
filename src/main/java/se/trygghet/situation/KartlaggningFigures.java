package se.trygghet.situation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
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

		/** The year's value as the page, the PDF and the Word file all write it. */
		public String valueText() {
			return text(value);
		}

		/** The year before's value, written the same way. */
		public String previousValueText() {
			return text(previousValue);
		}

		/**
		 * Swedish, with the precision of the indicator's own pages: one decimal for a percentage or an index, whole
		 * numbers for counts and rates ("79,5", "7 990"), ".." when missing.
		 */
		private String text(@Nullable BigDecimal number) {
			if (number == null) {
				return "..";
			}
			String u = unit.strip().toLowerCase(Locale.ROOT);
			int decimals = u.equals("procent") || u.equals("%") || u.equals("index") ? 1 : 0;
			NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("sv-SE"));
			format.setMinimumFractionDigits(decimals);
			format.setMaximumFractionDigits(decimals);
			format.setRoundingMode(RoundingMode.HALF_UP);
			return format.format(number.doubleValue());
		}

	}

}
