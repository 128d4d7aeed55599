package se.trygghet.cost;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.incident.IncidentReporting;
import se.trygghet.system.NotFoundException;
import se.trygghet.system.Refusal;

/**
 * Entering the estimates' inputs: unit costs (over the version the writer read, or refused; each version kept) and the
 * price index. Coordinators and admins only; every save is audited.
 */
@Service
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class CostWork {

	private final UnitCosts store;

	private final IncidentReporting incidents;

	private final CurrentUsers users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CostWork(UnitCosts store, IncidentReporting incidents, CurrentUsers users, ApplicationEventPublisher events,
			Clock clock) {
		this.store = store;
		this.incidents = incidents;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	void saveUnitCost(UnitCost cost, int version) {
		requireCategory(cost.category());
		if (!store.save(cost, version, users.actorName(), Instant.now(clock))) {
			throw Refusal.of("concurrent.change");
		}
		events.publishEvent(new CostEvents.UnitCostSaved(cost));
	}

	@Transactional
	void saveIndex(@Nullable Integer year, @Nullable BigDecimal value, @Nullable String source) {
		saveIndex(year, value, source, false);
	}

	/** An index value; {@code demo} for an invented one of the demonstration, which every estimate over it says. */
	@Transactional
	void saveIndex(@Nullable Integer year, @Nullable BigDecimal value, @Nullable String source, boolean demo) {
		List<Refusal.Problem> problems = new ArrayList<>();
		if (year == null || year < 1900 || year > 2200) {
			problems.add(new Refusal.Problem("year", "cost.index.year.invalid", List.of()));
		}
		if (value == null || value.signum() <= 0) {
			problems.add(new Refusal.Problem("value", "cost.index.value.invalid", List.of()));
		}
		String named = source == null ? "" : source.strip();
		if (named.isEmpty() || named.length() > UnitCost.MAX_SOURCE) {
			problems.add(new Refusal.Problem("source", "cost.unit.source.invalid",
					List.of(String.valueOf(UnitCost.MAX_SOURCE))));
		}
		if (!problems.isEmpty()) {
			throw Refusal.all(problems);
		}
		store.saveIndex(new UnitCosts.IndexValue(year, value, named, demo), users.actorName(), Instant.now(clock));
		events.publishEvent(new CostEvents.IndexValueSaved(year, value, named));
	}

	void requireCategory(String category) {
		if (incidents.activeCategories().stream().noneMatch(c -> c.code().equals(category))) {
			throw new NotFoundException("Kategorin");
		}
	}

}
