package se.trygghet.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A price index by year (e.g. KPI, yearly average) as the coordinators keep it, to bring amounts of one year's prices
 * to another's. A year the index lacks is never guessed: an amount from or to it cannot be adjusted.
 */
public record PriceIndex(Map<Integer, BigDecimal> values) {

	public PriceIndex {
		values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
		values.values().forEach(v -> {
			if (v.signum() <= 0) {
				throw new IllegalArgumentException("An index value is positive");
			}
		});
	}

	/**
	 * The year every amount is shown in: this year when the index has it, else the latest year it has (this year's
	 * value is usually published only after the year), else this year (and then only amounts of this year's prices can
	 * be shown).
	 */
	public int priceYear(int thisYear) {
		if (values.containsKey(thisYear) || values.isEmpty()) {
			return thisYear;
		}
		return values.keySet().stream().max(Integer::compare).orElseThrow();
	}

	/** What an amount of {@code from}'s prices is multiplied by for {@code to}'s; empty when a year is missing. */
	public Optional<BigDecimal> factor(int from, int to) {
		if (from == to) {
			return Optional.of(BigDecimal.ONE);
		}
		BigDecimal a = values.get(from);
		BigDecimal b = values.get(to);
		return a == null || b == null ? Optional.empty() : Optional.of(b.divide(a, MathContext.DECIMAL64));
	}

}
