package se.trygghet.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.trygghet.system.Refusal;

/**
 * What one incident of a category costs in one of the plan's kinds of cost, as a published source or the
 * municipality's own estimate gives it: a range low–high (and the source's central value if it has one) in the prices
 * of {@code priceYear}, with the source named and, where it can be linked, its address. {@code demo} marks an invented
 * figure of the demonstration.
 */
public record UnitCost(String category, CostKind kind, BigDecimal low, BigDecimal high, @Nullable BigDecimal central,
		int priceYear, String source, @Nullable String sourceUrl, boolean demo) {

	public static final int MAX_SOURCE = 500;

	public UnitCost {
		Objects.requireNonNull(category);
		Objects.requireNonNull(kind);
		Objects.requireNonNull(low);
		Objects.requireNonNull(high);
		Objects.requireNonNull(source);
	}

	/** A unit cost as entered, or every problem with it at once. */
	public static UnitCost checked(String category, CostKind kind, @Nullable BigDecimal low, @Nullable BigDecimal high,
			@Nullable BigDecimal central, @Nullable Integer priceYear, @Nullable String source,
			@Nullable String sourceUrl, boolean demo) {
		List<Refusal.Problem> problems = new ArrayList<>();
		if (low == null) {
			problems.add(new Refusal.Problem("low", "cost.unit.lowRequired", List.of()));
		}
		else if (low.signum() < 0) {
			problems.add(new Refusal.Problem("low", "cost.unit.negative", List.of()));
		}
		if (high == null) {
			problems.add(new Refusal.Problem("high", "cost.unit.highRequired", List.of()));
		}
		else if (low != null && high.compareTo(low) < 0) {
			problems.add(new Refusal.Problem("high", "cost.unit.highBelowLow", List.of()));
		}
		if (central != null && low != null && high != null
				&& (central.compareTo(low) < 0 || central.compareTo(high) > 0)) {
			problems.add(new Refusal.Problem("central", "cost.unit.centralOutside", List.of()));
		}
		if (priceYear == null || priceYear < 1900 || priceYear > 2200) {
			problems.add(new Refusal.Problem("priceYear", "cost.unit.priceYear.invalid", List.of()));
		}
		String named = source == null ? "" : source.strip();
		if (named.isEmpty() || named.length() > MAX_SOURCE) {
			problems.add(new Refusal.Problem("source", "cost.unit.source.invalid", List.of(String.valueOf(MAX_SOURCE))));
		}
		String url = sourceUrl == null || sourceUrl.isBlank() ? null : sourceUrl.strip();
		if (url != null && (url.length() > MAX_SOURCE || !(url.startsWith("https://") || url.startsWith("http://"))
				|| url.contains(" "))) {
			problems.add(new Refusal.Problem("sourceUrl", "cost.unit.sourceUrl.invalid", List.of()));
		}
		if (!problems.isEmpty()) {
			throw Refusal.all(problems);
		}
		return new UnitCost(category, kind, low, high, central, priceYear, named, url, demo);
	}

	public CostRange range() {
		return new CostRange(low, high);
	}

}
