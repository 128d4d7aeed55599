package se.trygghet.indicator.kolada;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One figure as Kolada gives it: a KPI's value for a municipality, a year and a gender. A figure Kolada lacks (its
 * value is null, or its status says {@code Missing}) is {@link #missing()} and has no value: a missing figure must
 * never be read, summed or drawn as zero.
 *
 * @param kpi Kolada's KPI id, e.g. {@code N07403}
 * @param municipality Kolada's municipality id, e.g. {@code 1980} for Västerås
 * @param year the year the figure is for
 * @param value the figure exactly as Kolada wrote it, or null when missing
 * @param missing whether Kolada lacks the figure; true exactly when there is no value
 * @param count how many municipalities the figure is the mean of (1 for a single municipality), when given
 * @param status Kolada's status as it came (e.g. {@code Missing}), or null when blank
 */
public record KoladaValue(String kpi, String municipality, int year, Gender gender, @Nullable BigDecimal value,
		boolean missing, @Nullable Integer count, @Nullable String status) {

	/** Kolada's status for a figure it does not have. */
	public static final String MISSING = "Missing";

	/** Kolada's split of a figure; a KPI that is not divided by gender has only {@link #TOTAL}. */
	public enum Gender {

		TOTAL("T"),

		WOMEN("K"),

		MEN("M");

		private final String code;

		Gender(String code) {
			this.code = code;
		}

		/** Kolada's letter: T (totalt), K (kvinnor), M (män). */
		public String code() {
			return code;
		}

		/** The gender Kolada means by a letter, or null for a letter it does not use (never guessed). */
		public static @Nullable Gender ofCode(@Nullable String code) {
			for (Gender gender : values()) {
				if (gender.code.equals(code)) {
					return gender;
				}
			}
			return null;
		}

	}

	public KoladaValue {
		Objects.requireNonNull(kpi, "kpi");
		Objects.requireNonNull(municipality, "municipality");
		Objects.requireNonNull(gender, "gender");
		if (missing != (value == null)) {
			throw new IllegalArgumentException("A Kolada figure is missing exactly when it has no value: " + kpi + " "
					+ municipality + " " + year + " " + gender + " " + value);
		}
		if (status != null && status.isBlank()) {
			status = null;
		}
	}

	/**
	 * Applies Kolada's rule to a figure as read: null or status {@code Missing} makes it missing, whatever number
	 * came with it.
	 */
	public static KoladaValue of(String kpi, String municipality, int year, Gender gender, @Nullable BigDecimal value,
			@Nullable Integer count, @Nullable String status) {
		boolean missing = value == null || MISSING.equalsIgnoreCase(status == null ? "" : status.strip());
		return new KoladaValue(kpi, municipality, year, gender, missing ? null : value, missing, count, status);
	}

}
