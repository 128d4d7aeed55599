package se.trygghet.cost;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The estimated yearly cost of recorded incidents as JSON: the same figures as the costs page. */
@RestController
class CostApiController {

	private final CrimeCosts costs;

	private final MessageSource messages;

	CostApiController(CrimeCosts costs, MessageSource messages) {
		this.costs = costs;
		this.messages = messages;
	}

	@GetMapping("/api/v1/costs/{year}")
	@Operation(summary = "Estimated cost of a year's recorded incidents",
			description = "Per incident category (by kind of cost: CONSEQUENCE, RESPONSE, ANTICIPATION), per area and "
					+ "in total, as ranges in whole kronor of priceYear's prices, rounded outwards to thousands. A range "
					+ "with low and high null is missing (no unit cost, or no price index for its year), never 0; "
					+ "'complete' is false when a sum lacks unit costs, which 'missing' names as category/kind; 'demo' "
					+ "is true when a unit cost, an index value or an area the estimate rests on was invented for the "
					+ "demonstration. Exact costs cannot be computed: these are estimates from the unit costs the "
					+ "municipality entered, as 'caveat' says in the request's language (Swedish, or English with "
					+ "lang=en as on the pages). A year before 1990 or after this one is refused (422 problem+json).")
	CostsJson yearly(@PathVariable int year, Locale locale) {
		return CostsJson.of(costs.yearly(year), messages, locale);
	}

}
