package se.trygghet.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.trygghet.area.AreaCatalog;
import se.trygghet.area.AreaId;
import se.trygghet.area.AreaLevel;
import se.trygghet.identity.CurrentUsers;
import se.trygghet.identity.Role;
import se.trygghet.plan.IndicatorId;
import se.trygghet.plan.PlanCatalog;

/**
 * On start, after the plan and the municipality are loaded: gives each indicator of the plan named by
 * {@code app.indicator.definitions} (by default Västerås' plan 2021–2023) how it is measured and judged, and stores the
 * figures the plan itself states as measurements with source {@value #STATED_SOURCE}, for the municipality as a whole.
 * An indicator that has a setup keeps it (a later edit is never overwritten); the stated figures are written through
 * the same idempotent upsert as any import, so every start after the first changes nothing.
 */
@Component
@Order(25)
class IndicatorBootstrap implements ApplicationRunner {

	static final String STATED_SOURCE = "Handlingsplanen";

	private static final Logger log = LoggerFactory.getLogger(IndicatorBootstrap.class);

	private final IndicatorSetups setups;

	private final Categories categories;

	private final Measurements measurements;

	private final PlanCatalog plans;

	private final AreaCatalog areas;

	private final CurrentUsers currentUsers;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final ResourceLoader resources;

	private final Clock clock;

	private final String location;

	private final String municipality;

	IndicatorBootstrap(IndicatorSetups setups, Categories categories, Measurements measurements, PlanCatalog plans,
			AreaCatalog areas, CurrentUsers currentUsers, TransactionTemplate transaction,
			ApplicationEventPublisher events, ResourceLoader resources, Clock clock,
			@Value("${app.indicator.definitions:}") String location,
			@Value("${app.area.municipality.code:1980}") String municipality) {
		this.setups = setups;
		this.categories = categories;
		this.measurements = measurements;
		this.plans = plans;
		this.areas = areas;
		this.currentUsers = currentUsers;
		this.transaction = transaction;
		this.events = events;
		this.resources = resources;
		this.clock = clock;
		this.location = location;
		this.municipality = municipality;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (location.isBlank()) {
			return;
		}
		IndicatorDefinitions.File file;
		try (InputStream in = resources.getResource(location).getInputStream()) {
			file = IndicatorDefinitions.parse(in.readAllBytes());
		}
		Optional<PlanCatalog.PlanOutline> plan = outline(plans, file.plan());
		Optional<AreaId> kommun = areas.area(municipality, AreaLevel.KOMMUN, municipality).map(AreaCatalog.AreaRef::id);
		if (plan.isEmpty() || kommun.isEmpty()) {
			log.info("No plan {} or municipality {}: indicator definitions {} not loaded", file.plan(), municipality,
					location);
			return;
		}
		IndicatorDefinitions.Result result = IndicatorDefinitions.check(file, plan.get(), categories.all());
		if (!result.ok()) {
			throw new IllegalStateException("The indicator definitions " + location + " are invalid: " + result.problems());
		}
		int created = transaction.execute(status -> load(plan.get(), kommun.get(), result.definitions()));
		if (created > 0) {
			log.info("Set up {} indicators of plan {} from {}", created, file.plan(), location);
		}
	}

	/** The plan with this key, as other modules see it. */
	static Optional<PlanCatalog.PlanOutline> outline(PlanCatalog plans, String key) {
		return plans.plans().stream().filter(p -> p.key().equals(key)).findFirst().flatMap(p -> plans.outline(p.id()));
	}

	private int load(PlanCatalog.PlanOutline plan, AreaId kommun, List<IndicatorDefinitions.Definition> definitions) {
		Map<IndicatorId, IndicatorSetups.Stored> existing = setups.all();
		List<IndicatorDefinitions.Definition> missing = definitions.stream()
			.filter(d -> !existing.containsKey(d.indicator()))
			.toList();
		missing.forEach(d -> setups.insert(d.indicator(), plan.id(), d.setup(), clock.instant()));
		if (!missing.isEmpty()) {
			events.publishEvent(new IndicatorEvents.IndicatorsSetUp(plan.id(), location, missing.size()));
		}
		List<NewMeasurement> stated = definitions.stream()
			.flatMap(d -> d.statedFigures()
				.stream()
				.map(f -> NewMeasurement.of(d.indicator(), f.period().toString(), kommun, f.breakdown().key(),
						STATED_SOURCE, f.value(), false)))
			.toList();
		Measurements.Outcome outcome = currentUsers.asSystem(Set.of(Role.COORDINATOR), Set.of(),
				() -> measurements.upsert(stated));
		if (!outcome.written()) {
			throw new IllegalStateException("The plan's stated figures were refused: " + outcome.problems());
		}
		return missing.size();
	}

}
