package se.trygghet.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.identity.Role;

/**
 * For the demo only: invented unit costs for a few incident categories (the demo evaluation's klotter and
 * skadegörelse in every kind of cost, fordonsbrand and nedskräpning in two) and an invented price index, so that the
 * costs page, the evaluation's prevented value, the annual report and the joint lägesbild show what the estimates look
 * like. Production ships none (no published figure could be verified). Every value is saved marked demo and says so in
 * its source; hot-vald and narkotika are left without, so the demo also shows how a missing unit cost reads. Only
 * what is not yet there is added: a value the municipality entered is never overwritten, at any start.
 */
@Component
@Profile("demo")
@Order(55)
class DemoCosts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCosts.class);

	static final String SOURCE = "Demo: påhittat värde, inte en publicerad källa";

	static final String INDEX_SOURCE = "Demo: påhittat index (ungefär som KPI:s årsmedel, 2015 = 100), "
			+ "inte en publicerad källa";

	/** The price year of every invented unit cost. */
	static final int PRICE_YEAR = 2022;

	private record Demo(String category, CostKind kind, long low, long high, @Nullable Long central) {
	}

	private static final List<Demo> UNITS = List.of(new Demo("klotter", CostKind.CONSEQUENCE, 2_000, 15_000, 6_000L),
			new Demo("klotter", CostKind.RESPONSE, 500, 3_000, null),
			new Demo("klotter", CostKind.ANTICIPATION, 200, 2_000, null),
			new Demo("skadegorelse", CostKind.CONSEQUENCE, 3_000, 25_000, 8_000L),
			new Demo("skadegorelse", CostKind.RESPONSE, 1_000, 5_000, null),
			new Demo("skadegorelse", CostKind.ANTICIPATION, 500, 3_000, null),
			new Demo("fordonsbrand", CostKind.CONSEQUENCE, 30_000, 150_000, 60_000L),
			new Demo("fordonsbrand", CostKind.RESPONSE, 10_000, 40_000, null),
			new Demo("nedskrapning", CostKind.CONSEQUENCE, 100, 1_000, null),
			new Demo("nedskrapning", CostKind.ANTICIPATION, 50, 500, null));

	/** Invented yearly values from 2015; later years rise by two per cent a year. */
	private static final double[] INDEX = { 100.0, 101.0, 102.8, 104.8, 106.6, 107.1, 109.4, 118.7, 125.6, 128.9 };

	private static final int INDEX_FROM = 2015;

	private final CostWork work;

	private final UnitCosts store;

	private final CrimeCosts costs;

	private final CurrentUsers currentUsers;

	private final Clock clock;

	DemoCosts(CostWork work, UnitCosts store, CrimeCosts costs, CurrentUsers currentUsers, Clock clock) {
		this.work = work;
		this.store = store;
		this.costs = costs;
		this.currentUsers = currentUsers;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Set<Integer> indexed = store.index().stream().map(UnitCosts.IndexValue::year).collect(Collectors.toSet());
		Set<String> categories = costs.categories()
			.stream()
			.map(CostEstimates.Category::code)
			.collect(Collectors.toSet());
		int added = currentUsers.asSystem(Set.of(Role.COORDINATOR), Set.of(), () -> {
			int n = 0;
			// up to last year: this year's value is published only after it, so the price year is last year's
			int lastYear = LocalDate.now(clock).getYear() - 1;
			for (int year = INDEX_FROM; year <= lastYear; year++) {
				if (!indexed.contains(year)) {
					work.saveIndex(year, index(year), INDEX_SOURCE, true);
					n++;
				}
			}
			for (Demo d : UNITS) {
				if (categories.contains(d.category()) && store.find(d.category(), d.kind()).isEmpty()) {
					work.saveUnitCost(new UnitCost(d.category(), d.kind(), BigDecimal.valueOf(d.low()),
							BigDecimal.valueOf(d.high()), d.central() == null ? null : BigDecimal.valueOf(d.central()),
							PRICE_YEAR, SOURCE, null, true), -1);
					n++;
				}
			}
			return n;
		});
		if (added > 0) {
			log.info("{} demo unit costs and index values added", added);
		}
	}

	static BigDecimal index(int year) {
		int i = year - INDEX_FROM;
		if (i < INDEX.length) {
			return BigDecimal.valueOf(INDEX[i]);
		}
		double value = INDEX[INDEX.length - 1] * Math.pow(1.02, i - INDEX.length + 1);
		return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
	}

}
