package se.trygghet.cost;

import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The estimated yearly cost of recorded incidents as JSON: the same figures as the costs page. */
@RestController
class CostApiController {

	private final CrimeCosts costs;

	CostApiController(CrimeCosts costs) {
		this.costs = costs;
	}

	/** A range in whole kronor, rounded outwards to thousands; both null when missing. */
	record Range(@Nullable BigDecimal low, @Nullable BigDecimal high, boolean complete, List<String> missing) {

		static Range of(Amount amount) {
			return new Range(amount.range() == null ? null : amount.range().low(),
					amount.range() == null ? null : amount.range().high(), amount.isComplete(),
					amount.missing().stream().map(m -> m.category() + "/" + m.kind()).toList());
		}

	}

	record Category(String code, String name, long count, Map<CostKind, Range> byKind, Range total) {
	}

	record Area(String area, boolean demo, long count, Map<String, Range> byCategory, Range total) {
	}

	record Body(int year, int priceYear, boolean demo, String caveat, List<Category> categories, List<Area> areas,
			Range total) {
	}

	@GetMapping("/api/v1/costs/{year}")
	@Operation(summary = "Estimated cost of a year's recorded incidents",
			description = "Per incident category (by kind of cost: CONSEQUENCE, RESPONSE, ANTICIPATION), per area and "
					+ "in total, as ranges in whole kronor of priceYear's prices, rounded outwards to thousands. A range "
					+ "with low and high null is missing (no unit cost, or no price index for its year), never 0; "
					+ "'complete' is false when a sum lacks unit costs, which 'missing' names as category/kind. Exact "
					+ "costs cannot be computed: these are estimates from the unit costs the municipality entered.")
	Body yearly(@PathVariable int year) {
		YearlyCosts y = costs.yearly(year);
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
		return new Body(y.year(), y.priceYear(), y.demo(),
				"Uppskattningar: exakta kostnader för brott går inte att beräkna.", categories, areas,
				Range.of(y.total()));
	}

}
