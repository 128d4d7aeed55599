package se.trygghet.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import se.trygghet.identity.SearchQuery;
import se.trygghet.system.Forms;

/**
 * The results page and its JSON twin. A query that cannot be searched (empty, too long, no word) is answered with its
 * message beside the field on the page and as {@code application/problem+json} on the API, never an error.
 */
@Controller
@Tag(name = "Search", description = "Search what the signed-in user may read")
class SearchController {

	private final Search search;

	SearchController(Search search) {
		this.search = search;
	}

	/**
	 * The query as typed, absent when the page is opened without one; {@code kind} (a kind's key, e.g. "report") to
	 * search that kind alone and see more of its hits.
	 */
	public record SearchForm(@Nullable String q, @Nullable String kind) {
	}

	@GetMapping("/search")
	String page(@ModelAttribute("search") SearchForm form, BindingResult bound, Model model) {
		BindingResult errors = Forms.errors(form, bound, model);
		model.addAttribute("maxLength", SearchQuery.MAX_LENGTH);
		if (form.q() != null) {
			Forms.attempt(errors, () -> model.addAttribute("results", search.find(form.q(), form.kind())));
		}
		return "search/results";
	}

	/** One kind's hits as the API gives them. */
	public record ApiGroup(String kind, int total, List<ApiHit> hits) {
	}

	public record ApiHit(String title, @Nullable String context, String snippet, String href) {
	}

	/** {@code kind}: the one kind searched, or null when every kind was. */
	public record ApiResults(String query, @Nullable String kind, int total, List<ApiGroup> groups) {

		static ApiResults of(SearchResults results) {
			return new ApiResults(results.query(), results.only() == null ? null : results.only().key(), results.total(),
					results.groups()
				.stream()
				.map(g -> new ApiGroup(g.key(), g.total(),
						g.hits().stream().map(h -> new ApiHit(h.title(), h.context(), h.text(), h.href())).toList()))
				.toList());
		}

	}

	@GetMapping(path = "/api/v1/search", produces = "application/json")
	@ResponseBody
	@Operation(summary = "Search activities, goals, indicators, reports, problems, interventions, forums, meetings, "
			+ "promises, areas and residents' reports the signed-in user may read, grouped by kind")
	ApiResults api(@RequestParam(required = false) @Nullable String q,
			@Parameter(description = "One kind's key (activity, goal, indicator, report, problem, intervention, forum, "
					+ "meeting, promise, area, resident-report) to search that kind alone: up to 50 hits instead of 5 "
					+ "per kind") @RequestParam(required = false) @Nullable String kind) {
		return ApiResults.of(search.find(q == null ? "" : q, kind));
	}

}
