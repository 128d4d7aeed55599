package se.trygghet.cost;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The estimated cost of one year's recorded incidents, in {@code priceYear}'s prices: per incident category (the
 * municipality's count of it times its unit costs, kind by kind), per area (the areas as the situation picture counts
 * them) and in total, each a range; {@code missing} every unit cost the estimate lacks for a category that had
 * incidents. {@code demo} when a unit cost, an index value or an area it rests on was invented for the demonstration.
 */
public record YearlyCosts(int year, int priceYear, boolean demo, List<CategoryRow> categories, List<AreaRow> areas,
		Amount total, List<Amount.Missing> missing) {

	public YearlyCosts {
		categories = List.copyOf(categories);
		areas = List.copyOf(areas);
		missing = List.copyOf(missing);
	}

	/** One incident category across the municipality: its count, the estimate per kind of cost and in total. */
	public record CategoryRow(String code, String nameSv, String nameEn, long count, Map<CostKind, Amount> byKind,
			Amount total) {

		public String name(Locale locale) {
			return "en".equals(locale.getLanguage()) ? nameEn : nameSv;
		}

		public Amount of(CostKind kind) {
			return byKind.get(kind);
		}

	}

	/** One area: the estimate per category (all kinds of cost together) and in total. */
	public record AreaRow(String area, boolean demo, long count, Map<String, Amount> byCategory, Amount total) {

		public Amount of(String category) {
			return byCategory.get(category);
		}

	}

}
