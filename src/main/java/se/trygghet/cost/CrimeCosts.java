package se.trygghet.cost;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghet.incident.IncidentReporting;
import se.trygghet.system.Refusal;

/**
 * The estimates as every channel shows them (the costs page, its API, the evaluations, the annual report and the joint
 * lägesbild): read here once per request from the stored unit costs and index, in the price year the index allows
 * ({@link PriceIndex#priceYear}), so that every channel shows the same figures.
 */
@Service
public class CrimeCosts {

	/** The earliest year an estimate is made for. */
	static final int FIRST_YEAR = 1990;

	private final UnitCosts store;

	private final IncidentReporting incidents;

	private final RecordedIncidents recorded;

	private final Clock clock;

	CrimeCosts(UnitCosts store, IncidentReporting incidents, RecordedIncidents recorded, Clock clock) {
		this.store = store;
		this.incidents = incidents;
		this.recorded = recorded;
		this.clock = clock;
	}

	/** The unit costs and index as they stand, with the arithmetic over them. */
	@Transactional(readOnly = true)
	public CostEstimates estimates() {
		List<UnitCosts.IndexValue> values = store.index();
		Map<Integer, java.math.BigDecimal> byYear = new TreeMap<>();
		values.forEach(v -> byYear.put(v.year(), v.value()));
		PriceIndex index = new PriceIndex(byYear);
		int priceYear = index.priceYear(LocalDate.now(clock).getYear());
		return CostEstimates.of(categories(), store.all().stream().map(UnitCosts.Stored::cost).toList(), index,
				priceYear, values.stream().anyMatch(UnitCosts.IndexValue::demo));
	}

	List<CostEstimates.Category> categories() {
		return incidents.activeCategories()
			.stream()
			.map(c -> new CostEstimates.Category(c.code(), c.nameSv(), c.nameEn()))
			.toList();
	}

	/** The estimated cost of a year's recorded incidents; a year before records or after this one is refused. */
	public YearlyCosts yearly(int year) {
		int thisYear = LocalDate.now(clock).getYear();
		if (year < FIRST_YEAR || year > thisYear) {
			throw Refusal.on("year", "cost.year.outside", String.valueOf(FIRST_YEAR), String.valueOf(thisYear));
		}
		return estimate(year);
	}

	/** The estimate of a year, or null for a year not yet ended or before {@value #FIRST_YEAR}: for documents. */
	public @Nullable YearlyCosts yearlyIfEnded(int year) {
		return year < FIRST_YEAR || year >= LocalDate.now(clock).getYear() ? null : estimate(year);
	}

	/** The estimate of a year so far, or null for a year not yet begun or before {@value #FIRST_YEAR}. */
	public @Nullable YearlyCosts yearlyIfStarted(int year) {
		return year < FIRST_YEAR || year > LocalDate.now(clock).getYear() ? null : estimate(year);
	}

	private YearlyCosts estimate(int year) {
		return estimates().yearly(year, recorded.ofYear(year));
	}

	/** The year shown by default: the last whole year. */
	public int lastYear() {
		return LocalDate.now(clock).getYear() - 1;
	}

}
