package se.trygghet.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in kronor known only within a range, low ≤ high. Estimates are shown as ranges, never as one falsely
 * precise number; {@link #rounded()} widens a range outwards to whole thousands, so rounding never narrows it.
 */
public record CostRange(BigDecimal low, BigDecimal high) {

	public static final CostRange ZERO = new CostRange(BigDecimal.ZERO, BigDecimal.ZERO);

	private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

	public CostRange {
		Objects.requireNonNull(low);
		Objects.requireNonNull(high);
		if (low.compareTo(high) > 0) {
			throw new IllegalArgumentException("low > high: " + low + " > " + high);
		}
	}

	public static CostRange of(long low, long high) {
		return new CostRange(BigDecimal.valueOf(low), BigDecimal.valueOf(high));
	}

	public CostRange plus(CostRange other) {
		return new CostRange(low.add(other.low), high.add(other.high));
	}

	/** This range for each of {@code count} incidents. */
	public CostRange times(long count) {
		if (count < 0) {
			throw new IllegalArgumentException("count < 0");
		}
		BigDecimal n = BigDecimal.valueOf(count);
		return new CostRange(low.multiply(n), high.multiply(n));
	}

	/** This range brought to another price level: both ends times the index's factor. */
	public CostRange scaled(BigDecimal factor) {
		return new CostRange(low.multiply(factor), high.multiply(factor));
	}

	/** Low down and high up to whole thousands of kronor. */
	public CostRange rounded() {
		return new CostRange(low.divide(THOUSAND, 0, RoundingMode.FLOOR).multiply(THOUSAND),
				high.divide(THOUSAND, 0, RoundingMode.CEILING).multiply(THOUSAND));
	}

}
