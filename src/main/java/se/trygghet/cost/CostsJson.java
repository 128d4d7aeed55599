package se.trygghet.cost;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * A year's estimate as the API answers it: the same rounded ranges the page shows, as numbers, and the page's caveat in
 * the request's language.
 */
record CostsJson(int year, int priceYear, boolean demo, String caveat, List<Category> categories, List<Area> areas,
		Range total) {

	/** A range in whole kronor, rounded outwards to thousands; both null when missing. */
	public record Range(@Nullable BigDecimal low, @Nullable BigDecimal high, boolean complete, List<String> missing) {

		static Range of(Amount amount) {
			return new Range(amount.range() == null ? null : amount.range().low(),
					amount.range() == null ? null : amount.range().high(), amount.isComplete(),
					amount.missing().stream().map(m -> m.category() + "/" + m.kind()).toList());
		}

	}

	public record Category(String code, String name, long count, Map<CostKind, Range> byKind, Range total) {
	}

	public record Area(String area, boolean demo, long count, Map<String, Range> byCategory, Range total) {
	}

	static CostsJson of(YearlyCosts y, MessageSource messages, Locale locale) {
		List<Category> categories = y.categories().stream().map(c -> {
			Map<CostKind, Range> byKind = new LinkedHashMap<>();
			c.byKind().forEach((kind, amount) -> byKind.put(kind, Range.of(amount)));
			return new Category(c.code(), c.nameSv(), c.count(), byKind, Range.of(c.total()));
		}).toList();
		List<Area> areas = y.areas().stream().map(a -> {
			Map<String, Range> byCategory = new LinkedHashMap<>();
			a.byCategory().forEach((code, amount) -> byCategory.put(code, Range.of(amount)));
			return new Area(a.area(), a.demo(), a.count(), byCategory, Range.of(a.total()));
		}).toList();
		return new CostsJson(y.year(), y.priceYear(), y.demo(), messages.getMessage("cost.caveat", null, locale),
				categories, areas, Range.of(y.total()));
	}

}
