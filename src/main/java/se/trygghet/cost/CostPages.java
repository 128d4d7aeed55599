package se.trygghet.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.identity.Role;
import se.trygghet.system.NotFoundException;

/** What the cost pages show, assembled for their templates. */
@Component
class CostPages {

	private final CrimeCosts costs;

	private final UnitCosts store;

	private final CurrentUsers users;

	CostPages(CrimeCosts costs, UnitCosts store, CurrentUsers users) {
		this.costs = costs;
		this.store = store;
		this.users = users;
	}

	/** One unit cost as stored (null: none) and in the price year's prices (null: missing). */
	public record UnitRow(CostEstimates.Category category, CostKind kind, UnitCosts.@Nullable Stored stored,
			@Nullable CostRange adjusted) {
	}

	/** The costs page: the year's estimate, the unit costs and the index. */
	public record Page(YearlyCosts yearly, List<UnitRow> units, List<UnitCosts.IndexValue> index, boolean mayEdit,
			int thisYear) {

		/** Whether the index has the price year itself (else amounts are shown in this year's prices only as entered). */
		public boolean indexHasPriceYear() {
			return index.stream().anyMatch(v -> v.year() == yearly.priceYear());
		}

	}

	/** The form page of one unit cost, with its earlier versions. */
	public record UnitPage(CostEstimates.Category category, CostKind kind, UnitCosts.@Nullable Stored stored,
			List<UnitCosts.Version> history) {
	}

	Page page(int year) {
		YearlyCosts yearly = costs.yearly(year);
		CostEstimates estimates = costs.estimates();
		Map<String, UnitCosts.Stored> stored = store.all()
			.stream()
			.collect(Collectors.toMap(s -> s.cost().category() + "/" + s.cost().kind(), Function.identity()));
		List<UnitRow> units = new ArrayList<>();
		for (CostEstimates.Category category : costs.categories()) {
			for (CostKind kind : CostKind.values()) {
				units.add(new UnitRow(category, kind, stored.get(category.code() + "/" + kind),
						estimates.unit(category.code(), kind)));
			}
		}
		return new Page(yearly, units, store.index(), mayEdit(), costs.lastYear() + 1);
	}

	UnitPage unit(String category, CostKind kind) {
		CostEstimates.Category c = costs.categories()
			.stream()
			.filter(k -> k.code().equals(category))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Kategorin"));
		Optional<UnitCosts.Stored> stored = store.find(category, kind);
		return new UnitPage(c, kind, stored.orElse(null), store.history(category, kind));
	}

	private boolean mayEdit() {
		return users.current().map(u -> u.hasAny(Role.COORDINATOR, Role.ADMIN)).orElse(false);
	}

}
